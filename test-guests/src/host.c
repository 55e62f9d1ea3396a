/*
 * host.c - test guest for user host functions (freestanding).
 *
 * Imports:
 *   extism:host/user  hello(i64) -> i64        handle in (a UTF-8 name), handle out (a greeting)
 *   extism:host/user  add(i64, i64) -> i64     plain scalars
 *   my:ns             twice(i32) -> i32        plain scalar, custom namespace
 * test-guests/README.md lists the exports and the host implementations the expected results assume.
 */
#include "guest-util.h"

__attribute__((import_module("extism:host/user"), import_name("hello"))) xtp_handle host_hello(xtp_handle name);
__attribute__((import_module("extism:host/user"), import_name("add"))) int64_t host_add(int64_t a, int64_t b);
__attribute__((import_module("my:ns"), import_name("twice"))) int32_t host_twice(int32_t x);

/* Input = a name. Passes it to hello in a new block and outputs the block hello returns, as it is. User host
 * functions do not consume their arguments, so the guest frees the argument itself. */
XTP_EXPORT(call_hello) {
    size_t n;
    uint8_t *name = xtp_input(&n);
    xtp_handle arg = xtp_block_new(name, n);
    xtp_handle result = host_hello(arg);
    xtp_env_free(arg);
    if (result == 0) {
        xtp_error("hello returned 0");
        return 1;
    }
    xtp_env_output_set(result, xtp_env_length(result));
    return 0;
}

/* Input = a name. Calls hello and reports the argument block's length before and after the call:
 * {"before":N,"after":N} - a user host function must not free its argument. */
XTP_EXPORT(hello_keeps_arg) {
    size_t n;
    uint8_t *name = xtp_input(&n);
    xtp_handle arg = xtp_block_new(name, n);
    uint64_t before = xtp_env_length(arg);
    xtp_handle result = host_hello(arg);
    uint64_t after = xtp_env_length(arg);
    if (result != 0) xtp_env_free(result);
    text_builder tb = tb_new(64);
    tb_str(&tb, "{\"before\":");
    tb_u64(&tb, before);
    tb_str(&tb, ",\"after\":");
    tb_u64(&tb, after);
    tb_char(&tb, '}');
    tb_output(&tb);
    return 0;
}

/* Splits "a,b" at the first comma and parses both halves as decimal int64. */
static bool parse_pair(const uint8_t *s, size_t n, int64_t *a, int64_t *b) {
    for (size_t i = 0; i < n; i++) {
        if (s[i] == ',') return xtp_parse_i64(s, i, a) && xtp_parse_i64(s + i + 1, n - i - 1, b);
    }
    return false;
}

/* Input = "a,b" (decimal int64). Output = add(a, b) as decimal text. */
XTP_EXPORT(call_add) {
    size_t n;
    uint8_t *text = xtp_input(&n);
    int64_t a, b;
    if (!parse_pair(text, n, &a, &b)) {
        xtp_error("expected two decimal integers separated by a comma");
        return 1;
    }
    char digits[21];
    xtp_output(digits, xtp_fmt_i64(digits, host_add(a, b)));
    return 0;
}

/* Input = x (decimal int32). Output = my:ns twice(x) as decimal text. */
XTP_EXPORT(call_twice) {
    size_t n;
    uint8_t *text = xtp_input(&n);
    int64_t x;
    if (!xtp_parse_i64(text, n, &x) || x < INT32_MIN || x > INT32_MAX) {
        xtp_error("expected a decimal 32-bit integer");
        return 1;
    }
    char digits[21];
    xtp_output(digits, xtp_fmt_i64(digits, host_twice((int32_t)x)));
    return 0;
}
