/* My plugin: init must never overwrite this file. */
#include "pdk.gen.h"

int32_t impl_countVowels(const xtp_string *input, Report *output) {
    for (size_t i = 0; i < input->len; i++) {
        char c = input->data[i];
        if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u') output->count++;
    }
    return 0;
}
