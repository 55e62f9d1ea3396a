/*
 * kernel.c - test guest for the extism:host/env kernel and host functions (freestanding).
 *
 * Some exports use the raw xtp_env_* imports on purpose, to exercise one kernel function at a time; others use
 * the PDK helpers. test-guests/README.md lists every export with its expected results.
 */
#include "guest-util.h"

/* Reads a whole block of len bytes starting at kernel address src into a new block, 8 bytes then 1 byte at a
 * time, using only load_u64/load_u8 and store_u64/store_u8. */
static xtp_handle copy_with_loads(xtp_handle src, uint64_t len) {
    xtp_handle dst = xtp_env_alloc(len);
    uint64_t i = 0;
    for (; i + 8 <= len; i += 8) xtp_env_store_u64(dst + i, xtp_env_load_u64(src + i));
    for (; i < len; i++) xtp_env_store_u8(dst + i, xtp_env_load_u8(src + i));
    return dst;
}

/* Echo through the input handle: input_offset() plus load_u64/load_u8, output through alloc + store + output_set. */
XTP_EXPORT(echo) {
    uint64_t len = xtp_env_input_length();
    if (len == 0) return 0;
    xtp_handle out = copy_with_loads(xtp_env_input_offset(), len);
    xtp_env_output_set(out, len);
    return 0;
}

/* Echo through input_load_u64/input_load_u8 (offsets relative to the input). */
XTP_EXPORT(echo_input_load) {
    uint64_t len = xtp_env_input_length();
    if (len == 0) return 0;
    xtp_handle out = xtp_env_alloc(len);
    uint64_t i = 0;
    for (; i + 8 <= len; i += 8) xtp_env_store_u64(out + i, xtp_env_input_load_u64(i));
    for (; i < len; i++) xtp_env_store_u8(out + i, xtp_env_input_load_u8(i));
    xtp_env_output_set(out, len);
    return 0;
}

/* Reports length/length_unsafe of fresh blocks, of handle+1, of 0, of the input handle and of a freed block. */
XTP_EXPORT(length_checks) {
    static const uint64_t sizes[3] = {1, 100, 65536};
    xtp_handle blocks[3];
    for (int i = 0; i < 3; i++) blocks[i] = xtp_env_alloc(sizes[i]);

    text_builder tb = tb_new(512);
    tb_str(&tb, "{\"alloc0\":");
    tb_u64(&tb, xtp_env_alloc(0));
    tb_str(&tb, ",\"length\":[");
    for (int i = 0; i < 3; i++) {
        if (i) tb_char(&tb, ',');
        tb_u64(&tb, xtp_env_length(blocks[i]));
    }
    tb_str(&tb, "],\"length_unsafe\":[");
    for (int i = 0; i < 3; i++) {
        if (i) tb_char(&tb, ',');
        tb_u64(&tb, xtp_env_length_unsafe(blocks[i]));
    }
    tb_str(&tb, "],\"length_plus_1\":[");
    for (int i = 0; i < 3; i++) {
        if (i) tb_char(&tb, ',');
        tb_u64(&tb, xtp_env_length(blocks[i] + 1));
    }
    tb_str(&tb, "],\"length_0\":");
    tb_u64(&tb, xtp_env_length(0));
    tb_str(&tb, ",\"length_unsafe_0\":");
    tb_u64(&tb, xtp_env_length_unsafe(0));
    tb_str(&tb, ",\"input_length\":");
    tb_u64(&tb, xtp_env_input_length());
    tb_str(&tb, ",\"length_input\":");
    tb_u64(&tb, xtp_env_length(xtp_env_input_offset()));
    xtp_env_free(blocks[1]);
    tb_str(&tb, ",\"length_after_free\":");
    tb_u64(&tb, xtp_env_length(blocks[1]));
    tb_str(&tb, "}");
    tb_output(&tb);
    return 0;
}

/* For blocks of 1..7 bytes: an 8-byte load_u64 at offset 0 of the fresh block, then an 8-byte store_u64 of
 * 0x0807060504030201, then a load_u64 again. None of these may trap. Output: for each size, the hex of the bytes
 * that belong to the block, from the second load ({"1":"01","2":"0102",...}). */
XTP_EXPORT(overrun) {
    text_builder tb = tb_new(256);
    tb_char(&tb, '{');
    for (uint64_t size = 1; size <= 7; size++) {
        xtp_handle block = xtp_env_alloc(size);
        (void)xtp_env_load_u64(block);
        xtp_env_store_u64(block, UINT64_C(0x0807060504030201));
        uint64_t word = xtp_env_load_u64(block);
        uint8_t bytes[8];
        __builtin_memcpy(bytes, &word, 8);
        if (size > 1) tb_char(&tb, ',');
        tb_char(&tb, '"');
        tb_u64(&tb, size);
        tb_str(&tb, "\":\"");
        tb_hex(&tb, bytes, (size_t)size);
        tb_char(&tb, '"');
    }
    tb_char(&tb, '}');
    tb_output(&tb);
    return 0;
}

/* output_set with a length shorter than the block: the output is exactly the first 4 bytes, "0123". */
XTP_EXPORT(output_partial) {
    xtp_handle block = xtp_block_str("0123456789");
    xtp_env_output_set(block, 4);
    return 0;
}

/* Sets an error, then clears it with error_set(0), outputs "cleared" and returns 0: the call succeeds. */
XTP_EXPORT(error_cleared) {
    xtp_error("this error is cleared");
    xtp_env_error_set(0);
    xtp_output_str("cleared");
    return 0;
}

/* Frees the input block, then reports input_length before and after: {"before":N,"after":0}. */
XTP_EXPORT(free_input) {
    uint64_t before = xtp_env_input_length();
    xtp_env_free(xtp_env_input_offset());
    uint64_t after = xtp_env_input_length();
    text_builder tb = tb_new(64);
    tb_str(&tb, "{\"before\":");
    tb_u64(&tb, before);
    tb_str(&tb, ",\"after\":");
    tb_u64(&tb, after);
    tb_char(&tb, '}');
    tb_output(&tb);
    return 0;
}

/* Sets the input text as the error message and returns 1. */
XTP_EXPORT(fail_with_error) {
    size_t n;
    uint8_t *msg = xtp_input(&n);
    xtp_error_bytes(msg, n);
    return 1;
}

/* Sets an error but returns 0: the call must still fail. */
XTP_EXPORT(fail_rc0) {
    xtp_error("error with return code 0");
    return 0;
}

/* Returns 7 without setting an error. */
XTP_EXPORT(nonzero) { return 7; }

/* Executes `unreachable`. */
XTP_EXPORT(trap) { __builtin_trap(); }

/* An export of type () -> (). */
XTP_EXPORT_VOID(void_export) { xtp_output_str("void ok"); }

/* Input = config key. Output = its value; error "missing" (return 1) when absent, "empty key" for empty input. */
XTP_EXPORT(config_echo) {
    size_t n;
    uint8_t *key = xtp_input(&n);
    if (n == 0) {
        xtp_error("empty key");
        return 1;
    }
    xtp_handle value = xtp_env_config_get(xtp_block_new(key, n));
    if (value == 0) {
        xtp_error("missing");
        return 1;
    }
    xtp_env_output_set(value, xtp_env_length(value));
    return 0;
}

/* Var "count" holds a little-endian u32; each call increments it and outputs the new value as decimal text. */
XTP_EXPORT(var_counter) {
    size_t n;
    uint8_t *bytes = xtp_var("count", &n);
    uint32_t count = 0;
    if (bytes != NULL) {
        if (n != 4) {
            xtp_error("var count does not hold 4 bytes");
            return 1;
        }
        count = (uint32_t)bytes[0] | (uint32_t)bytes[1] << 8 | (uint32_t)bytes[2] << 16 | (uint32_t)bytes[3] << 24;
    }
    count++;
    uint8_t le[4] = {(uint8_t)count, (uint8_t)(count >> 8), (uint8_t)(count >> 16), (uint8_t)(count >> 24)};
    xtp_var_set("count", le, 4);
    char digits[20];
    xtp_output(digits, xtp_fmt_u64(digits, count));
    return 0;
}

/* Deletes var "count" (var_set with value 0): {"before":<was set>,"after":<is set>}. */
XTP_EXPORT(var_delete) {
    size_t n;
    bool before = xtp_var("count", &n) != NULL;
    xtp_var_delete("count");
    bool after = xtp_var("count", &n) != NULL;
    text_builder tb = tb_new(64);
    tb_str(&tb, "{\"before\":");
    tb_bool(&tb, before);
    tb_str(&tb, ",\"after\":");
    tb_bool(&tb, after);
    tb_char(&tb, '}');
    tb_output(&tb);
    return 0;
}

/* Host functions consume the handles passed to them: reports length() of each argument handle afterwards (all 0).
 * Keys are absent, so the host allocates nothing that could reuse the freed blocks. */
XTP_EXPORT(consumed_handles) {
    xtp_handle config_key = xtp_block_str("no-such-config-key");
    xtp_handle var_get_key = xtp_block_str("no-such-var");
    xtp_handle var_set_key = xtp_block_str("scratch-var");
    xtp_handle var_set_value = xtp_block_str("scratch-value");
    xtp_handle log_message = xtp_block_str("consumed_handles: log message");
    (void)xtp_env_config_get(config_key);
    (void)xtp_env_var_get(var_get_key);
    xtp_env_var_set(var_set_key, var_set_value);
    xtp_env_log_info(log_message);
    text_builder tb = tb_new(256);
    tb_str(&tb, "{\"config_get_key\":");
    tb_u64(&tb, xtp_env_length(config_key));
    tb_str(&tb, ",\"var_get_key\":");
    tb_u64(&tb, xtp_env_length(var_get_key));
    tb_str(&tb, ",\"var_set_key\":");
    tb_u64(&tb, xtp_env_length(var_set_key));
    tb_str(&tb, ",\"var_set_value\":");
    tb_u64(&tb, xtp_env_length(var_set_value));
    tb_str(&tb, ",\"log_message\":");
    tb_u64(&tb, xtp_env_length(log_message));
    tb_char(&tb, '}');
    tb_output(&tb);
    xtp_var_delete("scratch-var");
    return 0;
}

/* Logs "<level> message" once at each level with the raw log_* imports (the host filters), then outputs the value
 * of get_log_level as signed decimal text. */
XTP_EXPORT(log_levels) {
    xtp_env_log_trace(xtp_block_str("trace message"));
    xtp_env_log_debug(xtp_block_str("debug message"));
    xtp_env_log_info(xtp_block_str("info message"));
    xtp_env_log_warn(xtp_block_str("warn message"));
    xtp_env_log_error(xtp_block_str("error message"));
    char digits[21];
    xtp_output(digits, xtp_fmt_i64(digits, xtp_env_get_log_level()));
    return 0;
}

/* Logs "<level> filtered" at each level through the PDK, which skips levels below get_log_level; outputs how
 * many messages were handed to the host, as decimal text. */
XTP_EXPORT(log_filtered) {
    static const char *const messages[5] = {"trace filtered", "debug filtered", "info filtered", "warn filtered",
                                            "error filtered"};
    uint64_t sent = 0;
    for (int level = XTP_LOG_TRACE; level <= XTP_LOG_ERROR; level++) {
        if (xtp_log_enabled((xtp_log_level)level)) sent++;
        xtp_log((xtp_log_level)level, messages[level]);
    }
    char digits[20];
    xtp_output(digits, xtp_fmt_u64(digits, sent));
    return 0;
}

/* Input = N (decimal). Allocates N kernel blocks of 1..256 bytes (size of block i = 1 + (i*37) % 256), checks
 * length() and a first/last byte round trip of each, frees them all in reverse order, and outputs the total
 * number of bytes allocated as decimal text. Errors: "expected a decimal count", "count too large (at most
 * 1000000)", "alloc failed at i", "length mismatch at i", "byte mismatch at i". */
XTP_EXPORT(alloc_many) {
    size_t n;
    uint8_t *text = xtp_input(&n);
    int64_t count;
    if (!xtp_parse_i64(text, n, &count) || count < 0) {
        xtp_error("expected a decimal count");
        return 1;
    }
    if (count > 1000000) {
        xtp_error("count too large (at most 1000000)");
        return 1;
    }
    xtp_handle *blocks = (xtp_handle *)xtp_mem_alloc((size_t)count * sizeof(xtp_handle));
    if (blocks == NULL && count > 0) {
        xtp_error("out of guest memory");
        return 1;
    }
    uint64_t total = 0;
    for (int64_t i = 0; i < count; i++) {
        uint64_t size = 1 + ((uint64_t)i * 37u) % 256u;
        xtp_handle block = xtp_env_alloc(size);
        const char *problem = NULL;
        if (block == 0) {
            problem = "alloc failed at ";
        } else if (xtp_env_length(block) != size) {
            problem = "length mismatch at ";
        } else {
            xtp_env_store_u8(block, (uint32_t)(i & 0xff));
            xtp_env_store_u8(block + size - 1, (uint32_t)((i + 1) & 0xff));
            if (size > 1 && xtp_env_load_u8(block) != (uint32_t)(i & 0xff)) problem = "byte mismatch at ";
            if (xtp_env_load_u8(block + size - 1) != (uint32_t)((i + 1) & 0xff)) problem = "byte mismatch at ";
        }
        if (problem != NULL) {
            text_builder tb = tb_new(64);
            tb_str(&tb, problem);
            tb_i64(&tb, i);
            xtp_error_bytes(tb.buf, tb.len);
            return 1;
        }
        blocks[i] = block;
        total += size;
    }
    for (int64_t i = count - 1; i >= 0; i--) xtp_env_free(blocks[i]);
    char digits[20];
    xtp_output(digits, xtp_fmt_u64(digits, total));
    return 0;
}

/* Calls kernel functions with junk or out-of-range arguments; none of them may trap. Input = comma-separated probe
 * names, or empty for all probes. Output = JSON object, probe name -> results:
 *   length_junk:  length() of 1, 12345, 0xffffffff, 0xffffffffffff, 2^64-1          -> [0,0,0,0,0]
 *   load_far:     [load_u8(0xffffffffffff), load_u64(0xffffffffffff)]                -> [0,0]
 *   store_far:    store_u8/store_u64 at 0xffffffffffff, then a live 4-byte block
 *                 still reads back "live" (1 = intact)                               -> [1]
 *   free_junk:    free() of 0, 12345, 0xffffffffffff, then length() of a live block   -> [4]
 *   input_far:    input_load_u8(len), input_load_u8(2^62), input_load_u64(len),
 *                 input_load_u64(len+100), input_load_u64(2^62) (len = input_length) -> [0,0,0,0,0]
 *   input_short:  input_load_u64(len-7) when len >= 7 (a partial word)               -> [0]
 *   unknown probe names produce an error "unknown probe: <name>". */
static bool probe_selected(const uint8_t *list, size_t n, const char *name) {
    if (n == 0) return true;
    size_t name_len = xtp_strlen(name);
    size_t start = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i == n || list[i] == ',') {
            if (i - start == name_len && __builtin_memcmp(list + start, name, name_len) == 0) return true;
            start = i + 1;
        }
    }
    return false;
}

static bool probe_known(const uint8_t *p, size_t n) {
    static const char *const names[] = {"length_junk", "load_far", "store_far", "free_junk", "input_far",
                                        "input_short"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        size_t len = xtp_strlen(names[i]);
        if (len == n && __builtin_memcmp(p, names[i], n) == 0) return true;
    }
    return false;
}

static void probe_begin(text_builder *tb, bool *first, const char *name) {
    tb_str(tb, *first ? "\"" : ",\"");
    *first = false;
    tb_str(tb, name);
    tb_str(tb, "\":[");
}

XTP_EXPORT(bad_handles) {
    size_t n;
    uint8_t *list = xtp_input(&n);
    size_t start = 0;
    for (size_t i = 0; n > 0 && i <= n; i++) {
        if (i == n || list[i] == ',') {
            if (!probe_known(list + start, i - start)) {
                text_builder tb = tb_new(128);
                tb_str(&tb, "unknown probe: ");
                tb_bytes(&tb, list + start, i - start);
                xtp_error_bytes(tb.buf, tb.len);
                return 1;
            }
            start = i + 1;
        }
    }
    const uint64_t far = UINT64_C(0xffffffffffff);
    const uint64_t huge = UINT64_C(1) << 62;
    text_builder tb = tb_new(512);
    bool first = true;
    tb_char(&tb, '{');
    if (probe_selected(list, n, "length_junk")) {
        static const uint64_t junk[5] = {1, 12345, UINT64_C(0xffffffff), UINT64_C(0xffffffffffff), UINT64_MAX};
        probe_begin(&tb, &first, "length_junk");
        for (int i = 0; i < 5; i++) {
            if (i) tb_char(&tb, ',');
            tb_u64(&tb, xtp_env_length(junk[i]));
        }
        tb_char(&tb, ']');
    }
    if (probe_selected(list, n, "load_far")) {
        probe_begin(&tb, &first, "load_far");
        tb_u64(&tb, xtp_env_load_u8(far));
        tb_char(&tb, ',');
        tb_u64(&tb, xtp_env_load_u64(far));
        tb_char(&tb, ']');
    }
    if (probe_selected(list, n, "store_far")) {
        xtp_handle live = xtp_block_str("live");
        xtp_env_store_u8(far, 1);
        xtp_env_store_u64(far, 1);
        uint8_t back[4];
        xtp_block_read(live, 0, back, 4);
        probe_begin(&tb, &first, "store_far");
        tb_u64(&tb, __builtin_memcmp(back, "live", 4) == 0 ? 1 : 0);
        tb_char(&tb, ']');
    }
    if (probe_selected(list, n, "free_junk")) {
        xtp_handle live = xtp_block_str("live");
        xtp_env_free(0);
        xtp_env_free(12345);
        xtp_env_free(far);
        probe_begin(&tb, &first, "free_junk");
        tb_u64(&tb, xtp_env_length(live));
        tb_char(&tb, ']');
    }
    if (probe_selected(list, n, "input_far")) {
        uint64_t len = xtp_env_input_length();
        probe_begin(&tb, &first, "input_far");
        tb_u64(&tb, xtp_env_input_load_u8(len));
        tb_char(&tb, ',');
        tb_u64(&tb, xtp_env_input_load_u8(huge));
        tb_char(&tb, ',');
        tb_u64(&tb, xtp_env_input_load_u64(len));
        tb_char(&tb, ',');
        tb_u64(&tb, xtp_env_input_load_u64(len + 100));
        tb_char(&tb, ',');
        tb_u64(&tb, xtp_env_input_load_u64(huge));
        tb_char(&tb, ']');
    }
    if (probe_selected(list, n, "input_short")) {
        uint64_t len = xtp_env_input_length();
        probe_begin(&tb, &first, "input_short");
        if (len >= 7) tb_u64(&tb, xtp_env_input_load_u64(len - 7));
        tb_char(&tb, ']');
    }
    tb_char(&tb, '}');
    tb_output(&tb);
    return 0;
}

/* Calls config_get with a handle that was never allocated: the host must trap ("invalid handle"). If the host
 * returns instead, outputs "returned <value>". */
XTP_EXPORT(config_bad_handle) {
    xtp_handle value = xtp_env_config_get(UINT64_C(0xdeadbeef));
    text_builder tb = tb_new(64);
    tb_str(&tb, "returned ");
    tb_u64(&tb, value);
    tb_output(&tb);
    return 0;
}

/* Input = URL. GET request; output = response body. A 0 (empty or absent) body sets the error
 * "http_request returned 0 (status <code>)". A refused host traps in the host. */
XTP_EXPORT(http_get) {
    size_t n;
    uint8_t *url = xtp_input(&n);
    xtp_handle body = xtp_http_get(url, n);
    if (body == 0) {
        text_builder tb = tb_new(64);
        tb_str(&tb, "http_request returned 0 (status ");
        tb_i64(&tb, xtp_http_status());
        tb_char(&tb, ')');
        xtp_error_bytes(tb.buf, tb.len);
        return 1;
    }
    xtp_env_output_set(body, xtp_env_length(body));
    return 0;
}

/* Input = URL. GET request; output = the status code as decimal text (the body is discarded). */
XTP_EXPORT(http_status) {
    size_t n;
    uint8_t *url = xtp_input(&n);
    xtp_handle body = xtp_http_get(url, n);
    if (body != 0) xtp_env_free(body);
    char digits[21];
    xtp_output(digits, xtp_fmt_i64(digits, xtp_http_status()));
    return 0;
}
