package nl.meldtafel.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bytes audit details are hashed from: a change here breaks every chain already written. */
class CanonicalJsonTest {

    @Test
    void writesNestedValuesInTheMapsOwnOrder() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("b", 2L);
        inner.put("a", true);
        Map<String, Object> outer = new LinkedHashMap<>();
        outer.put("kind", "HETERDAAD");
        outer.put("groups", List.of("Wijk Noord", "Wijk Zuid"));
        outer.put("closing", inner);
        outer.put("parent", null);
        outer.put("count", 7);
        outer.put("empty", List.of());

        assertEquals("{\"kind\":\"HETERDAAD\",\"groups\":[\"Wijk Noord\",\"Wijk Zuid\"],\"closing\":{\"b\":2,\"a\":true},"
                + "\"parent\":null,\"count\":7,\"empty\":[]}", CanonicalJson.write(outer));
    }

    @Test
    void escapesQuotesBackslashesAndControlCharactersAndKeepsEverythingElse() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("text", "zei \"stop\" \\ nu\n\tweg\u0001");
        map.put("emoji", "fiets 🚲 é");
        map.put("list", Arrays.asList("a\"b", null));

        assertEquals("{\"text\":\"zei \\\"stop\\\" \\\\ nu\\u000a\\u0009weg\\u0001\",\"emoji\":\"fiets 🚲 é\","
                + "\"list\":[\"a\\\"b\",null]}", CanonicalJson.write(map));
    }

    @Test
    void aLongPlainStringIsWrittenWhole() {
        String text = "x".repeat(10_000);

        assertEquals("{\"t\":\"" + text + "\"}", CanonicalJson.write(Map.of("t", text)));
    }
}
