/*
 * wasi_fs: file access through WASI preview 1 (wasi-libc), to test allowed_paths sandboxing.
 * Built as a reactor (the host calls _initialize). Paths are absolute guest paths such as /data/a.txt; wasi-libc
 * maps them onto the preopened directories.
 *
 * Exports:
 *   read_file   input = path; output = the file's contents; error "cannot open <path>: <strerror>" otherwise.
 *   write_file  input = "<path>\n<content>"; creates or truncates the file; output = "wrote N"; error on failure.
 *   list_dir    input = path of a directory; output = the entry names, sorted by the host's order, one per line.
 *   mkdir_path  input = path; creates a directory; error on failure.
 *   remove_path input = path; removes a file; error on failure.
 *   say         writes the input to stdout and "err:" + input to stderr; output = "said".
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "xtp4j-pdk.h"

static char *input_string(size_t *n) {
    uint8_t *bytes = xtp_input(n);
    char *s = malloc(*n + 1);
    memcpy(s, bytes, *n);
    s[*n] = 0;
    free(bytes);
    return s;
}

static int fail(const char *what, const char *path) {
    char message[512];
    snprintf(message, sizeof message, "cannot %s %s: %s", what, path, strerror(errno));
    xtp_error(message);
    return 1;
}

XTP_EXPORT(read_file) {
    size_t n;
    char *path = input_string(&n);
    FILE *f = fopen(path, "rb");
    if (!f) {
        return fail("open", path);
    }
    char buffer[65536];
    size_t total = fread(buffer, 1, sizeof buffer, f);
    fclose(f);
    xtp_output(buffer, total);
    return 0;
}

XTP_EXPORT(write_file) {
    size_t n;
    char *in = input_string(&n);
    char *newline = strchr(in, '\n');
    if (!newline) {
        xtp_error("input must be <path>\\n<content>");
        return 1;
    }
    *newline = 0;
    const char *content = newline + 1;
    FILE *f = fopen(in, "wb");
    if (!f) {
        return fail("create", in);
    }
    size_t len = strlen(content);
    size_t written = fwrite(content, 1, len, f);
    if (fclose(f) != 0 || written != len) {
        return fail("write", in);
    }
    char message[64];
    snprintf(message, sizeof message, "wrote %zu", written);
    xtp_output_str(message);
    return 0;
}

XTP_EXPORT(list_dir) {
    size_t n;
    char *path = input_string(&n);
    DIR *dir = opendir(path);
    if (!dir) {
        return fail("list", path);
    }
    char out[8192];
    size_t used = 0;
    struct dirent *entry;
    while ((entry = readdir(dir)) != NULL) {
        if (strcmp(entry->d_name, ".") == 0 || strcmp(entry->d_name, "..") == 0) {
            continue;
        }
        used += (size_t) snprintf(out + used, sizeof out - used, "%s\n", entry->d_name);
        if (used >= sizeof out) {
            used = sizeof out - 1;
            break;
        }
    }
    closedir(dir);
    xtp_output(out, used);
    return 0;
}

XTP_EXPORT(mkdir_path) {
    size_t n;
    char *path = input_string(&n);
    if (mkdir(path, 0755) != 0) {
        return fail("create directory", path);
    }
    xtp_output_str("created");
    return 0;
}

XTP_EXPORT(remove_path) {
    size_t n;
    char *path = input_string(&n);
    if (unlink(path) != 0) {
        return fail("remove", path);
    }
    xtp_output_str("removed");
    return 0;
}

XTP_EXPORT(say) {
    size_t n;
    char *text = input_string(&n);
    printf("%s", text);
    fprintf(stderr, "err:%s", text);
    fflush(stdout);
    fflush(stderr);
    xtp_output_str("said");
    return 0;
}
