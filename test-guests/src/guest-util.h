/*
 * guest-util.h - a tiny text builder shared by the xtp4j test guests (not part of the PDK).
 *
 * Text is built in guest memory obtained from xtp_mem_alloc, then handed to the host with tb_output.
 */
#ifndef XTP4J_GUEST_UTIL_H
#define XTP4J_GUEST_UTIL_H

#include "xtp4j-pdk.h"

typedef struct text_builder {
    char *buf;
    size_t len;
    size_t cap;
} text_builder;

/* A builder with room for cap bytes; appends beyond cap are dropped (tb_overflowed tells). */
static inline text_builder tb_new(size_t cap) {
    text_builder tb;
    tb.buf = (char *)xtp_mem_alloc(cap);
    tb.len = 0;
    tb.cap = tb.buf != NULL ? cap : 0;
    return tb;
}

static inline void tb_bytes(text_builder *tb, const void *p, size_t n) {
    const char *s = (const char *)p;
    for (size_t i = 0; i < n && tb->len < tb->cap; i++) tb->buf[tb->len++] = s[i];
}

static inline void tb_str(text_builder *tb, const char *s) { tb_bytes(tb, s, xtp_strlen(s)); }

static inline void tb_char(text_builder *tb, char c) { tb_bytes(tb, &c, 1); }

static inline void tb_u64(text_builder *tb, uint64_t v) {
    char digits[20];
    tb_bytes(tb, digits, xtp_fmt_u64(digits, v));
}

static inline void tb_i64(text_builder *tb, int64_t v) {
    char digits[21];
    tb_bytes(tb, digits, xtp_fmt_i64(digits, v));
}

/* Appends the bytes as lower-case hex. */
static inline void tb_hex(text_builder *tb, const uint8_t *p, size_t n) {
    static const char hex[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        tb_char(tb, hex[p[i] >> 4]);
        tb_char(tb, hex[p[i] & 15]);
    }
}

static inline void tb_bool(text_builder *tb, bool b) { tb_str(tb, b ? "true" : "false"); }

static inline bool tb_overflowed(const text_builder *tb) { return tb->len >= tb->cap; }

/* Sets the call's output to the built text. */
static inline void tb_output(const text_builder *tb) { xtp_output(tb->buf, tb->len); }

#endif
