package io.storyloom.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyloom.support.Api;
import io.storyloom.support.AppTest;
import io.storyloom.support.OnEveryDatabase;
import io.storyloom.support.RawHttp;
import io.storyloom.support.StoryClient;
import io.storyloom.support.Users;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Several hundred malformed or hostile bodies against {@code POST /stories/}: wrong types, huge strings,
 * nested junk, invalid UTF-8, nulls. Every one must get a 4xx problem+json, none a 5xx, and none may
 * leave a story behind. Then {@link HostileTraffic} against every endpoint, with odd headers, query
 * strings and bodies, and requests that are not even valid HTTP: nothing may answer 5xx, and every 4xx
 * is problem+json. Everything is generated from fixed seeds, so a failure can be replayed.
 */
abstract class HostileRequestsContract extends AppTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long SEED = 20261122L;
    private static final long TRAFFIC_SEED = 20261202L;
    private static final int TRAFFIC_REQUESTS = 500;

    @OnEveryDatabase
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

    @OnEveryDatabase
    @Test
    void noRequestToAnyEndpointIsAServerErrorAndEveryRefusalIsAProblem() {
        String storyId = finishedStory();
        long revisionId = api.get("/stories/" + storyId + "/pages/1/revisions").json().get(0).get("revision_id").asLong();
        String shareToken = api.post("/stories/" + storyId + "/share", null).json().get("token").asString();
        var client = new Api(port);
        var fixture = new HostileTraffic.Fixture(token, Users.csrf(client), storyId, revisionId, shareToken);

        List<String> wrong = new ArrayList<>();
        for (var request : new HostileTraffic(TRAFFIC_SEED, fixture).next(TRAFFIC_REQUESTS)) {
            try {
                var response = client.send(request.method(), request.path(), request.body(), request.headerArray());
                String problem = misanswered(request.method(), response.status(), response.header("Content-Type"),
                        response.bytes());
                if (problem != null) {
                    wrong.add(request + " -> " + problem + ": " + response);
                }
            } catch (UncheckedIOException e) {
                wrong.add(request + " -> " + e);
            }
        }
        assertThat(wrong).as("requests answered wrongly").isEmpty();
    }

    @Test
    void knownClientMistakesAreProblemsNamingTheField() {
        String id = finishedStory();
        byte[] story = JSON.writeValueAsBytes(StoryClient.request("Mia", 1));
        var soft = new SoftAssertions();
        expect(soft, "Bearer token asking for a CSRF token", api.get("/account/csrf"), 400, null);
        expect(soft, "wildcard Content-Type", api.sendBytes("/stories/", "POST", story, "application/*"), 415, null);
        expect(soft, "unparsable Content-Type", api.sendBytes("/stories/", "POST", story, ";;;"), 415, null);
        expect(soft, "unknown charset", api.sendBytes("/stories/", "POST", story, "application/json;charset=ebcdic-x"), 415, null);
        expect(soft, "YAML body", api.sendBytes("/stories/", "POST",
                "child: {name: Mia, age: 5}\nidea: A day at sea\n".getBytes(StandardCharsets.UTF_8), "application/yaml"), 415, null);
        expect(soft, "XML body", api.sendBytes("/stories/", "POST",
                "<story><idea>A day at sea</idea></story>".getBytes(StandardCharsets.UTF_8), "application/xml"), 415, null);
        expect(soft, "a form where JSON belongs", api.sendBytes("/stories/" + id + "/pages/1", "PUT",
                "text=%".getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded"), 415, null);
        expect(soft, "Accept YAML", api.get("/stories", "Accept", "application/yaml"), 406, null);
        expect(soft, "Accept XML", api.get("/stories/statuses", "Accept", "application/xml"), 406, null);
        expect(soft, "invalid UTF-8 in a query", api.get("/stories?q=%FF"), 400, "q");
        expect(soft, "invalid UTF-8 in a path", api.get("/stories/%FF"), 400, null);
        expect(soft, "NUL in a path", api.get("/shared/a%00b"), 400, null);
        expect(soft, "NUL in a query", api.get("/stories?q=a%00b"), 400, "q");
        expect(soft, "NUL in the idea", api.postJson("/stories/", with(StoryClient.request("Mia", 1), "idea", "An egg\u0000")),
                400, "idea");
        expect(soft, "NUL in an interest", api.postJson("/stories/", with(StoryClient.request("Mia", 1), "child",
                Map.of("name", "Mia", "age", 5, "interests", List.of("cats\u0000")))), 400, "child.interests[0]");
        expect(soft, "NUL in a page's text", api.put("/stories/" + id + "/pages/1", Api.json(Map.of("text", "Hi\u0000"))),
                400, "text");
        expect(soft, "NUL in an email", api.postJson("/auth/token",
                Map.of("email", "a\u0000@example.com", "password", "whatever it is", "name", "x")), 400, "email");
        expect(soft, "art style by position", api.postJson("/stories/", with(StoryClient.request("Mia", 1), "art_style", 0)),
                400, "art_style");
        expect(soft, "art style by position as text", api.postJson("/stories/",
                with(StoryClient.request("Mia", 1), "art_style", "0")), 400, "art_style");
        expect(soft, "status filter by position", api.get("/stories?status=0"), 400, "status");
        expect(soft, "paper by position", api.get("/stories/" + id + "/export.pdf?paper=0"), 400, "paper");
        expect(soft, "picture width as text", api.get("/stories/" + id + "/pages/1/image?w=wide"), 400, "w");
        expect(soft, "picture width of nothing", api.get("/stories/" + id + "/pages/1/image?w=0"), 400, "w");
        expect(soft, "picture width beyond any screen", api.get("/stories/" + id + "/pages/1/image?w=99999"), 400, "w");
        expect(soft, "/error asked for directly", api.get("/error"), 404, null);
        expect(soft, "TRACE", api.send("TRACE", "/stories", null), 405, null);
        expect(soft, "a method nobody knows", api.send("FOO", "/stories", null), 400, null);
        expect(soft, "a path the firewall refuses", api.get("/stories/a;b"), 400, null);

        var browser = new Api(port);
        browser.header("X-XSRF-TOKEN", Users.csrf(browser));
        expect(soft, "NUL in a sign-in form", browser.form("/account/signin", "email=a%00b&password=whatever+it+is"),
                400, "email");
        expect(soft, "invalid UTF-8 in a sign-in form", browser.form("/account/signin", "email=%FF&password=x"), 400, null);
        expect(soft, "NUL in a sign-up", browser.postJson("/account/signup",
                Map.of("email", "sam@example.com", "password", "a long passphrase", "display_name", "Sam\u0000")),
                400, "display_name");
        soft.assertAll();

        var unparsable = api.get("/stories", "Accept", "garbage");
        assertThat(unparsable.status()).as("an unparsable Accept counts as none: %s", unparsable).isEqualTo(200);
        assertThat(api.get("/stories").json().get("total_items").asInt()).as("nothing was created").isOne();
    }

    @Test
    void requestsThatAreNotValidHttpAreRefusedAsProblems() {
        String bearer = "Authorization: Bearer " + token + "\r\n";
        List<String> requests = List.of(
                "GET /stories/{x} HTTP/1.1\r\nHost: x\r\n",
                "GET /stories?q=a b HTTP/1.1\r\nHost: x\r\n",
                "GET /stories?q=% HTTP/1.1\r\nHost: x\r\n" + bearer,
                "GET /stories?q=%G1 HTTP/1.1\r\nHost: x\r\n" + bearer,
                "GET /stories HTTP/1.1\r\n",
                "GET /stories HTTP/9.9\r\nHost: x\r\n",
                "GET /stories HTTP/1.1\r\nHost: x\r\nBad Header: y\r\n",
                "GET /stories HTTP/1.1\r\nHost: x\r\nX-Pad: " + "p".repeat(10_000) + "\r\n",
                "GET /" + "a".repeat(10_000) + " HTTP/1.1\r\nHost: x\r\n",
                "POST /stories/ HTTP/1.1\r\nHost: x\r\n" + bearer + "Content-Type: application/json\r\nContent-Length: abc\r\n",
                "POST /stories/ HTTP/1.1\r\nHost: x\r\n" + bearer
                        + "Content-Type: application/json\r\nContent-Length: 2\r\nContent-Length: 3\r\n",
                "POST /stories/ HTTP/1.1\r\nHost: x\r\n" + bearer + "Content-Type: application/json\r\nTransfer-Encoding: gzip\r\n");
        List<byte[]> raw = new ArrayList<>();
        requests.forEach(r -> raw.add((r + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1)));
        raw.add(bytes("GET /stories\u00ff HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
        raw.add(bytes("G\u0000T /stories HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
        raw.add(bytes("GET /stories HTTP/1.1\r\nHost: x\r\n" + bearer + "X-Nul: a\u0000b\r\nConnection: close\r\n\r\n"));
        raw.add(bytes("GET /stories HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer slt_\u00c3\u00ff\r\nConnection: close\r\n\r\n"));
        raw.add(bytes("GET /stories HTTP/1.1\r\nHost: x\r\n" + bearer + "Cookie: JSESSIONID=\u00ff; XSRF-TOKEN=\u0000\r\n"
                + "Connection: close\r\n\r\n"));

        List<String> wrong = new ArrayList<>();
        for (byte[] request : raw) {
            var answer = RawHttp.send(port, request);
            String shown = new String(request, 0, Math.min(request.length, 120), StandardCharsets.ISO_8859_1);
            String problem = answer.status() < 400 ? "not refused"
                    : misanswered("GET", answer.status(), answer.header("Content-Type"), answer.body());
            if (problem != null) {
                wrong.add(shown + " -> " + problem + ": " + answer);
            }
        }
        assertThat(wrong).as("requests answered wrongly").isEmpty();
    }

    /**
     * BCrypt reads at most 72 bytes, and 40 accented letters are 80: no sign-up may end in a 5xx. (The move
     * to an encoder that takes long passphrases is made elsewhere; until it lands this fails.)
     */
    @Test
    void aPassphraseOver72BytesIsNoServerError() {
        var browser = new Api(port);
        browser.header("X-XSRF-TOKEN", Users.csrf(browser));
        var response = browser.postJson("/account/signup", Map.of("email", "long-" + UUID.randomUUID() + "@example.com",
                "password", "\u00e9".repeat(40), "display_name", "Sam"));
        assertThat(misanswered("POST", response.status(), response.header("Content-Type"), response.bytes()))
                .as(response.toString()).isNull();
    }

    /** What is wrong with an answer to a hostile request, or null: no 5xx, and every 4xx a problem+json. */
    private static String misanswered(String method, int status, String contentType, byte[] body) {
        if (status >= 500) {
            return "server error";
        }
        if (status < 400) {
            return null;
        }
        if (contentType == null || !contentType.startsWith("application/problem+json")) {
            return "not problem+json";
        }
        if (method.equals("HEAD")) {
            return null;
        }
        try {
            JsonNode problem = JSON.readTree(body);
            return problem.path("status").asInt() == status && !problem.path("title").asString("").isBlank()
                    ? null : "problem without status or title";
        } catch (RuntimeException e) {
            return "problem that is not JSON";
        }
    }

    private static void expect(SoftAssertions soft, String mistake, Api.Response response, int status, String field) {
        soft.assertThat(response.status()).as("%s: %s", mistake, response).isEqualTo(status);
        soft.assertThat(response.header("Content-Type")).as("%s: %s", mistake, response).startsWith("application/problem+json");
        if (field != null && response.header("Content-Type") != null
                && response.header("Content-Type").startsWith("application/problem+json")) {
            soft.assertThat(response.json().path("errors").valueStream().map(e -> e.path("field").asString()).toList())
                    .as("%s: %s", mistake, response).contains(field);
        }
    }

    /** A finished two-page book of this test's account; its pages have revisions (written, drawn). */
    private String finishedStory() {
        String id = stories.create("Mia", 2);
        assertThat(stories.awaitEnd(id).get("status").asString()).isEqualTo("COMPLETE");
        return id;
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        var changed = new LinkedHashMap<>(body);
        changed.put(key, value);
        return changed;
    }

    private static byte[] bytes(String latin1) {
        return latin1.getBytes(StandardCharsets.ISO_8859_1);
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
                b -> b.put("narration", pick(random, List.of(Map.of("voice", "../v1/user"), Map.of("speed", 9),
                        Map.of("speed", 0.1), Map.of("speed", "fast"), Map.of("voice", 12), Map.of("voice", "v".repeat(65)),
                        Map.of("voice", "a b"), "coral", List.of(0.9)))),
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
