package dev.xtp4j.schema.wave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** XTP identifiers to WAVE labels, and the checked two-way name table. */
class LabelMappingTest {

    @ParameterizedTest
    @CsvSource({
        "userName, user-name", "user_name, user-name", "UserName, user-name", "USER_NAME, user-name",
        "HTTPCode, http-code", "getHTTPResponse, get-http-response", "httpCode, http-code",
        "md5Sum, md5-sum", "md5sum, md5sum", "version_2, version-2", "utf8, utf8", "Http2Server, http2-server",
        "HTTP2Server, http2-server", "a, a", "A, a", "ABC, abc", "aB, a-b", "_private, private", "$ref, ref",
        "a__b, a-b", "a$b, a-b", "x_1_y, x-1-y", "none, none", "IPv4, i-pv4", "camelCaseID, camel-case-id"})
    void identifiersBecomeKebabCaseLabels(String identifier, String label) {
        assertEquals(label, WaveLabels.fromXtpIdentifier(identifier));
        assertTrue(WaveLabels.isValid(label));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1abc", "a-b", "a b", "é", "_", "$", "__", "_1", "$2x"})
    void identifiersThatCannotBeMappedAreRejected(String identifier) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WaveLabels.fromXtpIdentifier(identifier));
        assertTrue(e.getMessage().contains(identifier), e.getMessage());
    }

    @Test
    void nameTableIsReversible() {
        WaveNameTable table = WaveNameTable.of(List.of("userName", "HTTPCode", "id", "userName"));
        assertEquals(List.of("userName", "HTTPCode", "id"), table.identifiers());
        assertEquals(List.of("user-name", "http-code", "id"), table.labels());
        assertEquals("http-code", table.toLabel("HTTPCode"));
        assertEquals("HTTPCode", table.toIdentifier("http-code"));
        assertEquals(Optional.empty(), table.findLabel("nope"));
        assertEquals(Optional.of("id"), table.findIdentifier("id"));
        assertEquals("user-name", table.asMap().get("userName"));
        assertEquals(table, WaveNameTable.of(List.of("userName", "HTTPCode", "id")));
        assertThrows(IllegalArgumentException.class, () -> table.toLabel("nope"));
        assertThrows(IllegalArgumentException.class, () -> table.toIdentifier("nope"));
    }

    @Test
    void collisionsAreRejectedNamingBothIdentifiers() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WaveNameTable.of(List.of("id", "user_name", "userName")));
        assertEquals("XTP names \"user_name\" and \"userName\" both map to the WAVE label \"user-name\"; "
                + "rename one of them", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> WaveNameTable.of(List.of("a$b", "a_b")));
        assertThrows(IllegalArgumentException.class, () -> WaveNameTable.of(List.of("ok", "_1")));
    }

    @Test
    void mappedNamesWorkInWaveText() throws WaveParseException {
        // Object properties become record fields, enum values become cases (keywords get % when printed).
        WaveNameTable props = WaveNameTable.of(List.of("userName", "HTTPCode", "none"));
        WaveType.RecordType.Builder builder = WaveType.record();
        props.labels().forEach(label -> builder.field(label, WaveType.U8));
        WaveType.RecordType type = builder.build();
        WaveValue value = Wave.parse("{user-name: 1, http-code: 2, none: 3}", type);
        assertEquals("{user-name: 1, http-code: 2, none: 3}", Wave.print(value));
        WaveNameTable values = WaveNameTable.of(List.of("none", "someValue"));
        WaveType.EnumType e = new WaveType.EnumType(values.labels());
        assertEquals("%none", Wave.print(Wave.parse("%none", e)));
        assertEquals("some-value", Wave.print(Wave.parse("some-value", e)));
    }

    @Test
    void randomIdentifiersMapToValidLabelsOrAreRejectedClearly() {
        Random random = new Random(7);
        String alphabet = "aAbBzZ09_$";
        for (int i = 0; i < 5000; i++) {
            StringBuilder id = new StringBuilder();
            id.append("aZ_$".charAt(random.nextInt(4)));
            for (int n = random.nextInt(8); n > 0; n--) {
                id.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            try {
                String label = WaveLabels.fromXtpIdentifier(id.toString());
                assertTrue(WaveLabels.isValid(label), id + " -> " + label);
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage().contains("first word must start with a letter"), e.getMessage());
            }
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            ids.add("field" + i);
        }
        assertEquals(200, WaveNameTable.of(ids).labels().size());
    }
}
