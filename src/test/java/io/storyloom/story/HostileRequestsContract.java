package io.storyloom.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyloom.support.AppTest;
import io.storyloom.support.StoryClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Several hundred malformed or hostile bodies against {@code POST /stories/}: wrong types, huge strings,
 * nested junk, invalid UTF-8, nulls. Every one must get a 4xx problem+json, none a 5xx, and none may
 * leave a story behind. The bodies are generated from a fixed seed, so a failure can be replayed.
 */
abstract class HostileRequestsContract extends AppTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long SEED = 20261122L;

    @Test
    void malformedAndHostileBodiesAreRefusedWithProblemsAndWriteNothing() {
        List<byte[]> bodies = new ArrayList<>(rawBodies());
        Random random = new Random(SEED);
        List<Consumer<Map<String, Object>>> mutations = mutations(random);
        for (int i = 0; i < 320; i++) {
            Map<String, Object> body = deepCopy(StoryClient.request("Mia", 2));
            int count = 1 + random.nextInt(3);
            for (int m = 0; m < count; m++) {
                mutations.get(random.nextInt(mutations.size())).accept(body);
            }
            bodies.add(JSON.writeValueAsBytes(body));
        }

        for (byte[] body : bodies) {
            var response = api.sendBytes("/stories/", "POST", body, "application/json");
            String shown = new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
            assertThat(response.status()).as("%s -> %s", shown, response).isBetween(400, 499);
            assertThat(response.header("Content-Type")).as(shown).startsWith("application/problem+json");
            JsonNode problem = response.json();
            assertThat(problem.get("status").asInt()).as(shown).isEqualTo(response.status());
            assertThat(problem.get("title").asString()).as(shown).isNotBlank();
        }
        assertThat(api.get("/stories").json().get("total_items").asInt()).isZero();
        assertThat(models.succeeded("STRUCTURED_STORY")).isZero();
    }

    /** Each mutation makes a valid request invalid on its own. */
    private static List<Consumer<Map<String, Object>>> mutations(Random random) {
        List<Object> wrongScalars = List.of("five", true, List.of(), Map.of(), 5.5, -3, "", "\u0000");
        List<Object> junk = List.of(Map.of("a", List.of(Map.of("b", List.of(1, 2, Map.of())))), List.of(List.of(List.of())),
                "x".repeat(5000), Long.MAX_VALUE, -0.0, "\uD83D\uDE00".repeat(100));
        return List.of(
                b -> b.remove("child"),
                b -> b.remove("idea"),
                b -> child(b).remove("name"),
                b -> child(b).remove("age"),
                b -> child(b).put("age", List.of(0, -1, 13, 1000, Integer.MAX_VALUE).get(random.nextInt(5))),
                b -> child(b).put("age", pick(random, wrongScalars.subList(0, 6))),
                b -> child(b).put("age", null),
                b -> b.put("page_count", List.of(0, -5, 13, 99).get(random.nextInt(4))),
                b -> b.put("page_count", pick(random, List.of("many", true, List.of(3), Map.of("n", 3), 2.5))),
                b -> b.put("idea", List.of("", "   ", "ab", "i".repeat(1001 + random.nextInt(20_000))).get(random.nextInt(4))),
                b -> b.put("idea", pick(random, List.of(42, true, List.of("a"), Map.of("text", "egg")))),
                b -> b.put("idea", null),
                b -> child(b).put("name", List.of("", "  ", "n".repeat(61 + random.nextInt(5000)), "Mia\u0000",
                        "Mia\nRoe", "Mia\u0007").get(random.nextInt(6))),
                b -> child(b).put("name", pick(random, List.of(7, false, List.of("Mia"), Map.of("first", "Mia")))),
                b -> b.put("art_style", pick(random, List.of("oil", "WATERCOLOR!", 3, "", List.of("crayon")))),
                b -> b.put("language", pick(random, List.of("english!", "e", "12", "en_US_POSIX_TOO_LONG_TAG", 1,
                        "<script>"))),
                b -> child(b).put("interests", pick(random, List.of("dinosaurs", 3, Map.of("a", "b")))),
                b -> child(b).put("interests", java.util.Collections.nCopies(11 + random.nextInt(50), "cats")),
                b -> child(b).put("interests", List.of(" ", "ok")),
                b -> child(b).put("interests", List.of("i".repeat(41 + random.nextInt(500)))),
                b -> child(b).put("interests", java.util.Arrays.asList("cats", null)),
                b -> child(b).put("interests", List.of(List.of("nested"))),
                b -> b.put("companion", "c".repeat(201 + random.nextInt(3000))),
                b -> b.put("lesson", "l".repeat(201 + random.nextInt(3000))),
                b -> child(b).put("appearance", "a".repeat(301 + random.nextInt(3000))),
                b -> child(b).put("clothing", pick(random, List.of(1, List.of(), Map.of(), "c".repeat(201)))),
                b -> child(b).put("pronouns", pick(random, List.of("p".repeat(31), "she\nher", 3))),
                b -> b.put("child", pick(random, List.of("Mia", 5, List.of("Mia", 5), true))),
                b -> b.put("child", null),
                b -> b.put("idea", "Mia finds a gun and a zombie"),
                b -> {
                    b.put("junk", pick(random, junk));
                    b.remove("idea");
                },
                b -> {
                    child(b).put("junk", pick(random, junk));
                    child(b).put("age", 99);
                });
    }

    /** Bodies that are not JSON, or not the JSON of an object, or at the edges of what a parser takes. */
    private static List<byte[]> rawBodies() {
        List<byte[]> raw = new ArrayList<>();
        for (String text : List.of("", "null", "[]", "\"story\"", "42", "{", "{\"child\":", "}{", "{\"child\":{}}}",
                "{\"child\":{\"name\":\"Mia\",\"age\":5},\"idea\":\"egg\"} trailing", "{'child': 1}",
                "{\"child\":{\"name\":\"Mia\",\"age\":NaN},\"idea\":\"A day at sea\"}",
                "{\"child\":{\"name\":\"Mia\",\"age\":1e400},\"idea\":\"A day at sea\"}",
                "{\"child\":{\"name\":\"Mia\",\"age\":5},\"idea\":\"A day at sea\",\"page_count\":99999999999999999999}",
                "{\"child\":{\"name\":\"Mia\",\"age\":5},\"idea\":\"ok idea\",\"idea\":null}",
                "{\"child\":{\"name\":\"Mia\",\"age\":5,\"age\":\"x\"},\"idea\":\"A day at sea\"}",
                "[".repeat(5000) + "]".repeat(5000),
                "{\"a\":".repeat(3000) + "1" + "}".repeat(3000),
                "\uFEFF{\"child\":null}")) {
            raw.add(text.getBytes(StandardCharsets.UTF_8));
        }
        byte[] prefix = "{\"child\":{\"name\":\"Mi".getBytes(StandardCharsets.UTF_8);
        byte[] suffix = "a\",\"age\":5},\"idea\":\"A day at sea\"}".getBytes(StandardCharsets.UTF_8);
        for (byte[] invalid : List.of(new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xFF, (byte) 0xFE},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0x80})) {
            byte[] body = new byte[prefix.length + invalid.length + suffix.length];
            System.arraycopy(prefix, 0, body, 0, prefix.length);
            System.arraycopy(invalid, 0, body, prefix.length, invalid.length);
            System.arraycopy(suffix, 0, body, prefix.length + invalid.length, suffix.length);
            raw.add(body);
        }
        return raw;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> child(Map<String, Object> body) {
        Object child = body.get("child");
        if (!(child instanceof Map)) {
            child = new HashMap<String, Object>();
            body.put("child", child);
        }
        return (Map<String, Object>) child;
    }

    private static Object pick(Random random, List<?> options) {
        return options.get(random.nextInt(options.size()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deepCopy(Map<String, Object> map) {
        var copy = new LinkedHashMap<String, Object>();
        map.forEach((k, v) -> copy.put(k, v instanceof Map<?, ?> m ? deepCopy((Map<String, Object>) m)
                : v instanceof List<?> l ? new ArrayList<>(l) : v));
        return copy;
    }
}
