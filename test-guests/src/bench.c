/*
 * bench.c - benchmark guests, written the way a plugin author would with the xtp4j C PDK.
 *
 * Every export reads its input into guest memory and writes its output from guest memory, so a run measures the
 * host's input/output path honestly. See test-guests/README.md for the expected results.
 */
#include "xtp4j-pdk.h"

/* output = input */
XTP_EXPORT(echo) {
    size_t n;
    uint8_t *in = xtp_input(&n);
    if (in == NULL) {
        xtp_error("out of guest memory");
        return 1;
    }
    if (!xtp_output(in, n)) {
        xtp_error("out of host memory");
        return 1;
    }
    return 0;
}

/* output = {"count":N}, N = number of ASCII vowels (aeiouAEIOU) in the input */
XTP_EXPORT(count_vowels) {
    size_t n;
    uint8_t *in = xtp_input(&n);
    if (in == NULL) {
        xtp_error("out of guest memory");
        return 1;
    }
    uint64_t count = 0;
    for (size_t i = 0; i < n; i++) {
        switch (in[i]) {
        case 'a': case 'e': case 'i': case 'o': case 'u':
        case 'A': case 'E': case 'I': case 'O': case 'U':
            count++;
            break;
        default:
            break;
        }
    }
    char out[32] = "{\"count\":";
    size_t len = 9;
    len += xtp_fmt_u64(out + len, count);
    out[len++] = '}';
    xtp_output(out, len);
    return 0;
}

/* reads the whole input into guest memory, produces no output */
XTP_EXPORT(consume) {
    size_t n;
    uint8_t *in = xtp_input(&n);
    if (in == NULL) {
        xtp_error("out of guest memory");
        return 1;
    }
    return 0;
}

/* 1000 x (alloc 64 bytes in the kernel, then free it); no output */
XTP_EXPORT(allocations) {
    for (int i = 0; i < 1000; i++) {
        xtp_handle block = xtp_env_alloc(64);
        if (block == 0) {
            xtp_error("alloc failed");
            return 1;
        }
        xtp_env_free(block);
    }
    return 0;
}
