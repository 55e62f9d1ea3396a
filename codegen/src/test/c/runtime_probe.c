/*
 * runtime_probe.c - exposes the primitives of pdk/c/xtp4j-bindings.h as exports, so that the Java tests
 * (CRuntimeTest) can compare them with Java's own implementations on many values. Each export takes a batch.
 */
#include "xtp4j-bindings.h"

/* Sets the output to buf[0..len) and releases call memory. */
static int32_t done(const void *buf, size_t len) {
    bool ok = xtp_output(buf, len);
    xtp_call_release();
    return ok ? 0 : xtp_fail("out of memory");
}

/* Input: little-endian doubles. Output: one line per double, its shortest text ("!" when it has none). */
__attribute__((export_name("fmt_double"))) int32_t fmt_double(void) {
    size_t n;
    uint8_t *in = xtp_call_input(&n);
    char *out = (char *)xtp_call_alloc(n / 8 * 41 + 1);
    size_t o = 0;
    for (size_t i = 0; i + 8 <= n; i += 8) {
        double d;
        memcpy(&d, in + i, 8);
        size_t k = xtp_fmt_double(out + o, d);
        if (k == 0) out[o + k++] = '!';
        o += k;
        out[o++] = '\n';
    }
    return done(out, o);
}

/* Input: little-endian floats. Output: one line per float. */
__attribute__((export_name("fmt_float"))) int32_t fmt_float(void) {
    size_t n;
    uint8_t *in = xtp_call_input(&n);
    char *out = (char *)xtp_call_alloc(n / 4 * 41 + 1);
    size_t o = 0;
    for (size_t i = 0; i + 4 <= n; i += 4) {
        float f;
        memcpy(&f, in + i, 4);
        size_t k = xtp_fmt_float(out + o, f);
        if (k == 0) out[o + k++] = '!';
        o += k;
        out[o++] = '\n';
    }
    return done(out, o);
}

/* Input: lines of text. Output per line: "epoch_ms sub_ms_nanos offset_minutes formatted", or "error: problem". */
__attribute__((export_name("datetime"))) int32_t datetime(void) {
    size_t n;
    uint8_t *in = xtp_call_input(&n);
    char *out = (char *)xtp_call_alloc(n * 4 + 64);
    size_t o = 0, start = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && in[i] != '\n') continue;
        xtp_datetime v;
        const char *problem;
        if (xtp_datetime_parse((const char *)in + start, i - start, &v, &problem)) {
            char text[40];
            size_t len = xtp_datetime_format(&v, text);
            o += xtp_format(out + o, 200, "%lld %d %d %.*s\n", (long long)v.epoch_ms, (int)v.sub_ms_nanos,
                    (int)v.offset_minutes, (int)len, text);
        } else {
            o += xtp_format(out + o, 200, "error: %s\n", problem);
        }
        start = i + 1;
    }
    return done(out, o);
}

/* Input: lines "epoch_ms sub_ms_nanos offset_minutes". Output: the formatted date-time per line ("!" if none). */
__attribute__((export_name("datetime_format"))) int32_t datetime_format(void) {
    size_t n;
    uint8_t *in = xtp_call_input(&n);
    char *out = (char *)xtp_call_alloc(n * 4 + 64);
    size_t o = 0, start = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && in[i] != '\n') continue;
        int64_t fields[3] = {0, 0, 0};
        size_t f = 0, at = start;
        for (size_t k = start; k <= i && f < 3; k++) {
            if (k == i || in[k] == ' ') {
                xtp_parse_i64(in + at, k - at, &fields[f++]);
                at = k + 1;
            }
        }
        xtp_datetime v = {fields[0], (int32_t)fields[1], (int16_t)fields[2]};
        size_t len = xtp_datetime_format(&v, out + o);
        if (len == 0) out[o + len++] = '!';
        o += len;
        out[o++] = '\n';
        start = i + 1;
    }
    return done(out, o);
}

/* Input: bytes. Output: their base64. */
__attribute__((export_name("b64_encode"))) int32_t b64_encode(void) {
    size_t n;
    uint8_t *in = xtp_call_input(&n);
    char *out = (char *)xtp_call_alloc(xtp_base64_encoded_len(n) + 1);
    xtp_base64_encode(in, n, out);
    return done(out, xtp_base64_encoded_len(n));
}

/* Input: base64 text. Output: the bytes, or an error naming the offset. */
__attribute__((export_name("b64_decode"))) int32_t b64_decode(void) {
    size_t n, len, bad;
    uint8_t *in = xtp_call_input(&n);
    uint8_t *out = (uint8_t *)xtp_call_alloc(n / 4 * 3 + 3);
    if (!xtp_base64_decode((const char *)in, n, out, &len, &bad)) {
        int32_t rc = xtp_failf("bad at %zu", bad);
        xtp_call_release();
        return rc;
    }
    return done(out, len);
}

/* Input: bytes. Output: the offset of the first invalid UTF-8 sequence, or the length when valid. */
__attribute__((export_name("utf8_check"))) int32_t utf8_check(void) {
    size_t n;
    uint8_t *in = xtp_call_input(&n);
    char text[24];
    size_t len = xtp_format(text, sizeof text, "%zu", xtp_utf8_check(in, n));
    return done(text, len);
}

/* Output: xtp_format applied to fixed cases, separated by '|'. */
__attribute__((export_name("format"))) int32_t format(void) {
    char out[600];
    char small[8];
    size_t full = xtp_format(small, sizeof small, "%s", "truncated text");
    size_t n = xtp_format(out, sizeof out,
            "%d|%5d|%-5d|%05d|%-4d|%i|%u|%x|%X|%08x|%ld|%lld|%llu|%zu|%c|%3c|%s|%8s|%-8s|%.3s|%.*s|%%|%p|%hhd|%hd"
            "|%jd|%td|%s|%zu",
            -42, 42, 42, -42, 7, 0, 4294967295u, 255u, 48879u, 0xbeefu, -1L, (long long)INT64_MIN,
            (unsigned long long)UINT64_MAX, (size_t)123456, 'x', 'y', "str", "right", "left", "abcdef", 2, "xyz",
            (void *)0x1234, (signed char)65, (short)-2, (intmax_t)-9, (ptrdiff_t)3, small, full);
    return done(out, n);
}
