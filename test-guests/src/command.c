/*
 * command.c - test guest for a WASI command built with wasi-libc (_start runs main).
 *
 * What a host following the Extism reference runtime must observe (see test-guests/README.md):
 *   - _start is never run automatically, so main_ran reports {"main_runs":0,"var_main_runs":null} until the caller
 *     calls _start explicitly;
 *   - calling _start runs main: it prints "command main ran" to stdout (WASI fd 1), increments the global counter
 *     and the var "main_runs", sets the Extism output "main ran", and then
 *       * without config key exit_code: returns 0 from main, so _start returns without proc_exit (rc 0),
 *       * with exit_code = n: calls proc_exit(n) (n = 0 is a success, n != 0 a failure with rc n),
 *       * with an exit_code that is not an integer: sets an error and exits with 1;
 *   - after a _start call the reference runtime recreates the instance and the vars before the next call, so a
 *     later main_ran reports zero runs again.
 */
#include <stdio.h>
#include <stdlib.h>

#include "guest-util.h"

static uint32_t main_runs = 0;

static uint32_t read_u32_var(const char *key, bool *present) {
    size_t n;
    uint8_t *bytes = xtp_var(key, &n);
    *present = bytes != NULL && n == 4;
    uint32_t v = *present ? (uint32_t)bytes[0] | (uint32_t)bytes[1] << 8 | (uint32_t)bytes[2] << 16 |
                                (uint32_t)bytes[3] << 24
                          : 0;
    xtp_mem_free(bytes);
    return v;
}

int main(void) {
    main_runs++;
    fputs("command main ran\n", stdout);
    fflush(stdout);

    bool present;
    uint32_t runs = read_u32_var("main_runs", &present) + 1;
    uint8_t le[4] = {(uint8_t)runs, (uint8_t)(runs >> 8), (uint8_t)(runs >> 16), (uint8_t)(runs >> 24)};
    xtp_var_set("main_runs", le, 4);
    xtp_output_str("main ran");

    size_t n;
    uint8_t *code = xtp_config("exit_code", &n);
    if (code == NULL) return 0;
    int64_t value;
    if (!xtp_parse_i64(code, n, &value) || value < 0 || value > 255) {
        xtp_error("config exit_code is not an integer in 0..255");
        return 1;
    }
    exit((int)value); /* proc_exit(value), also for 0 */
}

/* Reports whether main has run in this instance: {"main_runs":<global counter>,"var_main_runs":<var or null>}. */
XTP_EXPORT(main_ran) {
    bool present;
    uint32_t var_runs = read_u32_var("main_runs", &present);
    text_builder tb = tb_new(96);
    tb_str(&tb, "{\"main_runs\":");
    tb_u64(&tb, main_runs);
    tb_str(&tb, ",\"var_main_runs\":");
    if (present) {
        tb_u64(&tb, var_runs);
    } else {
        tb_str(&tb, "null");
    }
    tb_char(&tb, '}');
    tb_output(&tb);
    xtp_mem_free(tb.buf);
    return 0;
}
