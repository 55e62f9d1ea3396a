/*
 * xtp4j-bindings.h - the runtime of the C bindings that xtp4j generates from XTP schemas.
 *
 * Part of xtp4j. Header-only, written for wasm32-wasi with wasi-libc (malloc, strtod), on top of xtp4j-pdk.h.
 * It does not use stdio: wasi-libc's printf family imports WASI functions (fd_write, ...), and a plugin built with
 * these bindings should need nothing from the host but the Extism kernel. xtp_format is a small replacement. Generated code (pdk.gen.h / pdk.gen.c) uses it; plugin code may use the value helpers and the
 * call memory directly. See docs/codegen.md for the type mapping.
 *
 * Contents:
 *   0. formatting       xtp_format: a small snprintf without stdio
 *   1. call memory      xtp_call_alloc: memory that lives until the current export returns
 *   2. values           xtp_string, xtp_buffer, xtp_json (a free-form JSON object), xtp_datetime
 *   3. errors           xtp_fail, xtp_failf: set the call's error and return -1
 *   4. UTF-8, base64, RFC 3339 date-times, number formatting
 *   5. JSON reader      a validating, allocation-bounded pull reader with JSON-pointer error positions
 *   6. JSON writer      a growable buffer that writes the XTP JSON conventions
 *
 * Every function returns an error instead of trapping or reading out of bounds on malformed input.
 */
#ifndef XTP4J_BINDINGS_H
#define XTP4J_BINDINGS_H

#include "xtp4j-pdk.h"

#if !XTP_PDK_LIBC
#error "xtp4j-bindings.h needs wasi-libc: compile with --target=wasm32-wasi (see pdk/c/README.md)"
#endif

#include <float.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------------------------------------------------ */
/* 0. Formatting without stdio                                                                                    */
/* ------------------------------------------------------------------------------------------------------------ */

typedef struct xtp_fmt_sink_ {
    char *dst;
    size_t cap;
    size_t len;
} xtp_fmt_sink_;

static inline void xtp_fmt_put_(xtp_fmt_sink_ *o, char c) {
    if (o->len + 1 < o->cap) o->dst[o->len] = c;
    o->len++;
}

static inline void xtp_fmt_pad_(xtp_fmt_sink_ *o, const char *s, size_t n, int width, bool left, char fill) {
    size_t pad = width > 0 && (size_t)width > n ? (size_t)width - n : 0;
    if (!left && fill == '0' && n > 0 && s[0] == '-') {
        xtp_fmt_put_(o, '-');
        s++;
        n--;
    }
    if (!left) {
        for (size_t i = 0; i < pad; i++) xtp_fmt_put_(o, fill);
    }
    for (size_t i = 0; i < n; i++) xtp_fmt_put_(o, s[i]);
    if (left) {
        for (size_t i = 0; i < pad; i++) xtp_fmt_put_(o, ' ');
    }
}

/*
 * A small vsnprintf replacement: writes at most cap - 1 characters and a NUL (when cap > 0) and returns the
 * length the whole text would have. Supports the flags '-' and '0', a width and a precision (digits or '*'; the
 * precision only limits %s), the length modifiers hh h l ll z j t, and the conversions d i u x X c s p %.
 * Anything else is copied as it is.
 */
static inline size_t xtp_vformat(char *dst, size_t cap, const char *fmt, va_list ap) {
    xtp_fmt_sink_ o = {dst, cap, 0};
    static const char lower[] = "0123456789abcdef";
    static const char upper[] = "0123456789ABCDEF";
    for (const char *f = fmt; *f != 0; f++) {
        if (*f != '%') {
            xtp_fmt_put_(&o, *f);
            continue;
        }
        const char *spec = f++;
        bool left = false;
        char fill = ' ';
        for (; *f == '-' || *f == '0'; f++) {
            if (*f == '-') left = true;
            else fill = '0';
        }
        int width = 0, precision = -1;
        if (*f == '*') {
            width = va_arg(ap, int);
            if (width < 0) {
                left = true;
                width = -width;
            }
            f++;
        } else {
            while (*f >= '0' && *f <= '9') width = width * 10 + (*f++ - '0');
        }
        if (*f == '.') {
            f++;
            precision = 0;
            if (*f == '*') {
                precision = va_arg(ap, int);
                f++;
            } else {
                while (*f >= '0' && *f <= '9') precision = precision * 10 + (*f++ - '0');
            }
        }
        int size = 0; /* 0 int, 1 long, 2 long long, 3 size_t, 4 intmax_t, 5 ptrdiff_t */
        if (*f == 'h') {
            f++;
            if (*f == 'h') f++;
        } else if (*f == 'l') {
            f++;
            size = 1;
            if (*f == 'l') {
                f++;
                size = 2;
            }
        } else if (*f == 'z') {
            f++;
            size = 3;
        } else if (*f == 'j') {
            f++;
            size = 4;
        } else if (*f == 't') {
            f++;
            size = 5;
        }
        char buf[24];
        size_t n = 0;
        switch (*f) {
        case 'd':
        case 'i': {
            int64_t v = size == 0 ? va_arg(ap, int) : size == 1 ? va_arg(ap, long) : size == 2 ? va_arg(ap, long long)
                    : size == 3 ? (int64_t)va_arg(ap, size_t) : size == 4 ? va_arg(ap, intmax_t)
                    : va_arg(ap, ptrdiff_t);
            n = xtp_fmt_i64(buf, v);
            xtp_fmt_pad_(&o, buf, n, width, left, fill);
            break;
        }
        case 'u':
        case 'x':
        case 'X':
        case 'p': {
            uint64_t v;
            if (*f == 'p') {
                v = (uint64_t)(uintptr_t)va_arg(ap, void *);
            } else {
                v = size == 0 ? va_arg(ap, unsigned) : size == 1 ? va_arg(ap, unsigned long)
                        : size == 2 ? va_arg(ap, unsigned long long) : size == 3 ? va_arg(ap, size_t)
                        : size == 4 ? va_arg(ap, uintmax_t) : (uint64_t)va_arg(ap, ptrdiff_t);
            }
            if (*f == 'u') {
                n = xtp_fmt_u64(buf, v);
            } else {
                const char *digits = *f == 'X' ? upper : lower;
                char tmp[16];
                size_t k = 0;
                do {
                    tmp[k++] = digits[v & 15u];
                    v >>= 4;
                } while (v != 0);
                if (*f == 'p') {
                    buf[n++] = '0';
                    buf[n++] = 'x';
                }
                while (k > 0) buf[n++] = tmp[--k];
            }
            xtp_fmt_pad_(&o, buf, n, width, left, fill);
            break;
        }
        case 'c':
            buf[0] = (char)va_arg(ap, int);
            xtp_fmt_pad_(&o, buf, 1, width, left, ' ');
            break;
        case 's': {
            const char *str = va_arg(ap, const char *);
            if (str == NULL) str = "(null)";
            size_t len = 0;
            while ((precision < 0 || len < (size_t)precision) && str[len] != 0) len++;
            xtp_fmt_pad_(&o, str, len, width, left, ' ');
            break;
        }
        case '%':
            xtp_fmt_put_(&o, '%');
            break;
        default:
            for (const char *c = spec; c <= f && *c != 0; c++) xtp_fmt_put_(&o, *c);
            if (*f == 0) f--;
            break;
        }
    }
    if (cap > 0) dst[o.len < cap ? o.len : cap - 1] = 0;
    return o.len;
}

/* xtp_vformat with variable arguments. */
__attribute__((format(printf, 3, 4))) static inline size_t xtp_format(char *dst, size_t cap, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    size_t n = xtp_vformat(dst, cap, fmt, ap);
    va_end(ap);
    return n;
}

/* ------------------------------------------------------------------------------------------------------------ */
/* 1. Call memory                                                                                                 */
/* ------------------------------------------------------------------------------------------------------------ */

/*
 * Memory for the current call: decoded inputs, values returned by host functions, and whatever a plugin allocates
 * for its output. It is zeroed, 16-byte aligned, and released all at once when the generated export wrapper
 * returns (after the output has been encoded). Do not keep pointers into it across calls.
 */
typedef struct xtp_call_chunk_ {
    struct xtp_call_chunk_ *next;
    size_t used;
    size_t cap;
} xtp_call_chunk_;

#define XTP_CALL_HEADER_ 16u
#define XTP_CALL_CHUNK_ 16384u

/* Weak, so that every translation unit of a plugin shares one list. */
__attribute__((weak)) xtp_call_chunk_ *xtp_call_chunks_;

/* Returns n zeroed bytes that live until the current export returns, or NULL when memory is exhausted. */
static inline void *xtp_call_alloc(size_t n) {
    size_t need = (n + 15u) & ~(size_t)15u;
    if (need < n || need > SIZE_MAX - XTP_CALL_HEADER_) return NULL;
    xtp_call_chunk_ *head = xtp_call_chunks_;
    xtp_call_chunk_ *chunk = head;
    if (chunk == NULL || chunk->cap - chunk->used < need) {
        size_t cap = need > XTP_CALL_CHUNK_ / 4u ? need : XTP_CALL_CHUNK_;
        chunk = (xtp_call_chunk_ *)malloc(XTP_CALL_HEADER_ + cap);
        if (chunk == NULL) return NULL;
        chunk->used = 0;
        chunk->cap = cap;
        if (head != NULL && cap == need) {
            /* A large block gets a chunk of its own behind the head, so the head keeps its free space. */
            chunk->next = head->next;
            head->next = chunk;
        } else {
            chunk->next = head;
            xtp_call_chunks_ = chunk;
        }
    }
    void *p = (uint8_t *)chunk + XTP_CALL_HEADER_ + chunk->used;
    chunk->used += need;
    memset(p, 0, n);
    return p;
}

/* Allocates an array of count elements of size bytes each (zeroed), or NULL on overflow or exhaustion. */
static inline void *xtp_call_array(size_t count, size_t size) {
    if (size != 0 && count > SIZE_MAX / size) return NULL;
    return xtp_call_alloc(count * size);
}

/* Releases all call memory. The generated export wrappers call this when they return. */
static inline void xtp_call_release(void) {
    xtp_call_chunk_ *chunk = xtp_call_chunks_;
    while (chunk != NULL) {
        xtp_call_chunk_ *next = chunk->next;
        free(chunk);
        chunk = next;
    }
    xtp_call_chunks_ = NULL;
}

/* Copies the whole input of the call into call memory (NUL-terminated); NULL when memory is exhausted. */
static inline uint8_t *xtp_call_input(size_t *len) {
    size_t n = (size_t)xtp_env_input_length();
    *len = 0;
    if (n == SIZE_MAX) return NULL;
    uint8_t *buf = (uint8_t *)xtp_call_alloc(n + 1);
    if (buf == NULL) return NULL;
    xtp_input_read(0, buf, n);
    *len = n;
    return buf;
}

/* Copies a kernel block into call memory (NUL-terminated) and frees the block. A 0 handle gives an empty result.
 * Returns NULL when memory is exhausted (the block is freed anyway). */
static inline uint8_t *xtp_call_take_block(xtp_handle block, size_t *len) {
    size_t n = block != 0 ? (size_t)xtp_env_length(block) : 0;
    *len = 0;
    uint8_t *buf = n != SIZE_MAX ? (uint8_t *)xtp_call_alloc(n + 1) : NULL;
    if (buf != NULL && n != 0) xtp_block_read(block, 0, buf, n);
    if (block != 0) xtp_env_free(block);
    if (buf != NULL) *len = n;
    return buf;
}

/* ------------------------------------------------------------------------------------------------------------ */
/* 2. Values                                                                                                      */
/* ------------------------------------------------------------------------------------------------------------ */

/* UTF-8 text: data[0..len). Decoded strings are NUL-terminated as a convenience, but may contain NUL bytes;
 * len is authoritative. Also used for `format: byte` strings (the base64 text, not decoded). */
typedef struct xtp_string {
    const char *data;
    size_t len;
} xtp_string;

/* Bytes: data[0..len). Written to JSON as standard base64. */
typedef struct xtp_buffer {
    const uint8_t *data;
    size_t len;
} xtp_buffer;

/* A free-form JSON object (`type: object` without properties), as its JSON text: data[0..len). The decoder
 * keeps the text exactly as received (key order included); the encoder checks that it is one valid JSON object
 * and writes it unchanged. len == 0 stands for the empty object {}. */
typedef struct xtp_json {
    const char *data;
    size_t len;
} xtp_json;

/* A `format: date-time` value: an instant plus the UTC offset it is written in. JSON text is RFC 3339, e.g.
 * 2024-07-23T16:03:34.000Z or 2024-07-23T18:03:34.125+02:00.
 *   epoch_ms        milliseconds since 1970-01-01T00:00:00Z (floor; negative before 1970)
 *   sub_ms_nanos    0..999999: nanoseconds after epoch_ms, for texts with more than 3 fractional digits
 *   offset_minutes  the offset written in the text, minutes east of UTC (-1439..1439); 0 is written as Z
 * The encoder writes 3 fractional digits (more only when sub_ms_nanos is not 0). Years 0000..9999. */
typedef struct xtp_datetime {
    int64_t epoch_ms;
    int32_t sub_ms_nanos;
    int16_t offset_minutes;
} xtp_datetime;

/* A string that points at a NUL-terminated C string (not copied). */
static inline xtp_string xtp_str(const char *s) {
    xtp_string r;
    r.data = s;
    r.len = s != NULL ? strlen(s) : 0;
    return r;
}

/* A string that points at data[0..len) (not copied). */
static inline xtp_string xtp_str_n(const char *data, size_t len) {
    xtp_string r;
    r.data = data;
    r.len = len;
    return r;
}

/* Whether a string equals a NUL-terminated C string. */
static inline bool xtp_str_eq(xtp_string s, const char *c) {
    size_t n = strlen(c);
    return s.len == n && (n == 0 || memcmp(s.data, c, n) == 0);
}

/* A copy of data[0..len) in call memory, NUL-terminated. The result's data is NULL when memory is exhausted. */
static inline xtp_string xtp_str_copy(const char *data, size_t len) {
    xtp_string r = {NULL, 0};
    if (len == SIZE_MAX) return r;
    char *p = (char *)xtp_call_alloc(len + 1);
    if (p == NULL) return r;
    if (len != 0) memcpy(p, data, len);
    r.data = p;
    r.len = len;
    return r;
}

/* A formatted string (see xtp_vformat) in call memory. The result's data is NULL when memory is exhausted. */
__attribute__((format(printf, 1, 2))) static inline xtp_string xtp_str_printf(const char *fmt, ...) {
    xtp_string r = {NULL, 0};
    va_list ap;
    va_start(ap, fmt);
    size_t n = xtp_vformat(NULL, 0, fmt, ap);
    va_end(ap);
    char *p = n < SIZE_MAX ? (char *)xtp_call_alloc(n + 1) : NULL;
    if (p == NULL) return r;
    va_start(ap, fmt);
    xtp_vformat(p, n + 1, fmt, ap);
    va_end(ap);
    r.data = p;
    r.len = n;
    return r;
}

/* A buffer that points at data[0..len) (not copied). */
static inline xtp_buffer xtp_buf(const void *data, size_t len) {
    xtp_buffer r;
    r.data = (const uint8_t *)data;
    r.len = len;
    return r;
}

/* ------------------------------------------------------------------------------------------------------------ */
/* 3. Errors                                                                                                      */
/* ------------------------------------------------------------------------------------------------------------ */

/* Sets the call's error message and returns -1: `return xtp_fail("no such user");` */
static inline int32_t xtp_fail(const char *message) {
    xtp_error(message);
    return -1;
}

/* Sets a formatted error message (see xtp_vformat) and returns -1. */
__attribute__((format(printf, 1, 2))) static inline int32_t xtp_failf(const char *fmt, ...) {
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    size_t n = xtp_vformat(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < sizeof small) {
        xtp_error_bytes(small, n);
        return -1;
    }
    char *big = n < SIZE_MAX ? (char *)malloc(n + 1) : NULL;
    if (big == NULL) {
        xtp_error_bytes(small, sizeof small - 1);
        return -1;
    }
    va_start(ap, fmt);
    xtp_vformat(big, n + 1, fmt, ap);
    va_end(ap);
    xtp_error_bytes(big, n);
    free(big);
    return -1;
}

/* Whether an error is set for the current call. */
static inline bool xtp_error_is_set(void) { return xtp_env_error_get() != 0; }

/* Clears the current call's error (for example after handling a failed host function call). */
static inline void xtp_error_clear(void) { xtp_env_error_set(0); }

/* For generated export wrappers: the plugin's function returned rc != 0. Keeps the error the plugin set, or sets
 * one that names the function and the return code. Returns -1. */
static inline int32_t xtp_impl_failed(const char *function, int32_t rc) {
    if (!xtp_error_is_set()) xtp_failf("%s failed: it returned %d without setting an error", function, (int)rc);
    return -1;
}

/* ------------------------------------------------------------------------------------------------------------ */
/* 4a. UTF-8                                                                                                      */
/* ------------------------------------------------------------------------------------------------------------ */

/* The length of the valid UTF-8 sequence at p (at most avail bytes), or 0 when it is not valid (overlong forms,
 * surrogates and code points above U+10FFFF are invalid). */
static inline size_t xtp_utf8_seq_len(const uint8_t *p, size_t avail) {
    if (avail == 0) return 0;
    uint8_t c = p[0];
    if (c < 0x80) return 1;
    size_t len;
    uint32_t cp;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
        cp = c & 0x1Fu;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        cp = c & 0x0Fu;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        cp = c & 0x07u;
    } else {
        return 0;
    }
    if (avail < len) return 0;
    for (size_t k = 1; k < len; k++) {
        if ((p[k] & 0xC0u) != 0x80u) return 0;
        cp = (cp << 6) | (p[k] & 0x3Fu);
    }
    if (len == 3 && (cp < 0x800u || (cp >= 0xD800u && cp <= 0xDFFFu))) return 0;
    if (len == 4 && (cp < 0x10000u || cp > 0x10FFFFu)) return 0;
    return len;
}

/* Returns n when p[0..n) is valid UTF-8, otherwise the offset of the first invalid sequence. */
static inline size_t xtp_utf8_check(const uint8_t *p, size_t n) {
    size_t i = 0;
    while (i < n) {
        if (p[i] < 0x80) {
            i++;
            continue;
        }
        size_t k = xtp_utf8_seq_len(p + i, n - i);
        if (k == 0) return i;
        i += k;
    }
    return n;
}

/* ------------------------------------------------------------------------------------------------------------ */
/* 4b. Base64 (standard alphabet, RFC 4648 section 4)                                                             */
/* ------------------------------------------------------------------------------------------------------------ */

/* The encoded length of n bytes, with padding. */
static inline size_t xtp_base64_encoded_len(size_t n) { return (n + 2) / 3 * 4; }

/* Encodes src[0..n) into dst (xtp_base64_encoded_len(n) bytes, not NUL-terminated), with padding. */
static inline void xtp_base64_encode(const uint8_t *src, size_t n, char *dst) {
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    size_t i = 0, o = 0;
    for (; i + 3 <= n; i += 3) {
        uint32_t v = ((uint32_t)src[i] << 16) | ((uint32_t)src[i + 1] << 8) | src[i + 2];
        dst[o++] = alphabet[(v >> 18) & 63];
        dst[o++] = alphabet[(v >> 12) & 63];
        dst[o++] = alphabet[(v >> 6) & 63];
        dst[o++] = alphabet[v & 63];
    }
    if (n - i == 1) {
        uint32_t v = (uint32_t)src[i] << 16;
        dst[o++] = alphabet[(v >> 18) & 63];
        dst[o++] = alphabet[(v >> 12) & 63];
        dst[o++] = '=';
        dst[o++] = '=';
    } else if (n - i == 2) {
        uint32_t v = ((uint32_t)src[i] << 16) | ((uint32_t)src[i + 1] << 8);
        dst[o++] = alphabet[(v >> 18) & 63];
        dst[o++] = alphabet[(v >> 12) & 63];
        dst[o++] = alphabet[(v >> 6) & 63];
        dst[o++] = '=';
    }
}

static inline int xtp_base64_value_(uint8_t c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

/* Decodes standard base64 (padding optional, no white space) from src[0..n) into dst (at least n / 4 * 3 + 3
 * bytes). Returns true and the decoded length in *out_len, or false with the offset of the first bad character
 * in *bad (n when the length is impossible). */
static inline bool xtp_base64_decode(const char *src, size_t n, uint8_t *dst, size_t *out_len, size_t *bad) {
    const uint8_t *s = (const uint8_t *)src;
    size_t len = n;
    if (len % 4 == 0 && len > 0 && s[len - 1] == '=') {
        len--;
        if (s[len - 1] == '=') len--;
    }
    if (len % 4 == 1) {
        *bad = n;
        return false;
    }
    size_t o = 0;
    uint32_t acc = 0;
    int bits = 0;
    for (size_t i = 0; i < len; i++) {
        int v = xtp_base64_value_(s[i]);
        if (v < 0) {
            *bad = i;
            return false;
        }
        acc = (acc << 6) | (uint32_t)v;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            dst[o++] = (uint8_t)(acc >> bits);
        }
    }
    *out_len = o;
    return true;
}

/* ------------------------------------------------------------------------------------------------------------ */
/* 4c. RFC 3339 date-times                                                                                        */
/* ------------------------------------------------------------------------------------------------------------ */

/* Days since 1970-01-01 of a proleptic Gregorian date (month 1..12, day 1..31). */
static inline int64_t xtp_days_from_civil(int64_t year, int month, int day) {
    /* Count years from March, so that the leap day is the last day of the counting year. */
    int64_t y = month <= 2 ? year - 1 : year;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t year_of_era = y - era * 400;                                 /* 0..399 */
    int64_t month_from_march = month > 2 ? month - 3 : month + 9;        /* 0..11 */
    int64_t day_of_year = (153 * month_from_march + 2) / 5 + day - 1;    /* 0..365 */
    int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + day_of_era - 719468;
}

/* The date of a day number (days since 1970-01-01). */
static inline void xtp_civil_from_days(int64_t days, int64_t *year, int *month, int *day) {
    int64_t z = days + 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t day_of_era = z - era * 146097;                                                       /* 0..146096 */
    int64_t year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
    int64_t day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100); /* 0..365 */
    int64_t month_from_march = (5 * day_of_year + 2) / 153;                                       /* 0..11 */
    *day = (int)(day_of_year - (153 * month_from_march + 2) / 5 + 1);
    *month = (int)(month_from_march < 10 ? month_from_march + 3 : month_from_march - 9);
    *year = year_of_era + era * 400 + (*month <= 2 ? 1 : 0);
}

static inline bool xtp_digits_(const uint8_t *s, size_t at, size_t count, int *out) {
    int v = 0;
    for (size_t i = at; i < at + count; i++) {
        if (s[i] < '0' || s[i] > '9') return false;
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return true;
}

/* Parses an RFC 3339 date-time (YYYY-MM-DDThh:mm:ss[.fraction](Z|+hh:mm|-hh:mm); T and Z in either case;
 * second 60 is read as the next minute's 00). On failure returns false and points *problem at a description. */
static inline bool xtp_datetime_parse(const char *text, size_t n, xtp_datetime *out, const char **problem) {
    const uint8_t *s = (const uint8_t *)text;
    int year, month, day, hour, minute, second;
    *problem = "expected an RFC 3339 date-time such as 2024-07-23T16:03:34Z";
    if (n < 20 || !xtp_digits_(s, 0, 4, &year) || s[4] != '-' || !xtp_digits_(s, 5, 2, &month) || s[7] != '-'
            || !xtp_digits_(s, 8, 2, &day) || (s[10] != 'T' && s[10] != 't') || !xtp_digits_(s, 11, 2, &hour)
            || s[13] != ':' || !xtp_digits_(s, 14, 2, &minute) || s[16] != ':' || !xtp_digits_(s, 17, 2, &second)) {
        return false;
    }
    static const int month_days[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (month < 1 || month > 12 || day < 1 || day > month_days[month - 1] || (month == 2 && day == 29 && !leap)) {
        *problem = "the date does not exist";
        return false;
    }
    if (hour > 23 || minute > 59 || second > 60) {
        *problem = "the time of day is out of range";
        return false;
    }
    size_t i = 19;
    int64_t millis = 0, nanos = 0;
    if (i < n && s[i] == '.') {
        i++;
        size_t start = i;
        int64_t frac = 0;
        while (i < n && s[i] >= '0' && s[i] <= '9') {
            if (i - start < 9) frac = frac * 10 + (s[i] - '0');
            i++;
        }
        if (i == start) return false;
        for (size_t k = i - start; k < 9; k++) frac *= 10;
        millis = frac / 1000000;
        nanos = frac % 1000000;
    }
    int offset = 0;
    if (i < n && (s[i] == 'Z' || s[i] == 'z')) {
        i++;
    } else if (i + 6 <= n && (s[i] == '+' || s[i] == '-')) {
        int oh, om;
        if (!xtp_digits_(s, i + 1, 2, &oh) || s[i + 3] != ':' || !xtp_digits_(s, i + 4, 2, &om)) return false;
        if (oh > 23 || om > 59) {
            *problem = "the UTC offset is out of range";
            return false;
        }
        offset = (oh * 60 + om) * (s[i] == '-' ? -1 : 1);
        i += 6;
    } else {
        *problem = "expected Z or a UTC offset such as +02:00 after the time";
        return false;
    }
    if (i != n) {
        *problem = "unexpected characters after the date-time";
        return false;
    }
    int64_t days = xtp_days_from_civil(year, month, day);
    int64_t seconds = days * 86400 + hour * 3600 + minute * 60 + second - (int64_t)offset * 60;
    out->epoch_ms = seconds * 1000 + millis;
    out->sub_ms_nanos = (int32_t)nanos;
    out->offset_minutes = (int16_t)offset;
    return true;
}

/* Formats a date-time as RFC 3339 into dst (at least 40 bytes); returns the length (not NUL-terminated), or 0
 * when the value cannot be written (a year outside 0000..9999, an offset or sub_ms_nanos out of range). */
static inline size_t xtp_datetime_format(const xtp_datetime *v, char *dst) {
    int offset = v->offset_minutes;
    if (offset <= -1440 || offset >= 1440 || v->sub_ms_nanos < 0 || v->sub_ms_nanos > 999999) return 0;
    if (v->epoch_ms > INT64_MAX / 2 || v->epoch_ms < INT64_MIN / 2) return 0;
    int64_t local = v->epoch_ms + (int64_t)offset * 60000;
    int64_t days = local / 86400000;
    int64_t ms_of_day = local % 86400000;
    if (ms_of_day < 0) {
        ms_of_day += 86400000;
        days -= 1;
    }
    int64_t year;
    int month, day;
    xtp_civil_from_days(days, &year, &month, &day);
    if (year < 0 || year > 9999) return 0;
    int hour = (int)(ms_of_day / 3600000), minute = (int)(ms_of_day / 60000 % 60);
    int second = (int)(ms_of_day / 1000 % 60), millis = (int)(ms_of_day % 1000);
    size_t n = xtp_format(dst, 40, "%04d-%02d-%02dT%02d:%02d:%02d.%03d", (int)year, month, day, hour, minute,
            second, millis);
    if (v->sub_ms_nanos != 0) {
        char frac[7];
        xtp_format(frac, sizeof frac, "%06d", (int)v->sub_ms_nanos);
        size_t keep = 6;
        while (keep > 0 && frac[keep - 1] == '0') keep--;
        memcpy(dst + n, frac, keep);
        n += keep;
    }
    if (offset == 0) {
        dst[n++] = 'Z';
    } else {
        int a = offset < 0 ? -offset : offset;
        n += xtp_format(dst + n, 40 - n, "%c%02d:%02d", offset < 0 ? '-' : '+', a / 60, a % 60);
    }
    return n;
}

/* A date-time for an instant in milliseconds since the epoch, written in UTC. */
static inline xtp_datetime xtp_datetime_of_epoch_ms(int64_t epoch_ms) {
    xtp_datetime v;
    v.epoch_ms = epoch_ms;
    v.sub_ms_nanos = 0;
    v.offset_minutes = 0;
    return v;
}

/* ------------------------------------------------------------------------------------------------------------ */
/* 4d. Numbers                                                                                                    */
/* ------------------------------------------------------------------------------------------------------------ */

/* 10^k as a long double (IEEE binary128 on wasm32), by repeated squaring: exact up to 10^48, and within a few
 * units in the last of its 113 bits beyond. */
static inline long double xtp_pow10l_(int k) {
    long double result = 1.0L, base = 10.0L;
    while (k > 0) {
        if (k & 1) result *= base;
        base *= base;
        k >>= 1;
    }
    return result;
}

/* Writes digits[0..count) (no leading zeros), with the first digit at 10^exp10, as JSON number text in the style
 * of JavaScript: plain notation for 1e-6 <= |v| < 1e21, exponent notation otherwise. Returns the length. */
static inline size_t xtp_fmt_decimal_(char *dst, bool negative, const char *digits, size_t count, int exp10) {
    size_t o = 0;
    if (negative) dst[o++] = '-';
    if (exp10 >= 21 || exp10 < -6) {
        dst[o++] = digits[0];
        if (count > 1) {
            dst[o++] = '.';
            for (size_t i = 1; i < count; i++) dst[o++] = digits[i];
        }
        dst[o++] = 'e';
        dst[o++] = exp10 < 0 ? '-' : '+';
        o += xtp_fmt_u64(dst + o, (uint64_t)(exp10 < 0 ? -exp10 : exp10));
    } else if (exp10 >= 0) {
        for (size_t i = 0; i <= (size_t)exp10; i++) dst[o++] = i < count ? digits[i] : '0';
        if (count > (size_t)exp10 + 1) {
            dst[o++] = '.';
            for (size_t i = (size_t)exp10 + 1; i < count; i++) dst[o++] = digits[i];
        }
    } else {
        dst[o++] = '0';
        dst[o++] = '.';
        for (int i = -1; i > exp10; i--) dst[o++] = '0';
        for (size_t i = 0; i < count; i++) dst[o++] = digits[i];
    }
    return o;
}

/* Finds the shortest decimal that strtod (or strtof, when is_float) reads back as exactly the value, and writes it.
 * v is the value (finite, positive) widened to a long double. Precisions first_digits..max_digits are tried in turn
 * (15..17 for a normal double, 6..9 for a normal float, from 1 for subnormals): for a normal value, when a decimal
 * of at most first_digits digits reads back as the value, it is the nearest decimal of first_digits digits, padded
 * with zeros (the rounding interval of the value is far narrower than one unit of that digit), so trimming the
 * zeros of the nearest candidate gives the shortest form. Subnormals have wide intervals and get no shortcut.
 * The nearest candidate of a precision comes from binary128 arithmetic, whose error is far below one unit of the
 * 17th digit; its neighbours are tried too, so an error of one unit is harmless. */
static inline size_t xtp_fmt_shortest_(char *dst, bool negative, long double v, int first_digits, int max_digits,
        bool is_float, double as_double, float as_float) {
    int e2 = 0; /* v = m * 2^e2 with 1 <= m < 2 */
    long double m = v;
    while (m >= 65536.0L) {
        m /= 65536.0L;
        e2 += 16;
    }
    while (m < 1.0L / 65536.0L) {
        m *= 65536.0L;
        e2 -= 16;
    }
    while (m >= 2.0L) {
        m /= 2.0L;
        e2 += 1;
    }
    while (m < 1.0L) {
        m *= 2.0L;
        e2 -= 1;
    }
    /* floor(e2 * log10(2)), possibly one too low; corrected below. */
    int estimate = (int)(e2 >= 0 ? e2 * 30103L / 100000L : -((-e2 * 30103L + 99999L) / 100000L));
    char text[48];
    for (int precision = first_digits; precision <= max_digits; precision++) {
        /* Each precision starts from the estimate: rounding up to the next power of ten at a low precision
         * (9.99e20 -> 1e21) says nothing about the exponent of the longer candidates. */
        int exp10 = estimate;
        uint64_t low = 1;
        for (int i = 1; i < precision; i++) low *= 10u;
        uint64_t high = low * 10u;
        uint64_t n = 0;
        for (int attempt = 0; attempt < 4; attempt++) {
            int k = precision - 1 - exp10;
            long double scaled = k >= 0 ? v * xtp_pow10l_(k) : v / xtp_pow10l_(-k);
            n = (uint64_t)(scaled + 0.5L);
            if (n >= high) {
                exp10++;
            } else if (n < low) {
                exp10--;
            } else {
                break;
            }
        }
        if (n < low || n >= high) continue;
        uint64_t candidates[3] = {n, n - 1, n + 1};
        for (int c = 0; c < 3; c++) {
            uint64_t cand = candidates[c];
            if (cand < low || cand >= high) continue;
            char digits[20];
            size_t count = xtp_fmt_u64(digits, cand);
            while (count > 1 && digits[count - 1] == '0') count--;
            size_t len = xtp_fmt_decimal_(text, false, digits, count, exp10);
            text[len] = 0;
            bool same = is_float ? strtof(text, NULL) == as_float : strtod(text, NULL) == as_double;
            if (same) return xtp_fmt_decimal_(dst, negative, digits, count, exp10);
        }
    }
    return 0;
}

/* Writes the shortest decimal text that reads back as exactly d (dst: at least 32 bytes; not NUL-terminated) and
 * returns its length; 0 for NaN and infinities, which JSON cannot represent. Negative zero is written as -0. */
static inline size_t xtp_fmt_double(char *dst, double d) {
    if (!__builtin_isfinite(d)) return 0;
    bool negative = __builtin_signbit(d) != 0;
    if (d == 0) {
        memcpy(dst, negative ? "-0" : "0", negative ? 2 : 1);
        return negative ? 2 : 1;
    }
    double a = negative ? -d : d;
    return xtp_fmt_shortest_(dst, negative, (long double)a, a < DBL_MIN ? 1 : 15, 17, false, a, 0.0f);
}

/* The same for a float: the shortest text that reads back as exactly f when read as a float. */
static inline size_t xtp_fmt_float(char *dst, float f) {
    if (!__builtin_isfinite(f)) return 0;
    bool negative = __builtin_signbit(f) != 0;
    if (f == 0) {
        memcpy(dst, negative ? "-0" : "0", negative ? 2 : 1);
        return negative ? 2 : 1;
    }
    float a = negative ? -f : f;
    return xtp_fmt_shortest_(dst, negative, (long double)a, a < FLT_MIN ? 1 : 6, 9, true, 0.0, a);
}

/* ------------------------------------------------------------------------------------------------------------ */
/* 5. JSON reader                                                                                                 */
/* ------------------------------------------------------------------------------------------------------------ */

#ifndef XTP_JSON_MAX_DEPTH
#define XTP_JSON_MAX_DEPTH 64 /* objects and arrays nested deeper than this are rejected */
#endif
#define XTP_JSON_PATH_MAX_ 32   /* path segments kept for error messages */
#define XTP_JSON_ERROR_MAX_ 320 /* the longest error message */

/* The position inside a document, as JSON-pointer segments, for error messages. */
typedef struct xtp_json_path {
    int len;
    struct {
        const char *key; /* NULL for an array index */
        size_t key_len;
        size_t index;
    } seg[XTP_JSON_PATH_MAX_];
} xtp_json_path;

static inline void xtp_path_push_key(xtp_json_path *p, const char *key, size_t len) {
    if (p->len >= 0 && p->len < XTP_JSON_PATH_MAX_) {
        p->seg[p->len].key = key;
        p->seg[p->len].key_len = len;
        p->seg[p->len].index = 0;
    }
    p->len++;
}

static inline void xtp_path_push_index(xtp_json_path *p, size_t index) {
    if (p->len >= 0 && p->len < XTP_JSON_PATH_MAX_) {
        p->seg[p->len].key = NULL;
        p->seg[p->len].key_len = 0;
        p->seg[p->len].index = index;
    }
    p->len++;
}

static inline void xtp_path_pop(xtp_json_path *p) {
    if (p->len > 0) p->len--;
}

/* Formats the path as a JSON pointer ("/items/3/name"; "" for the top level) into dst[0..cap). */
static inline void xtp_path_format(const xtp_json_path *p, char *dst, size_t cap) {
    size_t o = 0;
    int shown = p->len < XTP_JSON_PATH_MAX_ ? p->len : XTP_JSON_PATH_MAX_;
    if (cap == 0) return;
    for (int i = 0; i < shown && o + 1 < cap; i++) {
        dst[o++] = '/';
        if (p->seg[i].key == NULL) {
            char digits[20];
            size_t n = xtp_fmt_u64(digits, p->seg[i].index);
            for (size_t k = 0; k < n && o + 1 < cap; k++) dst[o++] = digits[k];
        } else {
            const char *k = p->seg[i].key;
            size_t n = p->seg[i].key_len > 40 ? 40 : p->seg[i].key_len;
            for (size_t j = 0; j < n && o + 2 < cap; j++) {
                char c = k[j];
                if (c == '~' || c == '/') {
                    dst[o++] = '~';
                    dst[o++] = c == '~' ? '0' : '1';
                } else {
                    dst[o++] = (unsigned char)c < 0x20 ? '?' : c;
                }
            }
            if (p->seg[i].key_len > 40 && o + 4 < cap) {
                dst[o++] = '.';
                dst[o++] = '.';
                dst[o++] = '.';
            }
        }
    }
    if (p->len > shown && o + 5 < cap) {
        memcpy(dst + o, "/...", 4);
        o += 4;
    }
    dst[o < cap ? o : cap - 1] = 0;
}

/* A pull reader over one JSON document in memory. All functions return false (or -1) after the first error,
 * whose message (with the byte offset and the JSON pointer of the value) is in error. */
typedef struct xtp_json_reader {
    const uint8_t *src;
    size_t len;
    size_t pos;
    int depth;
    bool failed;
    xtp_json_path path;
    char error[XTP_JSON_ERROR_MAX_];
} xtp_json_reader;

static inline void xtp_jr_init(xtp_json_reader *r, const void *data, size_t len) {
    r->src = (const uint8_t *)data;
    r->len = len;
    r->pos = 0;
    r->depth = 0;
    r->failed = false;
    r->path.len = 0;
    r->error[0] = 0;
}

/* Records an error at byte offset at (the first error wins) and returns false. */
__attribute__((format(printf, 3, 4))) static inline bool xtp_jr_fail_at(xtp_json_reader *r, size_t at,
        const char *fmt, ...) {
    if (r->failed) return false;
    r->failed = true;
    char message[200];
    va_list ap;
    va_start(ap, fmt);
    xtp_vformat(message, sizeof message, fmt, ap);
    va_end(ap);
    char pointer[100];
    xtp_path_format(&r->path, pointer, sizeof pointer);
    if (pointer[0] != 0) {
        xtp_format(r->error, sizeof r->error, "%s at %s (byte %zu)", message, pointer, at);
    } else {
        xtp_format(r->error, sizeof r->error, "%s at byte %zu", message, at);
    }
    return false;
}

#define xtp_jr_fail(r, ...) xtp_jr_fail_at((r), (r)->pos, __VA_ARGS__)

static inline void xtp_jr_push_key(xtp_json_reader *r, const char *key, size_t len) {
    xtp_path_push_key(&r->path, key, len);
}
static inline void xtp_jr_push_index(xtp_json_reader *r, size_t index) { xtp_path_push_index(&r->path, index); }
static inline void xtp_jr_pop(xtp_json_reader *r) { xtp_path_pop(&r->path); }

static inline void xtp_jr_ws_(xtp_json_reader *r) {
    while (r->pos < r->len) {
        uint8_t c = r->src[r->pos];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
        r->pos++;
    }
}

/* The next significant byte (after white space), or -1 at the end of the input. Does not consume it. */
static inline int xtp_jr_peek(xtp_json_reader *r) {
    xtp_jr_ws_(r);
    return r->pos < r->len ? r->src[r->pos] : -1;
}

/* Describes the value that starts with byte c, for "expected X, found Y" messages. */
static inline const char *xtp_jr_describe_(int c) {
    switch (c) {
    case -1: return "the end of the input";
    case '{': return "an object";
    case '[': return "an array";
    case '"': return "a string";
    case 't':
    case 'f': return "a boolean";
    case 'n': return "null";
    case '-': return "a number";
    default: return c >= '0' && c <= '9' ? "a number" : "an invalid character";
    }
}

static inline bool xtp_jr_literal_ok_(const xtp_json_reader *r, const char *word) {
    size_t n = strlen(word);
    if (r->len - r->pos < n || memcmp(r->src + r->pos, word, n) != 0) return false;
    if (r->pos + n < r->len) {
        uint8_t c = r->src[r->pos + n];
        if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_') return false;
    }
    return true;
}

/* Fails with "expected <what>, found <the next value>" (or "invalid literal" for a broken true/false/null). */
static inline bool xtp_jr_expected(xtp_json_reader *r, const char *what) {
    int c = xtp_jr_peek(r);
    if ((c == 't' && !xtp_jr_literal_ok_(r, "true")) || (c == 'f' && !xtp_jr_literal_ok_(r, "false"))
            || (c == 'n' && !xtp_jr_literal_ok_(r, "null"))) {
        return xtp_jr_fail(r, "invalid literal");
    }
    if (c >= 0 && (c < 0x20 || c >= 0x7F)) return xtp_jr_fail(r, "expected %s, found the byte 0x%02x", what, c);
    if (c > 0 && (c < '0' || c > '9') && strchr("{[\"tfn-", c) == NULL) {
        return xtp_jr_fail(r, "expected %s, found the character '%c'", what, c);
    }
    return xtp_jr_fail(r, "expected %s, found %s", what, xtp_jr_describe_(c));
}

/* After the top-level value: only white space may follow. */
static inline bool xtp_jr_end(xtp_json_reader *r) {
    if (r->failed) return false;
    if (xtp_jr_peek(r) != -1) return xtp_jr_fail(r, "unexpected data after the JSON value");
    return true;
}

static inline bool xtp_jr_delimited_(xtp_json_reader *r, const char *what) {
    if (r->pos < r->len) {
        uint8_t c = r->src[r->pos];
        if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' || c == '-'
                || c == '+' || c == '_') {
            return xtp_jr_fail(r, "invalid %s", what);
        }
    }
    return true;
}

static inline bool xtp_jr_literal_(xtp_json_reader *r, const char *word) {
    size_t n = strlen(word);
    if (r->len - r->pos < n || memcmp(r->src + r->pos, word, n) != 0) return xtp_jr_fail(r, "invalid literal");
    r->pos += n;
    return xtp_jr_delimited_(r, "literal");
}

/* If the next value is null, consumes it and returns true. */
static inline bool xtp_jr_null(xtp_json_reader *r) {
    if (r->failed || xtp_jr_peek(r) != 'n') return false;
    return xtp_jr_literal_(r, "null");
}

/* Opens an object ('{'). */
static inline bool xtp_jr_begin_object(xtp_json_reader *r) {
    if (r->failed) return false;
    if (xtp_jr_peek(r) != '{') return xtp_jr_expected(r, "an object");
    if (r->depth >= XTP_JSON_MAX_DEPTH) return xtp_jr_fail(r, "objects and arrays nested deeper than %d levels",
            XTP_JSON_MAX_DEPTH);
    r->depth++;
    r->pos++;
    return true;
}

/* Opens an array ('['). */
static inline bool xtp_jr_begin_array(xtp_json_reader *r) {
    if (r->failed) return false;
    if (xtp_jr_peek(r) != '[') return xtp_jr_expected(r, "an array");
    if (r->depth >= XTP_JSON_MAX_DEPTH) return xtp_jr_fail(r, "objects and arrays nested deeper than %d levels",
            XTP_JSON_MAX_DEPTH);
    r->depth++;
    r->pos++;
    return true;
}

/* Scans the string that starts at r->pos (a '"'): validates it (escapes, UTF-8, no raw control characters) and
 * returns the offset after the closing quote, the decoded length, and whether it has escapes. */
static inline bool xtp_jr_scan_string_(xtp_json_reader *r, size_t *end, size_t *decoded, bool *escaped) {
    const uint8_t *s = r->src;
    size_t i = r->pos + 1, n = 0;
    *escaped = false;
    for (;;) {
        if (i >= r->len) return xtp_jr_fail_at(r, i, "unterminated string");
        uint8_t c = s[i];
        if (c == '"') break;
        if (c < 0x20) return xtp_jr_fail_at(r, i, "control character 0x%02x in a string (write it as an escape)", c);
        if (c == '\\') {
            *escaped = true;
            if (i + 1 >= r->len) return xtp_jr_fail_at(r, i, "unterminated string");
            uint8_t e = s[i + 1];
            if (e == 'u') {
                uint32_t cp = 0;
                if (r->len - i < 6) return xtp_jr_fail_at(r, i, "incomplete \\u escape");
                for (size_t k = 2; k < 6; k++) {
                    uint8_t h = s[i + k];
                    int v = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10
                            : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
                    if (v < 0) return xtp_jr_fail_at(r, i, "invalid \\u escape");
                    cp = cp * 16 + (uint32_t)v;
                }
                if (cp >= 0xDC00 && cp <= 0xDFFF) return xtp_jr_fail_at(r, i, "unpaired surrogate \\u%04x", cp);
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    uint32_t lo = 0;
                    bool ok = r->len - i >= 12 && s[i + 6] == '\\' && s[i + 7] == 'u';
                    for (size_t k = 8; ok && k < 12; k++) {
                        uint8_t h = s[i + k];
                        int v = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10
                                : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
                        if (v < 0) ok = false;
                        lo = lo * 16 + (uint32_t)(v < 0 ? 0 : v);
                    }
                    if (!ok || lo < 0xDC00 || lo > 0xDFFF) {
                        return xtp_jr_fail_at(r, i, "unpaired surrogate \\u%04x", cp);
                    }
                    n += 4;
                    i += 12;
                } else {
                    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : 3;
                    i += 6;
                }
            } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r'
                    || e == 't') {
                n++;
                i += 2;
            } else {
                return xtp_jr_fail_at(r, i, "invalid escape in a string");
            }
        } else if (c < 0x80) {
            n++;
            i++;
        } else {
            size_t k = xtp_utf8_seq_len(s + i, r->len - i);
            if (k == 0) return xtp_jr_fail_at(r, i, "invalid UTF-8 in a string");
            n += k;
            i += k;
        }
    }
    *end = i + 1;
    *decoded = n;
    return true;
}

static inline uint32_t xtp_hex4_(const uint8_t *p) {
    uint32_t v = 0;
    for (int k = 0; k < 4; k++) {
        uint8_t h = p[k];
        v = v * 16 + (uint32_t)(h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10);
    }
    return v;
}

/* Decodes a string that xtp_jr_scan_string_ accepted: from src[start] (after the quote) to the closing quote. */
static inline void xtp_jr_unescape_(const uint8_t *s, size_t start, size_t end_quote, uint8_t *dst) {
    size_t i = start, o = 0;
    while (i < end_quote) {
        uint8_t c = s[i];
        if (c != '\\') {
            dst[o++] = c;
            i++;
            continue;
        }
        uint8_t e = s[i + 1];
        if (e != 'u') {
            dst[o++] = e == 'b' ? '\b' : e == 'f' ? '\f' : e == 'n' ? '\n' : e == 'r' ? '\r' : e == 't' ? '\t' : e;
            i += 2;
            continue;
        }
        uint32_t cp = xtp_hex4_(s + i + 2);
        i += 6;
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (xtp_hex4_(s + i + 2) - 0xDC00);
            i += 6;
        }
        if (cp < 0x80) {
            dst[o++] = (uint8_t)cp;
        } else if (cp < 0x800) {
            dst[o++] = (uint8_t)(0xC0 | (cp >> 6));
            dst[o++] = (uint8_t)(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            dst[o++] = (uint8_t)(0xE0 | (cp >> 12));
            dst[o++] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
            dst[o++] = (uint8_t)(0x80 | (cp & 0x3F));
        } else {
            dst[o++] = (uint8_t)(0xF0 | (cp >> 18));
            dst[o++] = (uint8_t)(0x80 | ((cp >> 12) & 0x3F));
            dst[o++] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
            dst[o++] = (uint8_t)(0x80 | (cp & 0x3F));
        }
    }
}

/* Reads a string value into call memory (NUL-terminated). */
static inline bool xtp_jr_string(xtp_json_reader *r, xtp_string *out) {
    if (r->failed) return false;
    if (xtp_jr_peek(r) != '"') return xtp_jr_expected(r, "a string");
    size_t end, n;
    bool escaped;
    if (!xtp_jr_scan_string_(r, &end, &n, &escaped)) return false;
    char *p = (char *)xtp_call_alloc(n + 1);
    if (p == NULL) return xtp_jr_fail(r, "out of memory");
    if (escaped) {
        xtp_jr_unescape_(r->src, r->pos + 1, end - 1, (uint8_t *)p);
    } else if (n != 0) {
        memcpy(p, r->src + r->pos + 1, n);
    }
    out->data = p;
    out->len = n;
    r->pos = end;
    return true;
}

/* Reads an object member name and the ':' after it. Without escapes the key points into the document. */
static inline bool xtp_jr_key_(xtp_json_reader *r, xtp_string *key) {
    if (xtp_jr_peek(r) != '"') return xtp_jr_expected(r, "a member name (a string)");
    size_t end, n;
    bool escaped;
    if (!xtp_jr_scan_string_(r, &end, &n, &escaped)) return false;
    if (key != NULL) {
        if (escaped) {
            char *p = (char *)xtp_call_alloc(n + 1);
            if (p == NULL) return xtp_jr_fail(r, "out of memory");
            xtp_jr_unescape_(r->src, r->pos + 1, end - 1, (uint8_t *)p);
            key->data = p;
        } else {
            key->data = (const char *)r->src + r->pos + 1;
        }
        key->len = n;
    }
    r->pos = end;
    if (xtp_jr_peek(r) != ':') return xtp_jr_expected(r, "':' after a member name");
    r->pos++;
    return true;
}

/* Advances to the next member of an object opened with xtp_jr_begin_object. *count starts at 0. Returns 1 with
 * the member's name in *key (key may be NULL) and the reader at its value, 0 after the closing '}', -1 on error. */
static inline int xtp_jr_member(xtp_json_reader *r, size_t *count, xtp_string *key) {
    if (r->failed) return -1;
    int c = xtp_jr_peek(r);
    if (c == '}') {
        r->pos++;
        r->depth--;
        return 0;
    }
    if (*count > 0) {
        if (c != ',') {
            xtp_jr_expected(r, "',' or '}'");
            return -1;
        }
        r->pos++;
    }
    if (!xtp_jr_key_(r, key)) return -1;
    (*count)++;
    return 1;
}

/* Advances to the next item of an array opened with xtp_jr_begin_array. *count starts at 0. Returns 1 with the
 * reader at the item, 0 after the closing ']', -1 on error. */
static inline int xtp_jr_item(xtp_json_reader *r, size_t *count) {
    if (r->failed) return -1;
    int c = xtp_jr_peek(r);
    if (c == ']') {
        r->pos++;
        r->depth--;
        return 0;
    }
    if (*count > 0) {
        if (c != ',') {
            xtp_jr_expected(r, "',' or ']'");
            return -1;
        }
        r->pos++;
        if (xtp_jr_peek(r) == ']') {
            xtp_jr_expected(r, "a value");
            return -1;
        }
    }
    (*count)++;
    return 1;
}

/* Scans a number, checking the JSON grammar; returns its span and whether it has a fraction or an exponent. */
static inline bool xtp_jr_number_span_(xtp_json_reader *r, const char *what, size_t *start, size_t *end,
        bool *integral) {
    int c = xtp_jr_peek(r);
    if (c != '-' && (c < '0' || c > '9')) return xtp_jr_expected(r, what);
    const uint8_t *s = r->src;
    size_t i = r->pos, n = r->len;
    *start = i;
    *integral = true;
    if (s[i] == '-') i++;
    if (i >= n || s[i] < '0' || s[i] > '9') return xtp_jr_fail_at(r, *start, "invalid number");
    if (s[i] == '0') {
        i++;
    } else {
        while (i < n && s[i] >= '0' && s[i] <= '9') i++;
    }
    if (i < n && s[i] == '.') {
        *integral = false;
        i++;
        if (i >= n || s[i] < '0' || s[i] > '9') return xtp_jr_fail_at(r, *start, "invalid number");
        while (i < n && s[i] >= '0' && s[i] <= '9') i++;
    }
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        *integral = false;
        i++;
        if (i < n && (s[i] == '+' || s[i] == '-')) i++;
        if (i >= n || s[i] < '0' || s[i] > '9') return xtp_jr_fail_at(r, *start, "invalid number");
        while (i < n && s[i] >= '0' && s[i] <= '9') i++;
    }
    r->pos = i;
    if (!xtp_jr_delimited_(r, "number")) return false;
    *end = i;
    return true;
}

/* Reads an integer within [min, max] (for the formats up to int64). type names the format in messages. */
static inline bool xtp_jr_signed_(xtp_json_reader *r, int64_t *out, int64_t min, int64_t max, const char *type) {
    if (r->failed) return false;
    char what[40];
    xtp_format(what, sizeof what, "an integer (%s)", type);
    size_t start, end;
    bool integral;
    if (!xtp_jr_number_span_(r, what, &start, &end, &integral)) return false;
    if (!integral) return xtp_jr_fail_at(r, start, "expected %s, found a number with a fraction or exponent", what);
    const uint8_t *s = r->src;
    bool negative = s[start] == '-';
    uint64_t v = 0, limit = negative ? (uint64_t)0 - (uint64_t)min : (uint64_t)max;
    for (size_t i = start + (negative ? 1 : 0); i < end; i++) {
        uint64_t digit = (uint64_t)(s[i] - '0');
        if (v > (UINT64_MAX - digit) / 10u || v * 10u + digit > limit) {
            return xtp_jr_fail_at(r, start, "%.*s is out of range for %s (%lld..%lld)", (int)(end - start > 40 ? 40
                    : end - start), (const char *)s + start, type, (long long)min, (long long)max);
        }
        v = v * 10u + digit;
    }
    *out = negative ? (int64_t)((uint64_t)0 - v) : (int64_t)v;
    return true;
}

/* Reads an unsigned integer within [0, max]. */
static inline bool xtp_jr_unsigned_(xtp_json_reader *r, uint64_t *out, uint64_t max, const char *type) {
    if (r->failed) return false;
    char what[40];
    xtp_format(what, sizeof what, "an integer (%s)", type);
    size_t start, end;
    bool integral;
    if (!xtp_jr_number_span_(r, what, &start, &end, &integral)) return false;
    if (!integral) return xtp_jr_fail_at(r, start, "expected %s, found a number with a fraction or exponent", what);
    const uint8_t *s = r->src;
    bool negative = s[start] == '-';
    uint64_t v = 0;
    for (size_t i = start + (negative ? 1 : 0); i < end; i++) {
        uint64_t digit = (uint64_t)(s[i] - '0');
        if (v > (UINT64_MAX - digit) / 10u || v * 10u + digit > max || (negative && v * 10u + digit != 0)) {
            return xtp_jr_fail_at(r, start, "%.*s is out of range for %s (0..%llu)", (int)(end - start > 40 ? 40
                    : end - start), (const char *)s + start, type, (unsigned long long)max);
        }
        v = v * 10u + digit;
    }
    *out = v;
    return true;
}

static inline bool xtp_jr_int8(xtp_json_reader *r, int8_t *out) {
    int64_t v;
    if (!xtp_jr_signed_(r, &v, INT8_MIN, INT8_MAX, "int8")) return false;
    *out = (int8_t)v;
    return true;
}
static inline bool xtp_jr_int16(xtp_json_reader *r, int16_t *out) {
    int64_t v;
    if (!xtp_jr_signed_(r, &v, INT16_MIN, INT16_MAX, "int16")) return false;
    *out = (int16_t)v;
    return true;
}
static inline bool xtp_jr_int32(xtp_json_reader *r, int32_t *out) {
    int64_t v;
    if (!xtp_jr_signed_(r, &v, INT32_MIN, INT32_MAX, "int32")) return false;
    *out = (int32_t)v;
    return true;
}
static inline bool xtp_jr_int64(xtp_json_reader *r, int64_t *out) {
    return xtp_jr_signed_(r, out, INT64_MIN, INT64_MAX, "int64");
}
static inline bool xtp_jr_uint8(xtp_json_reader *r, uint8_t *out) {
    uint64_t v;
    if (!xtp_jr_unsigned_(r, &v, UINT8_MAX, "uint8")) return false;
    *out = (uint8_t)v;
    return true;
}
static inline bool xtp_jr_uint16(xtp_json_reader *r, uint16_t *out) {
    uint64_t v;
    if (!xtp_jr_unsigned_(r, &v, UINT16_MAX, "uint16")) return false;
    *out = (uint16_t)v;
    return true;
}
static inline bool xtp_jr_uint32(xtp_json_reader *r, uint32_t *out) {
    uint64_t v;
    if (!xtp_jr_unsigned_(r, &v, UINT32_MAX, "uint32")) return false;
    *out = (uint32_t)v;
    return true;
}
static inline bool xtp_jr_uint64(xtp_json_reader *r, uint64_t *out) {
    return xtp_jr_unsigned_(r, out, UINT64_MAX, "uint64");
}

/* Reads a number as a double (any JSON number; out-of-range magnitudes are an error, tiny ones become 0). */
static inline bool xtp_jr_double(xtp_json_reader *r, double *out) {
    if (r->failed) return false;
    size_t start, end;
    bool integral;
    if (!xtp_jr_number_span_(r, "a number (double)", &start, &end, &integral)) return false;
    size_t n = end - start;
    char small[64];
    char *text = n < sizeof small ? small : (char *)xtp_call_alloc(n + 1);
    if (text == NULL) return xtp_jr_fail(r, "out of memory");
    memcpy(text, r->src + start, n);
    text[n] = 0;
    double v = strtod(text, NULL);
    if (!__builtin_isfinite(v)) return xtp_jr_fail_at(r, start, "the number is out of range for double");
    *out = v;
    return true;
}

/* Reads a number as a float (rounded to the nearest float; out-of-range magnitudes are an error). */
static inline bool xtp_jr_float(xtp_json_reader *r, float *out) {
    if (r->failed) return false;
    size_t start, end;
    bool integral;
    if (!xtp_jr_number_span_(r, "a number (float)", &start, &end, &integral)) return false;
    size_t n = end - start;
    char small[64];
    char *text = n < sizeof small ? small : (char *)xtp_call_alloc(n + 1);
    if (text == NULL) return xtp_jr_fail(r, "out of memory");
    memcpy(text, r->src + start, n);
    text[n] = 0;
    float v = strtof(text, NULL);
    if (!__builtin_isfinite(v)) return xtp_jr_fail_at(r, start, "the number is out of range for float");
    *out = v;
    return true;
}

static inline bool xtp_jr_bool(xtp_json_reader *r, bool *out) {
    if (r->failed) return false;
    int c = xtp_jr_peek(r);
    if (c == 't') {
        if (!xtp_jr_literal_(r, "true")) return false;
        *out = true;
        return true;
    }
    if (c == 'f') {
        if (!xtp_jr_literal_(r, "false")) return false;
        *out = false;
        return true;
    }
    return xtp_jr_expected(r, "a boolean");
}

/* Reads a buffer: a string holding standard base64. */
static inline bool xtp_jr_buffer(xtp_json_reader *r, xtp_buffer *out) {
    if (r->failed) return false;
    if (xtp_jr_peek(r) != '"') return xtp_jr_expected(r, "a base64 string (buffer)");
    size_t start = r->pos;
    xtp_string text;
    if (!xtp_jr_string(r, &text)) return false;
    uint8_t *bytes = (uint8_t *)xtp_call_alloc(text.len / 4 * 3 + 3);
    if (bytes == NULL) return xtp_jr_fail(r, "out of memory");
    size_t n, bad;
    if (!xtp_base64_decode(text.data, text.len, bytes, &n, &bad)) {
        if (bad == text.len) return xtp_jr_fail_at(r, start, "invalid base64: the length %zu is impossible", text.len);
        return xtp_jr_fail_at(r, start, "invalid base64: unexpected character at offset %zu of the string", bad);
    }
    out->data = bytes;
    out->len = n;
    return true;
}

/* Reads a date-time: a string holding an RFC 3339 date-time. */
static inline bool xtp_jr_datetime(xtp_json_reader *r, xtp_datetime *out) {
    if (r->failed) return false;
    if (xtp_jr_peek(r) != '"') return xtp_jr_expected(r, "a date-time string");
    size_t start = r->pos;
    xtp_string text;
    if (!xtp_jr_string(r, &text)) return false;
    const char *problem;
    if (!xtp_datetime_parse(text.data, text.len, out, &problem)) {
        return xtp_jr_fail_at(r, start, "invalid date-time \"%.*s\": %s", (int)(text.len > 40 ? 40 : text.len),
                text.data, problem);
    }
    return true;
}

/* Skips any value, validating it completely (the nesting depth is limited). */
static inline bool xtp_jr_skip(xtp_json_reader *r) {
    if (r->failed) return false;
    int c = xtp_jr_peek(r);
    if (c == '{') {
        if (!xtp_jr_begin_object(r)) return false;
        size_t count = 0;
        int m;
        while ((m = xtp_jr_member(r, &count, NULL)) > 0) {
            if (!xtp_jr_skip(r)) return false;
        }
        return m == 0;
    }
    if (c == '[') {
        if (!xtp_jr_begin_array(r)) return false;
        size_t count = 0;
        int m;
        while ((m = xtp_jr_item(r, &count)) > 0) {
            if (!xtp_jr_skip(r)) return false;
        }
        return m == 0;
    }
    if (c == '"') {
        size_t end, n;
        bool escaped;
        if (!xtp_jr_scan_string_(r, &end, &n, &escaped)) return false;
        r->pos = end;
        return true;
    }
    if (c == 't') return xtp_jr_literal_(r, "true");
    if (c == 'f') return xtp_jr_literal_(r, "false");
    if (c == 'n') return xtp_jr_literal_(r, "null");
    size_t start, end;
    bool integral;
    return xtp_jr_number_span_(r, "a value", &start, &end, &integral);
}

/* Reads a free-form object: validates it and keeps its text exactly (in call memory, NUL-terminated). */
static inline bool xtp_jr_json(xtp_json_reader *r, xtp_json *out) {
    if (r->failed) return false;
    if (xtp_jr_peek(r) != '{') return xtp_jr_expected(r, "an object");
    size_t start = r->pos;
    if (!xtp_jr_skip(r)) return false;
    xtp_string copy = xtp_str_copy((const char *)r->src + start, r->pos - start);
    if (copy.data == NULL) return xtp_jr_fail(r, "out of memory");
    out->data = copy.data;
    out->len = copy.len;
    return true;
}

/* Makes room for one more item in a growing array (call memory). */
static inline bool xtp_jr_grow(xtp_json_reader *r, void **items, size_t *cap, size_t len, size_t size) {
    if (len < *cap) return true;
    if (size == 0 || *cap > SIZE_MAX / 2 / size) return xtp_jr_fail(r, "out of memory");
    size_t next = *cap == 0 ? 8 : *cap * 2;
    void *bigger = xtp_call_array(next, size);
    if (bigger == NULL) return xtp_jr_fail(r, "out of memory");
    if (len != 0) memcpy(bigger, *items, len * size);
    *items = bigger;
    *cap = next;
    return true;
}

/* Sets the call's error to "<context>: <the reader's error>" and returns -1. */
static inline int32_t xtp_jr_fail_call(const xtp_json_reader *r, const char *context) {
    return xtp_failf("%s: %s", context, r->failed ? r->error : "invalid JSON");
}

/* ------------------------------------------------------------------------------------------------------------ */
/* 6. JSON writer                                                                                                 */
/* ------------------------------------------------------------------------------------------------------------ */

/* A growable output buffer (malloc'd; release it with xtp_jw_free). All functions return false after the
 * first error, whose message is in error. */
typedef struct xtp_json_writer {
    uint8_t *data;
    size_t len;
    size_t cap;
    bool failed;
    xtp_json_path path;
    char error[XTP_JSON_ERROR_MAX_];
} xtp_json_writer;

static inline void xtp_jw_init(xtp_json_writer *w) {
    w->data = NULL;
    w->len = 0;
    w->cap = 0;
    w->failed = false;
    w->path.len = 0;
    w->error[0] = 0;
}

static inline void xtp_jw_free(xtp_json_writer *w) {
    free(w->data);
    w->data = NULL;
    w->len = 0;
    w->cap = 0;
}

/* Records an error (the first wins) and returns false. */
__attribute__((format(printf, 2, 3))) static inline bool xtp_jw_fail(xtp_json_writer *w, const char *fmt, ...) {
    if (w->failed) return false;
    w->failed = true;
    char message[200];
    va_list ap;
    va_start(ap, fmt);
    xtp_vformat(message, sizeof message, fmt, ap);
    va_end(ap);
    char pointer[100];
    xtp_path_format(&w->path, pointer, sizeof pointer);
    if (pointer[0] != 0) {
        xtp_format(w->error, sizeof w->error, "%s at %s", message, pointer);
    } else {
        xtp_format(w->error, sizeof w->error, "%s", message);
    }
    return false;
}

static inline void xtp_jw_push_key(xtp_json_writer *w, const char *key, size_t len) {
    xtp_path_push_key(&w->path, key, len);
}
static inline void xtp_jw_push_index(xtp_json_writer *w, size_t index) { xtp_path_push_index(&w->path, index); }
static inline void xtp_jw_pop(xtp_json_writer *w) { xtp_path_pop(&w->path); }

static inline bool xtp_jw_reserve_(xtp_json_writer *w, size_t n) {
    if (w->failed) return false;
    if (w->cap - w->len >= n) return true;
    if (n > SIZE_MAX / 4 - w->len) return xtp_jw_fail(w, "out of memory");
    size_t next = w->cap < 256 ? 256 : w->cap * 2;
    if (next < w->len + n) next = w->len + n;
    uint8_t *bigger = (uint8_t *)realloc(w->data, next);
    if (bigger == NULL) return xtp_jw_fail(w, "out of memory");
    w->data = bigger;
    w->cap = next;
    return true;
}

/* Appends bytes as they are. */
static inline bool xtp_jw_raw(xtp_json_writer *w, const void *p, size_t n) {
    if (!xtp_jw_reserve_(w, n)) return false;
    if (n != 0) memcpy(w->data + w->len, p, n);
    w->len += n;
    return true;
}

/* Appends a NUL-terminated literal (JSON punctuation, member names). */
static inline bool xtp_jw_lit(xtp_json_writer *w, const char *s) { return xtp_jw_raw(w, s, strlen(s)); }

/* Writes the separator before a member (',' unless it is the first) and the member name (a quoted literal with
 * the colon, e.g. "\"name\":"). *count starts at 0. */
static inline bool xtp_jw_member(xtp_json_writer *w, size_t *count, const char *quoted_name_colon) {
    if (*count > 0 && !xtp_jw_raw(w, ",", 1)) return false;
    (*count)++;
    return xtp_jw_lit(w, quoted_name_colon);
}

/* Writes the separator before an array item. */
static inline bool xtp_jw_comma(xtp_json_writer *w, size_t index) { return index == 0 || xtp_jw_raw(w, ",", 1); }

static inline bool xtp_jw_null(xtp_json_writer *w) { return xtp_jw_raw(w, "null", 4); }

/* Writes text as a JSON string; fails when it is not valid UTF-8. */
static inline bool xtp_jw_text_(xtp_json_writer *w, const char *text, size_t n) {
    static const char hex[] = "0123456789abcdef";
    const uint8_t *s = (const uint8_t *)text;
    if (n != 0 && s == NULL) return xtp_jw_fail(w, "a string has a length but no data");
    if (!xtp_jw_reserve_(w, n + 2)) return false;
    w->data[w->len++] = '"';
    size_t i = 0;
    while (i < n) {
        uint8_t c = s[i];
        if (c >= 0x80) {
            size_t k = xtp_utf8_seq_len(s + i, n - i);
            if (k == 0) return xtp_jw_fail(w, "a string is not valid UTF-8 (byte %zu)", i);
            if (!xtp_jw_raw(w, s + i, k)) return false;
            i += k;
            continue;
        }
        if (c == '"' || c == '\\') {
            char esc[2] = {'\\', (char)c};
            if (!xtp_jw_raw(w, esc, 2)) return false;
        } else if (c < 0x20) {
            char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            const char *shortform = c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\t' ? "\\t" : c == '\b' ? "\\b"
                    : c == '\f' ? "\\f" : NULL;
            if (!(shortform != NULL ? xtp_jw_raw(w, shortform, 2) : xtp_jw_raw(w, esc, 6))) return false;
        } else {
            if (!xtp_jw_raw(w, &c, 1)) return false;
        }
        i++;
    }
    return xtp_jw_raw(w, "\"", 1);
}

static inline bool xtp_jw_string(xtp_json_writer *w, const xtp_string *v) { return xtp_jw_text_(w, v->data, v->len); }

static inline bool xtp_jw_bool(xtp_json_writer *w, const bool *v) {
    return *v ? xtp_jw_raw(w, "true", 4) : xtp_jw_raw(w, "false", 5);
}

static inline bool xtp_jw_i64_(xtp_json_writer *w, int64_t v) {
    char digits[21];
    return xtp_jw_raw(w, digits, xtp_fmt_i64(digits, v));
}
static inline bool xtp_jw_u64_(xtp_json_writer *w, uint64_t v) {
    char digits[20];
    return xtp_jw_raw(w, digits, xtp_fmt_u64(digits, v));
}
static inline bool xtp_jw_int8(xtp_json_writer *w, const int8_t *v) { return xtp_jw_i64_(w, *v); }
static inline bool xtp_jw_int16(xtp_json_writer *w, const int16_t *v) { return xtp_jw_i64_(w, *v); }
static inline bool xtp_jw_int32(xtp_json_writer *w, const int32_t *v) { return xtp_jw_i64_(w, *v); }
static inline bool xtp_jw_int64(xtp_json_writer *w, const int64_t *v) { return xtp_jw_i64_(w, *v); }
static inline bool xtp_jw_uint8(xtp_json_writer *w, const uint8_t *v) { return xtp_jw_u64_(w, *v); }
static inline bool xtp_jw_uint16(xtp_json_writer *w, const uint16_t *v) { return xtp_jw_u64_(w, *v); }
static inline bool xtp_jw_uint32(xtp_json_writer *w, const uint32_t *v) { return xtp_jw_u64_(w, *v); }
static inline bool xtp_jw_uint64(xtp_json_writer *w, const uint64_t *v) { return xtp_jw_u64_(w, *v); }

static inline bool xtp_jw_double(xtp_json_writer *w, const double *v) {
    char text[40];
    size_t n = xtp_fmt_double(text, *v);
    if (n == 0) return xtp_jw_fail(w, "%s cannot be written as JSON", *v != *v ? "NaN" : "an infinite number");
    return xtp_jw_raw(w, text, n);
}

static inline bool xtp_jw_float(xtp_json_writer *w, const float *v) {
    char text[40];
    size_t n = xtp_fmt_float(text, *v);
    if (n == 0) return xtp_jw_fail(w, "%s cannot be written as JSON", *v != *v ? "NaN" : "an infinite number");
    return xtp_jw_raw(w, text, n);
}

/* Writes a buffer as a base64 string. */
static inline bool xtp_jw_buffer(xtp_json_writer *w, const xtp_buffer *v) {
    if (v->len != 0 && v->data == NULL) return xtp_jw_fail(w, "a buffer has a length but no data");
    size_t n = xtp_base64_encoded_len(v->len);
    if (v->len > SIZE_MAX / 2 || !xtp_jw_reserve_(w, n + 2)) return xtp_jw_fail(w, "out of memory");
    w->data[w->len++] = '"';
    xtp_base64_encode(v->data, v->len, (char *)w->data + w->len);
    w->len += n;
    w->data[w->len++] = '"';
    return true;
}

/* Writes a date-time as an RFC 3339 string. */
static inline bool xtp_jw_datetime(xtp_json_writer *w, const xtp_datetime *v) {
    char text[44];
    text[0] = '"';
    size_t n = xtp_datetime_format(v, text + 1);
    if (n == 0) return xtp_jw_fail(w, "the date-time (epoch_ms %lld) cannot be written as RFC 3339",
            (long long)v->epoch_ms);
    text[n + 1] = '"';
    return xtp_jw_raw(w, text, n + 2);
}

/* Writes a free-form object: checks that the text is exactly one JSON object, then copies it. */
static inline bool xtp_jw_json(xtp_json_writer *w, const xtp_json *v) {
    if (v->len == 0) return xtp_jw_raw(w, "{}", 2);
    if (v->data == NULL) return xtp_jw_fail(w, "a free-form object has a length but no data");
    xtp_json_reader check;
    xtp_jr_init(&check, v->data, v->len);
    if (xtp_jr_peek(&check) != '{') return xtp_jw_fail(w, "a free-form object's text is not a JSON object");
    if (!xtp_jr_skip(&check) || !xtp_jr_end(&check)) {
        return xtp_jw_fail(w, "a free-form object's text is not valid JSON (%s)", check.error);
    }
    return xtp_jw_raw(w, v->data, v->len);
}

/* Sets the call's error to "<context>: <the writer's error>", frees the writer and returns -1. */
static inline int32_t xtp_jw_fail_call(xtp_json_writer *w, const char *context) {
    int32_t rc = xtp_failf("%s: %s", context, w->failed ? w->error : "cannot write JSON");
    xtp_jw_free(w);
    return rc;
}

#ifdef __cplusplus
}
#endif

#endif /* XTP4J_BINDINGS_H */
