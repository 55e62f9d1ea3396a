/*
 * reactor.c - test guest for a WASI reactor built with wasi-libc (-mexec-model=reactor).
 *
 * The module exports _initialize, which runs the C constructors below. The host must call it exactly once,
 * before the first export call (and must not call it again). State kept in globals and in malloc'd memory must
 * then persist from one call to the next on the same plugin instance.
 */
#include <stdlib.h>
#include <string.h>

#include "guest-util.h"

static int constructor_runs = 0;  /* incremented by the constructor, so 1 after _initialize */
static char *greeting = NULL;     /* malloc'd by the constructor */
static uint64_t calls = 0;        /* incremented by every call of count_calls */
static char *history = NULL;      /* malloc'd/realloc'd: the inputs of all calls, joined by ',' */
static size_t history_len = 0;

__attribute__((constructor)) static void init_state(void) {
    constructor_runs++;
    static const char text[] = "set by a constructor";
    greeting = malloc(sizeof text);
    if (greeting != NULL) memcpy(greeting, text, sizeof text);
}

/* Appends the input to the history and outputs
 * {"constructor_runs":1,"calls":N,"greeting":"set by a constructor","history":"in1,in2,..."}. */
XTP_EXPORT(count_calls) {
    calls++;
    size_t n;
    uint8_t *input = xtp_input(&n);
    char *grown = realloc(history, history_len + n + 1);
    if (grown == NULL) {
        xtp_error("out of guest memory");
        return 1;
    }
    history = grown;
    if (history_len > 0) history[history_len++] = ',';
    memcpy(history + history_len, input, n);
    history_len += n;
    xtp_mem_free(input);

    text_builder tb = tb_new(256 + history_len);
    tb_str(&tb, "{\"constructor_runs\":");
    tb_i64(&tb, constructor_runs);
    tb_str(&tb, ",\"calls\":");
    tb_u64(&tb, calls);
    tb_str(&tb, ",\"greeting\":");
    if (greeting != NULL) {
        tb_char(&tb, '"');
        tb_str(&tb, greeting);
        tb_char(&tb, '"');
    } else {
        tb_str(&tb, "null");
    }
    tb_str(&tb, ",\"history\":\"");
    tb_bytes(&tb, history, history_len);
    tb_str(&tb, "\"}");
    tb_output(&tb);
    xtp_mem_free(tb.buf);
    return 0;
}
