/*
 * plugin.c - the exports of kitchen-sink.
 *
 * This file is yours: it was written once, when the project was created, and is never overwritten.
 * The prototypes it implements, and the typed host functions it can call, are in pdk.gen.h.
 *
 * The xtp4j sample plugin: every export of sample-plugins/kitchen-sink.yaml, written so that a caller can check
 * that each value was decoded, handled and encoded (see the descriptions in the schema). Memory for outputs comes
 * from xtp_call_alloc and is released after the output has been encoded.
 */
#include "pdk.gen.h"

#define DAY_MS INT64_C(86400000)
#define HOUR_MS INT64_C(3600000)

/* A copy of s with ASCII letters upper-cased, in call memory. */
static xtp_string upper_ascii(xtp_string s) {
    char *p = (char *)xtp_call_alloc(s.len + 1);
    if (p == NULL) return xtp_str_n(NULL, 0);
    for (size_t i = 0; i < s.len; i++) {
        char c = s.data[i];
        p[i] = c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c;
    }
    return xtp_str_n(p, s.len);
}

/* A reversed copy of b, in call memory. */
static xtp_buffer reversed(xtp_buffer b) {
    uint8_t *p = (uint8_t *)xtp_call_alloc(b.len);
    if (p == NULL) return xtp_buf(NULL, 0);
    for (size_t i = 0; i < b.len; i++) p[i] = b.data[b.len - 1 - i];
    return xtp_buf(p, b.len);
}

int32_t impl_echoEverything(const Everything *input, Everything *output) {
    *output = *input;
    return 0;
}

int32_t impl_transformScalars(const Scalars *input, Scalars *output) {
    *output = *input;
    output->aString = upper_ascii(input->aString);
    output->aBuffer = reversed(input->aBuffer);
    if (output->aString.data == NULL || (input->aBuffer.len != 0 && output->aBuffer.data == NULL)) {
        return xtp_fail("out of memory");
    }
    output->aDateTime.epoch_ms += DAY_MS;
    output->aBoolean = !input->aBoolean;
    /* Increment with wrap-around: unsigned arithmetic, then back to the signed type. */
    output->anInt8 = (int8_t)(uint8_t)((uint8_t)input->anInt8 + 1u);
    output->aUint8 = (uint8_t)(input->aUint8 + 1u);
    output->anInt16 = (int16_t)(uint16_t)((uint16_t)input->anInt16 + 1u);
    output->aUint16 = (uint16_t)(input->aUint16 + 1u);
    output->anInt32 = (int32_t)((uint32_t)input->anInt32 + 1u);
    output->aUint32 = input->aUint32 + 1u;
    output->anInt64 = (int64_t)((uint64_t)input->anInt64 + 1u);
    output->aUint64 = input->aUint64 + 1u;
    output->anInteger = (int64_t)((uint64_t)input->anInteger + 1u);
    output->aFloat = input->aFloat * 2.0f;
    output->aDouble = input->aDouble * 2.0;
    output->aNumber = input->aNumber * 2.0;
    return 0;
}

/* Whether a is a later instant than b. */
static bool later(const xtp_datetime *a, const xtp_datetime *b) {
    return a->epoch_ms > b->epoch_ms || (a->epoch_ms == b->epoch_ms && a->sub_ms_nanos > b->sub_ms_nanos);
}

/* Appends the keys of a map to keys (which has room). */
#define APPEND_KEYS(map, keys)                                                                                    \
    for (size_t i_ = 0; i_ < (map).len; i_++) (keys)->items[(keys)->len++] = (map).entries[i_].key

int32_t impl_summarize(const Collections *input, Summary *output) {
    for (size_t i = 0; i < input->ints.len; i++) output->intSum += input->ints.items[i];
    for (size_t i = 0; i < input->strings.len; i++) output->stringLengths += (int64_t)input->strings.items[i].len;
    output->pointCount = (int32_t)input->points.len;
    for (size_t i = 0; i < input->points.len; i++) {
        if (input->points.items[i].has_label) output->labelledPoints++;
    }
    output->colorNames.items = (xtp_string *)xtp_call_array(input->colors.len, sizeof(xtp_string));
    if (input->colors.len != 0 && output->colorNames.items == NULL) return xtp_fail("out of memory");
    for (size_t i = 0; i < input->colors.len; i++) {
        output->colorNames.items[i] = xtp_str(Color_to_string(input->colors.items[i]));
    }
    output->colorNames.len = input->colors.len;
    for (size_t i = 0; i < input->maybeInts.len; i++) {
        if (!input->maybeInts.items[i].has) output->nullItems++;
    }
    for (size_t i = 0; i < input->grid.len; i++) output->gridCells += (int32_t)input->grid.items[i].len;
    output->has_latest = false;
    for (size_t i = 0; i < input->times.len; i++) {
        if (!output->has_latest || later(&input->times.items[i], &output->latest)) {
            output->latest = input->times.items[i];
            output->has_latest = true;
        }
    }
    for (size_t i = 0; i < input->blobs.len; i++) output->blobBytes += (int64_t)input->blobs.items[i].len;
    for (size_t i = 0; i < input->scores.len; i++) output->scoreTotal += input->scores.entries[i].value;
    size_t key_count = input->scores.len + input->pointsByName.len + input->notes.len + input->palettes.len
            + input->nested.len + input->counters.len;
    output->keys.items = (xtp_string *)xtp_call_array(key_count, sizeof(xtp_string));
    if (key_count != 0 && output->keys.items == NULL) return xtp_fail("out of memory");
    APPEND_KEYS(input->scores, &output->keys);
    APPEND_KEYS(input->pointsByName, &output->keys);
    APPEND_KEYS(input->notes, &output->keys);
    APPEND_KEYS(input->palettes, &output->keys);
    APPEND_KEYS(input->nested, &output->keys);
    APPEND_KEYS(input->counters, &output->keys);
    for (size_t i = 0; i < input->notes.len; i++) {
        if (!input->notes.entries[i].has_value) output->nullNotes++;
    }
    for (size_t i = 0; i < input->nested.len; i++) {
        const bool_map *flags = &input->nested.entries[i].value;
        for (size_t j = 0; j < flags->len; j++) {
            if (flags->entries[j].value) output->trueFlags++;
        }
    }
    for (size_t i = 0; i < input->counters.len; i++) output->counterTotal += input->counters.entries[i].value;
    return 0;
}

/* Allocates n zeroed elements of the given size in call memory; NULL only when n > 0 and memory is exhausted. */
static void *alloc_n(size_t n, size_t size) { return n == 0 ? NULL : xtp_call_array(n, size); }

static const Color COLORS[] = {COLOR_RED, COLOR_GREEN, COLOR_BLUE, COLOR_DARK_RED};

int32_t impl_makeCollections(const int32_t *input, Collections *output) {
    int32_t n = *input;
    if (n < 0 || n > 1000) return xtp_failf("makeCollections: the size must be between 0 and 1000, not %d", (int)n);
    size_t count = (size_t)n;
    Collections *c = output;
    c->ints.items = (int32_t *)alloc_n(count, sizeof(int32_t));
    c->strings.items = (xtp_string *)alloc_n(count, sizeof(xtp_string));
    c->points.items = (Point *)alloc_n(count, sizeof(Point));
    c->colors.items = (Color *)alloc_n(count, sizeof(Color));
    c->maybeInts.items = (int32_opt *)alloc_n(count, sizeof(int32_opt));
    c->grid.items = (int32_array *)alloc_n(count, sizeof(int32_array));
    c->times.items = (xtp_datetime *)alloc_n(count, sizeof(xtp_datetime));
    c->blobs.items = (xtp_buffer *)alloc_n(count, sizeof(xtp_buffer));
    c->scores.entries = (int64_map_entry *)alloc_n(count, sizeof(int64_map_entry));
    c->pointsByName.entries = (Point_map_entry *)alloc_n(count, sizeof(Point_map_entry));
    c->notes.entries = (string_opt_map_entry *)alloc_n(count, sizeof(string_opt_map_entry));
    c->palettes.entries = (Color_array_map_entry *)alloc_n(count, sizeof(Color_array_map_entry));
    c->nested.entries = (bool_map_map_entry *)alloc_n(count, sizeof(bool_map_map_entry));
    c->counters.entries = (int32_map_entry *)alloc_n(count, sizeof(int32_map_entry));
    if (count != 0 && (c->ints.items == NULL || c->strings.items == NULL || c->points.items == NULL
            || c->colors.items == NULL || c->maybeInts.items == NULL || c->grid.items == NULL
            || c->times.items == NULL || c->blobs.items == NULL || c->scores.entries == NULL
            || c->pointsByName.entries == NULL || c->notes.entries == NULL || c->palettes.entries == NULL
            || c->nested.entries == NULL || c->counters.entries == NULL)) {
        return xtp_fail("out of memory");
    }
    for (int32_t i = 0; i < n; i++) {
        size_t k = (size_t)i;
        c->ints.items[k] = i;
        c->strings.items[k] = xtp_str_printf("s%d", (int)i);
        Point p = {.x = i, .y = -i, .has_label = i % 2 == 0, .label = xtp_str_printf("p%d", (int)i)};
        c->points.items[k] = p;
        c->colors.items[k] = COLORS[k % 4];
        c->maybeInts.items[k].has = i % 2 == 0;
        c->maybeInts.items[k].value = i * 10;
        c->grid.items[k].items = (int32_t *)alloc_n(k, sizeof(int32_t));
        for (size_t j = 0; j < k; j++) c->grid.items[k].items[j] = (int32_t)(k * 100 + j);
        c->grid.items[k].len = k;
        c->times.items[k] = xtp_datetime_of_epoch_ms((int64_t)i * DAY_MS);
        uint8_t *bytes = (uint8_t *)alloc_n(k, 1);
        for (size_t j = 0; j < k; j++) bytes[j] = (uint8_t)j;
        c->blobs.items[k] = xtp_buf(bytes, k);
        c->scores.entries[k].key = xtp_str_printf("k%d", (int)i);
        c->scores.entries[k].value = (int64_t)i * 1000;
        c->pointsByName.entries[k].key = xtp_str_printf("p%d", (int)i);
        c->pointsByName.entries[k].value = p;
        c->notes.entries[k].key = xtp_str_printf("n%d", (int)i);
        c->notes.entries[k].has_value = i % 2 == 0;
        c->notes.entries[k].value = xtp_str_printf("note %d", (int)i);
        c->palettes.entries[k].key = xtp_str_printf("pal%d", (int)i);
        c->palettes.entries[k].value.items = (Color *)COLORS;
        c->palettes.entries[k].value.len = k % 4 + 1;
        c->nested.entries[k].key = xtp_str_printf("m%d", (int)i);
        c->nested.entries[k].value.entries = (bool_map_entry *)alloc_n(1, sizeof(bool_map_entry));
        c->nested.entries[k].value.entries[0].key = xtp_str("even");
        c->nested.entries[k].value.entries[0].value = i % 2 == 0;
        c->nested.entries[k].value.len = 1;
        c->counters.entries[k].key = xtp_str_printf("c%d", (int)i);
        c->counters.entries[k].value = i;
        if ((k != 0 && (c->grid.items[k].items == NULL || bytes == NULL))
                || c->nested.entries[k].value.entries == NULL || c->counters.entries[k].key.data == NULL) {
            return xtp_fail("out of memory");
        }
    }
    c->ints.len = c->strings.len = c->points.len = c->colors.len = c->maybeInts.len = c->grid.len = count;
    c->times.len = c->blobs.len = count;
    c->scores.len = c->pointsByName.len = c->notes.len = c->palettes.len = c->nested.len = c->counters.len = count;
    return 0;
}

/* Appends an entry to a map whose entries were allocated with room for it. */
static void put(string_map *map, const char *key, xtp_string value) {
    map->entries[map->len].key = xtp_str(key);
    map->entries[map->len].value = value;
    map->len++;
}

static xtp_string text_or(bool has, xtp_string value, const char *otherwise) {
    return has ? xtp_str_printf("set:%.*s", (int)value.len, value.data) : xtp_str(otherwise);
}

static xtp_string point_text(bool has, const Point *p, const char *otherwise) {
    if (!has) return xtp_str(otherwise);
    if (p->has_label) {
        return xtp_str_printf("set:%d,%d,%.*s", (int)p->x, (int)p->y, (int)p->label.len, p->label.data);
    }
    return xtp_str_printf("set:%d,%d", (int)p->x, (int)p->y);
}

int32_t impl_describeOptionals(const Optionals *input, string_map *output) {
    output->entries = (string_map_entry *)xtp_call_array(8, sizeof(string_map_entry));
    if (output->entries == NULL) return xtp_fail("out of memory");
    put(output, "requiredNullable", text_or(input->has_requiredNullable, input->requiredNullable, "null"));
    put(output, "optionalString", text_or(input->has_optionalString, input->optionalString, "absent"));
    put(output, "optionalNullable", text_or(input->has_optionalNullable, input->optionalNullable, "absent or null"));
    put(output, "optionalPoint", point_text(input->has_optionalPoint, &input->optionalPoint, "absent"));
    put(output, "nullablePoint", point_text(input->has_nullablePoint, &input->nullablePoint, "null"));
    put(output, "optionalColor", input->has_optionalColor
            ? xtp_str_printf("set:%s", Color_to_string(input->optionalColor)) : xtp_str("absent"));
    if (input->has_optionalTime) {
        char text[40];
        size_t len = xtp_datetime_format(&input->optionalTime, text);
        put(output, "optionalTime", xtp_str_printf("set:%.*s", (int)len, text));
    } else {
        put(output, "optionalTime", xtp_str("absent"));
    }
    put(output, "optionalInts", input->has_optionalInts
            ? xtp_str_printf("set:%zu items", input->optionalInts.len) : xtp_str("absent"));
    for (size_t i = 0; i < output->len; i++) {
        if (output->entries[i].value.data == NULL) return xtp_fail("out of memory");
    }
    return 0;
}

int32_t impl_sumInts(const int64_array *input, Count *output) {
    uint64_t sum = 0;
    for (size_t i = 0; i < input->len; i++) sum += (uint64_t)input->items[i];
    *output = (int64_t)sum;
    return 0;
}

int32_t impl_nextColor(const Color *input, Color *output) {
    *output = COLORS[((size_t)*input + 1) % 4];
    return 0;
}

int32_t impl_doubleOrNull(const int32_t *input, int32_t *output, bool *has_output) {
    if (input == NULL) {
        *has_output = false;
        return 0;
    }
    *output = (int32_t)((uint32_t)*input * 2u);
    return 0;
}

int32_t impl_greet(const xtp_string *input, xtp_string *output) {
    *output = xtp_str_printf("Hello, %.*s!", (int)input->len, input->data);
    return output->data != NULL ? 0 : xtp_fail("out of memory");
}

int32_t impl_priorityLabel(const Priority *input, xtp_string *output) {
    *output = upper_ascii(xtp_str(Priority_to_string(*input)));
    return 0;
}

int32_t impl_addHour(const Timestamp *input, Timestamp *output) {
    *output = *input;
    output->epoch_ms += HOUR_MS;
    return 0;
}

int32_t impl_reverseBytes(const xtp_buffer *input, xtp_buffer *output) {
    *output = reversed(*input);
    return input->len == 0 || output->data != NULL ? 0 : xtp_fail("out of memory");
}

int32_t impl_inspectBytes(const xtp_buffer *input, ByteReport *output) {
    output->length = (int32_t)input->len;
    output->copy = *input;
    output->has_first = input->len > 0;
    output->has_last = input->len > 0;
    if (input->len > 0) {
        output->first = input->data[0];
        output->last = input->data[input->len - 1];
    }
    return 0;
}

int32_t impl_remember(const xtp_string *input) {
    xtp_var_set("remembered", input->data, input->len);
    return 0;
}

int32_t impl_recall(xtp_string *output) {
    size_t len;
    uint8_t *value = xtp_var("remembered", &len);
    *output = value != NULL ? xtp_str_copy((const char *)value, len) : xtp_str("");
    if (value != NULL) xtp_mem_free(value);
    return output->data != NULL ? 0 : xtp_fail("out of memory");
}

int32_t impl_reset(void) {
    xtp_var_delete("remembered");
    return 0;
}

int32_t impl_callHost(const HostRequest *input, HostReport *output) {
    if (host_scalePoint(&input->point, &output->scaled) != 0) return -1;
    if (host_currentTime(&output->time) != 0) return -1;
    output->logged = host_logLine(&input->message) == 0;
    host_tick();
    output->ticked = true;
    return 0;
}

int32_t impl_fail(const xtp_string *input, xtp_string *output) {
    (void)output;
    if (xtp_str_eq(*input, "return 7")) return 7; /* no message: the wrapper reports the return code */
    return xtp_failf("%.*s", (int)input->len, input->data);
}
