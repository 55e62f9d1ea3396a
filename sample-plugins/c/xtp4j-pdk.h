/*
 * xtp4j-pdk.h - a small, header-only C plugin development kit for Extism-compatible hosts.
 *
 * Part of xtp4j. See pdk/c/README.md for the full description.
 *
 *   #include "xtp4j-pdk.h"
 *
 *   XTP_EXPORT(greet) {
 *       size_t n;
 *       uint8_t *name = xtp_input(&n);
 *       xtp_output(name, n);
 *       return 0;
 *   }
 *
 * Three layers:
 *   1. xtp_env_*   one declaration per import of the "extism:host/env" module, with the exact wasm signature
 *                  (20 kernel functions + 12 host functions). Importing only happens for the ones you use.
 *   2. helpers     guest memory, input, output, errors, config, vars, logging, HTTP, kernel blocks.
 *   3. XTP_EXPORT  the export convention: an exported function of wasm type () -> i32 (0 = success).
 *
 * Modes:
 *   - freestanding (wasm32-unknown-unknown, -nostdlib): guest memory comes from a bump arena above __heap_base
 *     that is released at the start of every export; weak memcpy/memset/memmove/memcmp are provided.
 *   - libc (wasm32-wasi with wasi-libc, or define XTP_PDK_LIBC=1): guest memory comes from malloc/free.
 */
#ifndef XTP4J_PDK_H
#define XTP4J_PDK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifndef XTP_PDK_LIBC
#if defined(__wasi__)
#define XTP_PDK_LIBC 1
#else
#define XTP_PDK_LIBC 0
#endif
#endif

#if XTP_PDK_LIBC
#include <stdlib.h>
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* A kernel handle: an opaque, non-zero 64-bit reference to a block of host-side memory. 0 means "none". */
typedef uint64_t xtp_handle;

/* ------------------------------------------------------------------------------------------------------------ */
/* 1. Imports of "extism:host/env"                                                                               */
/* ------------------------------------------------------------------------------------------------------------ */

#define XTP_ENV_IMPORT(name) __attribute__((import_module("extism:host/env"), import_name(#name)))

/* Kernel: memory blocks. */
XTP_ENV_IMPORT(alloc) xtp_handle xtp_env_alloc(uint64_t length);            /* (i64) -> i64 */
XTP_ENV_IMPORT(free) void xtp_env_free(xtp_handle block);                   /* (i64) -> () */
XTP_ENV_IMPORT(length) uint64_t xtp_env_length(xtp_handle block);           /* (i64) -> i64 */
XTP_ENV_IMPORT(length_unsafe) uint64_t xtp_env_length_unsafe(xtp_handle block); /* (i64) -> i64 */
XTP_ENV_IMPORT(load_u8) uint32_t xtp_env_load_u8(uint64_t address);         /* (i64) -> i32 */
XTP_ENV_IMPORT(load_u64) uint64_t xtp_env_load_u64(uint64_t address);       /* (i64) -> i64 */
XTP_ENV_IMPORT(store_u8) void xtp_env_store_u8(uint64_t address, uint32_t value); /* (i64, i32) -> () */
XTP_ENV_IMPORT(store_u64) void xtp_env_store_u64(uint64_t address, uint64_t value); /* (i64, i64) -> () */
XTP_ENV_IMPORT(memory_bytes) uint64_t xtp_env_memory_bytes(void);          /* () -> i64 */

/* Kernel: the current call's input, output and error. */
XTP_ENV_IMPORT(input_length) uint64_t xtp_env_input_length(void);          /* () -> i64 */
XTP_ENV_IMPORT(input_offset) xtp_handle xtp_env_input_offset(void);        /* () -> i64 */
XTP_ENV_IMPORT(input_load_u8) uint32_t xtp_env_input_load_u8(uint64_t offset); /* (i64) -> i32 */
XTP_ENV_IMPORT(input_load_u64) uint64_t xtp_env_input_load_u64(uint64_t offset); /* (i64) -> i64 */
XTP_ENV_IMPORT(output_set) void xtp_env_output_set(xtp_handle block, uint64_t length); /* (i64, i64) -> () */
XTP_ENV_IMPORT(error_set) void xtp_env_error_set(xtp_handle block);        /* (i64) -> () */
XTP_ENV_IMPORT(error_get) xtp_handle xtp_env_error_get(void);              /* () -> i64 */

/* Kernel: functions meant for the host. Declared for completeness; guests normally never call them. */
XTP_ENV_IMPORT(input_set) void xtp_env_input_set(xtp_handle block, uint64_t length); /* (i64, i64) -> () */
XTP_ENV_IMPORT(output_length) uint64_t xtp_env_output_length(void);        /* () -> i64 */
XTP_ENV_IMPORT(output_offset) xtp_handle xtp_env_output_offset(void);      /* () -> i64 */
XTP_ENV_IMPORT(reset) void xtp_env_reset(void);                            /* () -> () */

/* Host functions. The key/message/request/body handles passed to these are consumed (freed) by the host. */
XTP_ENV_IMPORT(config_get) xtp_handle xtp_env_config_get(xtp_handle key);  /* (i64) -> i64 */
XTP_ENV_IMPORT(var_get) xtp_handle xtp_env_var_get(xtp_handle key);        /* (i64) -> i64 */
XTP_ENV_IMPORT(var_set) void xtp_env_var_set(xtp_handle key, xtp_handle value); /* (i64, i64) -> () */
XTP_ENV_IMPORT(http_request) xtp_handle xtp_env_http_request(xtp_handle request, xtp_handle body); /* (i64, i64) -> i64 */
XTP_ENV_IMPORT(http_status_code) int32_t xtp_env_http_status_code(void);   /* () -> i32 */
XTP_ENV_IMPORT(http_headers) xtp_handle xtp_env_http_headers(void);        /* () -> i64 */
XTP_ENV_IMPORT(log_trace) void xtp_env_log_trace(xtp_handle message);      /* (i64) -> () */
XTP_ENV_IMPORT(log_debug) void xtp_env_log_debug(xtp_handle message);      /* (i64) -> () */
XTP_ENV_IMPORT(log_info) void xtp_env_log_info(xtp_handle message);        /* (i64) -> () */
XTP_ENV_IMPORT(log_warn) void xtp_env_log_warn(xtp_handle message);        /* (i64) -> () */
XTP_ENV_IMPORT(log_error) void xtp_env_log_error(xtp_handle message);      /* (i64) -> () */
XTP_ENV_IMPORT(get_log_level) int32_t xtp_env_get_log_level(void);         /* () -> i32 */

/* ------------------------------------------------------------------------------------------------------------ */
/* 2a. Freestanding support: memory functions the compiler may call, and the guest-memory arena                  */
/* ------------------------------------------------------------------------------------------------------------ */

#if !XTP_PDK_LIBC && !defined(XTP_PDK_NO_MEMFUNCS)
/* Clang may emit calls to these for struct copies and zeroing. Weak, so a libc or another copy wins. The
 * no_builtin attribute stops the optimiser from turning the loops back into calls to themselves. */
__attribute__((weak, no_builtin("memcpy"))) void *memcpy(void *restrict dst, const void *restrict src, size_t n) {
    uint8_t *d = (uint8_t *)dst;
    const uint8_t *s = (const uint8_t *)src;
    while (n--) *d++ = *s++;
    return dst;
}

__attribute__((weak, no_builtin("memmove"))) void *memmove(void *dst, const void *src, size_t n) {
    uint8_t *d = (uint8_t *)dst;
    const uint8_t *s = (const uint8_t *)src;
    if (d < s) {
        while (n--) *d++ = *s++;
    } else {
        while (n--) d[n] = s[n];
    }
    return dst;
}

__attribute__((weak, no_builtin("memset"))) void *memset(void *dst, int value, size_t n) {
    uint8_t *d = (uint8_t *)dst;
    while (n--) *d++ = (uint8_t)value;
    return dst;
}

__attribute__((weak, no_builtin("memcmp"))) int memcmp(const void *a, const void *b, size_t n) {
    const uint8_t *x = (const uint8_t *)a;
    const uint8_t *y = (const uint8_t *)b;
    for (size_t i = 0; i < n; i++) {
        if (x[i] != y[i]) return x[i] < y[i] ? -1 : 1;
    }
    return 0;
}
#endif

#if XTP_PDK_LIBC

/* Guest memory: malloc. */
static inline void *xtp_mem_alloc(size_t n) { return malloc(n ? n : 1); }
/* Releases memory from xtp_mem_alloc or from a helper that returns guest memory. */
static inline void xtp_mem_free(void *p) { free(p); }
/* Releases the whole arena; a no-op with libc (memory is released by xtp_mem_free). */
static inline void xtp_mem_reset(void) {}

#else

/* Guest memory: a bump arena that starts at __heap_base (placed by wasm-ld after data and stack) and grows the
 * wasm memory as needed. Weak globals, so every translation unit shares one arena. */
extern unsigned char __heap_base;
__attribute__((weak)) uintptr_t xtp_arena_top_;  /* next free address; 0 until first use */
__attribute__((weak)) uintptr_t xtp_arena_last_; /* start of the latest allocation, for LIFO release */

/* Returns n bytes of 8-byte aligned guest memory, or NULL when the memory cannot grow. */
static inline void *xtp_mem_alloc(size_t n) {
    if (xtp_arena_top_ == 0) xtp_arena_top_ = (uintptr_t)&__heap_base;
    uint64_t start = ((uint64_t)xtp_arena_top_ + 7u) & ~(uint64_t)7u;
    uint64_t end = start + (uint64_t)n;
    uint64_t have = (uint64_t)__builtin_wasm_memory_size(0) * 65536u;
    if (end > have) {
        if (end > UINT64_C(0x100000000)) return NULL;
        uint64_t pages = (end - have + 65535u) / 65536u;
        if (__builtin_wasm_memory_grow(0, (size_t)pages) == (size_t)-1) return NULL;
    }
    xtp_arena_last_ = (uintptr_t)start;
    xtp_arena_top_ = (uintptr_t)end;
    return (void *)(uintptr_t)start;
}

/* Releases p if it is the latest allocation; otherwise the memory is released by the next xtp_mem_reset. */
static inline void xtp_mem_free(void *p) {
    if (p != NULL && (uintptr_t)p == xtp_arena_last_) {
        xtp_arena_top_ = xtp_arena_last_;
        xtp_arena_last_ = 0;
    }
}

/* Releases the whole arena. XTP_EXPORT calls this at the start of every export. */
static inline void xtp_mem_reset(void) {
    xtp_arena_top_ = (uintptr_t)&__heap_base;
    xtp_arena_last_ = 0;
}

#endif

/* ------------------------------------------------------------------------------------------------------------ */
/* 2b. Small utilities (no libc needed)                                                                           */
/* ------------------------------------------------------------------------------------------------------------ */

/* Length of a NUL-terminated string. */
static inline size_t xtp_strlen(const char *s) {
    size_t n = 0;
    while (s[n] != '\0') n++;
    return n;
}

/* Writes v in decimal to dst (at least 20 bytes, not NUL-terminated); returns the number of digits written. */
static inline size_t xtp_fmt_u64(char *dst, uint64_t v) {
    char tmp[20];
    size_t n = 0;
    do {
        tmp[n++] = (char)('0' + (v % 10u));
        v /= 10u;
    } while (v != 0);
    for (size_t i = 0; i < n; i++) dst[i] = tmp[n - 1 - i];
    return n;
}

/* Writes v in decimal to dst (at least 21 bytes, not NUL-terminated); returns the number of bytes written. */
static inline size_t xtp_fmt_i64(char *dst, int64_t v) {
    if (v < 0) {
        dst[0] = '-';
        return 1 + xtp_fmt_u64(dst + 1, (uint64_t)0 - (uint64_t)v);
    }
    return xtp_fmt_u64(dst, (uint64_t)v);
}

/* Parses an optionally signed decimal integer that fills s[0..n) exactly. Returns false on any other text or on
 * overflow of int64_t. */
static inline bool xtp_parse_i64(const uint8_t *s, size_t n, int64_t *out) {
    size_t i = 0;
    bool negative = false;
    if (n > 0 && (s[0] == '-' || s[0] == '+')) {
        negative = s[0] == '-';
        i = 1;
    }
    if (i == n) return false;
    uint64_t limit = negative ? (uint64_t)INT64_MAX + 1u : (uint64_t)INT64_MAX;
    uint64_t v = 0;
    for (; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return false;
        uint64_t digit = (uint64_t)(s[i] - '0');
        if (v > (limit - digit) / 10u) return false;
        v = v * 10u + digit;
    }
    *out = negative ? (int64_t)((uint64_t)0 - v) : (int64_t)v;
    return true;
}

/* ------------------------------------------------------------------------------------------------------------ */
/* 2c. Kernel blocks                                                                                              */
/* ------------------------------------------------------------------------------------------------------------ */

/* Copies n bytes from guest memory into the block at byte offset off. */
static inline void xtp_block_write(xtp_handle block, uint64_t off, const void *src, size_t n) {
    const uint8_t *p = (const uint8_t *)src;
    uint64_t at = block + off;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t word;
        __builtin_memcpy(&word, p + i, 8);
        xtp_env_store_u64(at + i, word);
    }
    for (; i < n; i++) xtp_env_store_u8(at + i, p[i]);
}

/* Copies n bytes from the block at byte offset off into guest memory. */
static inline void xtp_block_read(xtp_handle block, uint64_t off, void *dst, size_t n) {
    uint8_t *p = (uint8_t *)dst;
    uint64_t at = block + off;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t word = xtp_env_load_u64(at + i);
        __builtin_memcpy(p + i, &word, 8);
    }
    for (; i < n; i++) p[i] = (uint8_t)xtp_env_load_u8(at + i);
}

/* Byte length of a block (0 for 0 and for anything that is not a live handle). */
static inline uint64_t xtp_block_len(xtp_handle block) { return xtp_env_length(block); }

/* A new block holding a copy of src[0..n). Returns 0 when n is 0 (empty blocks do not exist) or the host is out
 * of memory. */
static inline xtp_handle xtp_block_new(const void *src, size_t n) {
    if (n == 0) return 0;
    xtp_handle block = xtp_env_alloc(n);
    if (block != 0) xtp_block_write(block, 0, src, n);
    return block;
}

/* A new block holding the bytes of a NUL-terminated string (without the NUL). */
static inline xtp_handle xtp_block_str(const char *s) { return xtp_block_new(s, xtp_strlen(s)); }

/* Copies a whole block into new guest memory, NUL-terminated for convenience. Stores the length (without the
 * NUL) in *len when len is not NULL. Returns NULL when the block is 0 or guest memory is exhausted. */
static inline uint8_t *xtp_block_dup(xtp_handle block, size_t *len) {
    if (len != NULL) *len = 0;
    if (block == 0) return NULL;
    size_t n = (size_t)xtp_env_length(block);
    uint8_t *buf = (uint8_t *)xtp_mem_alloc(n + 1);
    if (buf == NULL) return NULL;
    xtp_block_read(block, 0, buf, n);
    buf[n] = 0;
    if (len != NULL) *len = n;
    return buf;
}

/* ------------------------------------------------------------------------------------------------------------ */
/* 2d. Input, output, errors                                                                                      */
/* ------------------------------------------------------------------------------------------------------------ */

/* Copies input bytes [off, off+n) into guest memory (the caller makes sure the range lies within the input). */
static inline void xtp_input_read(uint64_t off, void *dst, size_t n) {
    uint8_t *p = (uint8_t *)dst;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t word = xtp_env_input_load_u64(off + i);
        __builtin_memcpy(p + i, &word, 8);
    }
    for (; i < n; i++) p[i] = (uint8_t)xtp_env_input_load_u8(off + i);
}

/* Copies the whole input into new guest memory, NUL-terminated for convenience, and stores its length (without
 * the NUL) in *len when len is not NULL. Returns NULL only when guest memory is exhausted. */
static inline uint8_t *xtp_input(size_t *len) {
    size_t n = (size_t)xtp_env_input_length();
    uint8_t *buf = (uint8_t *)xtp_mem_alloc(n + 1);
    if (len != NULL) *len = buf != NULL ? n : 0;
    if (buf == NULL) return NULL;
    xtp_input_read(0, buf, n);
    buf[n] = 0;
    return buf;
}

/* Sets the call's output to a copy of src[0..n). Returns false when the host is out of memory. An empty output
 * needs no call at all. */
static inline bool xtp_output(const void *src, size_t n) {
    if (n == 0) return true;
    xtp_handle block = xtp_block_new(src, n);
    if (block == 0) return false;
    xtp_env_output_set(block, n);
    return true;
}

/* Sets the call's output to the bytes of a NUL-terminated string. */
static inline bool xtp_output_str(const char *s) { return xtp_output(s, xtp_strlen(s)); }

/* Sets the call's error message (UTF-8). Any set error fails the call, whatever the export returns. An empty
 * message cannot be represented (handle 0 clears the error), so it is replaced by "error". */
static inline void xtp_error_bytes(const void *msg, size_t n) {
    xtp_handle block = n != 0 ? xtp_block_new(msg, n) : xtp_block_str("error");
    xtp_env_error_set(block);
}

/* Sets the call's error message from a NUL-terminated string. */
static inline void xtp_error(const char *msg) { xtp_error_bytes(msg, xtp_strlen(msg)); }

/* ------------------------------------------------------------------------------------------------------------ */
/* 2e. Config and vars                                                                                            */
/* ------------------------------------------------------------------------------------------------------------ */

/* The value of a config key, copied into guest memory (NUL-terminated; length in *len if len is not NULL).
 * Returns NULL when the key is absent. Hosts report an empty value as absent. */
static inline uint8_t *xtp_config(const char *key, size_t *len) {
    xtp_handle value = xtp_env_config_get(xtp_block_str(key));
    uint8_t *copy = xtp_block_dup(value, len);
    if (value != 0) xtp_env_free(value);
    return copy;
}

/* The value of a var, copied into guest memory (NUL-terminated; length in *len if len is not NULL). Returns NULL
 * when the var is not set. */
static inline uint8_t *xtp_var(const char *key, size_t *len) {
    xtp_handle value = xtp_env_var_get(xtp_block_str(key));
    uint8_t *copy = xtp_block_dup(value, len);
    if (value != 0) xtp_env_free(value);
    return copy;
}

/* Sets a var to a copy of value[0..n). An empty value cannot be represented and deletes the var. */
static inline void xtp_var_set(const char *key, const void *value, size_t n) {
    xtp_env_var_set(xtp_block_str(key), xtp_block_new(value, n));
}

/* Deletes a var. */
static inline void xtp_var_delete(const char *key) { xtp_env_var_set(xtp_block_str(key), 0); }

/* ------------------------------------------------------------------------------------------------------------ */
/* 2f. Logging                                                                                                    */
/* ------------------------------------------------------------------------------------------------------------ */

typedef enum xtp_log_level {
    XTP_LOG_TRACE = 0,
    XTP_LOG_DEBUG = 1,
    XTP_LOG_INFO = 2,
    XTP_LOG_WARN = 3,
    XTP_LOG_ERROR = 4,
} xtp_log_level;

/* Whether the host currently accepts messages at this level. get_log_level returns the lowest accepted level,
 * or a huge value when logging is off (i32::MAX in the reference runtime, 0xffffffff in some hosts); comparing
 * unsigned treats both as "off". */
static inline bool xtp_log_enabled(xtp_log_level level) {
    return (uint32_t)level >= (uint32_t)xtp_env_get_log_level();
}

/* Logs msg[0..n) at the given level if the host accepts that level. */
static inline void xtp_log_bytes(xtp_log_level level, const void *msg, size_t n) {
    if (!xtp_log_enabled(level)) return;
    xtp_handle block = xtp_block_new(msg, n);
    if (block == 0) return;
    switch (level) {
    case XTP_LOG_TRACE: xtp_env_log_trace(block); break;
    case XTP_LOG_DEBUG: xtp_env_log_debug(block); break;
    case XTP_LOG_INFO: xtp_env_log_info(block); break;
    case XTP_LOG_WARN: xtp_env_log_warn(block); break;
    default: xtp_env_log_error(block); break;
    }
}

/* Logs a NUL-terminated message at the given level if the host accepts that level. */
static inline void xtp_log(xtp_log_level level, const char *msg) { xtp_log_bytes(level, msg, xtp_strlen(msg)); }

/* ------------------------------------------------------------------------------------------------------------ */
/* 2g. HTTP                                                                                                       */
/* ------------------------------------------------------------------------------------------------------------ */

/* Sends an HTTP request. request_json is {"url": ..., "method"?: ..., "headers"?: {...}}; body may be NULL.
 * Returns the handle of the response body (the caller owns it), or 0 for an empty body. The host traps when the
 * URL's host is not allowed. */
static inline xtp_handle xtp_http_request(const char *request_json, const void *body, size_t body_len) {
    xtp_handle req = xtp_block_str(request_json);
    xtp_handle b = body != NULL ? xtp_block_new(body, body_len) : 0;
    return xtp_env_http_request(req, b);
}

/* Sends a GET request for url[0..n): builds {"url":"..."} (JSON-escaped) directly in kernel memory. Returns the
 * handle of the response body, or 0 for an empty body. */
static inline xtp_handle xtp_http_get(const void *url, size_t n) {
    static const char prefix[] = "{\"url\":\"";
    static const char suffix[] = "\"}";
    static const char hex[] = "0123456789abcdef";
    const uint8_t *u = (const uint8_t *)url;
    size_t escaped = 0;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = u[i];
        escaped += (c == '"' || c == '\\') ? 2 : (c < 0x20 ? 6 : 1);
    }
    size_t total = (sizeof prefix - 1) + escaped + (sizeof suffix - 1);
    xtp_handle req = xtp_env_alloc(total);
    if (req == 0) return 0;
    uint64_t at = 0;
    xtp_block_write(req, at, prefix, sizeof prefix - 1);
    at += sizeof prefix - 1;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = u[i];
        if (c == '"' || c == '\\') {
            xtp_env_store_u8(req + at++, '\\');
            xtp_env_store_u8(req + at++, c);
        } else if (c < 0x20) {
            char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            xtp_block_write(req, at, esc, 6);
            at += 6;
        } else {
            xtp_env_store_u8(req + at++, c);
        }
    }
    xtp_block_write(req, at, suffix, sizeof suffix - 1);
    return xtp_env_http_request(req, 0);
}

/* Status code of the last HTTP request (0 before any). */
static inline int32_t xtp_http_status(void) { return xtp_env_http_status_code(); }

/* ------------------------------------------------------------------------------------------------------------ */
/* 3. Exports                                                                                                     */
/* ------------------------------------------------------------------------------------------------------------ */

/*
 * XTP_EXPORT(name) { ...; return 0; }
 *   defines an export called "name" of wasm type () -> i32. Return 0 for success; a non-zero value fails the call
 *   ("Returned non-zero exit code"), and so does any error set with xtp_error, whatever the return value.
 * XTP_EXPORT_VOID(name) { ... }
 *   defines an export of wasm type () -> (), which hosts treat like one returning 0.
 * Both release the freestanding arena (xtp_mem_reset) before running the body.
 */
#define XTP_EXPORT(name)                                                                                       \
    static int32_t xtp_export_body_##name(void);                                                               \
    __attribute__((export_name(#name))) int32_t xtp_export_##name(void) {                                      \
        xtp_mem_reset();                                                                                       \
        return xtp_export_body_##name();                                                                       \
    }                                                                                                          \
    static int32_t xtp_export_body_##name(void)

#define XTP_EXPORT_VOID(name)                                                                                  \
    static void xtp_export_body_##name(void);                                                                  \
    __attribute__((export_name(#name))) void xtp_export_##name(void) {                                         \
        xtp_mem_reset();                                                                                       \
        xtp_export_body_##name();                                                                              \
    }                                                                                                          \
    static void xtp_export_body_##name(void)

#ifdef __cplusplus
}
#endif

#endif /* XTP4J_PDK_H */
