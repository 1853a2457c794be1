package io.storyloom.story;

import io.storyloom.support.StoryClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests a careless or hostile client might send to any endpoint: the right or a wrong method, real
 * and made-up ids, odd query strings, every shape of {@code Authorization}, {@code Content-Type} and
 * {@code Accept}, and bodies that are valid, slightly wrong or not JSON at all. All drawn from one
 * {@link Random}, so a seed gives the same requests every time.
 */
final class HostileTraffic {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What the requests may refer to: a finished story of the signed-in account and its parts. */
    record Fixture(String token, String xsrf, String storyId, long revisionId, String shareToken) {
    }

    /** One request; headers as name, value pairs. */
    record Request(String method, String path, List<String> headers, byte[] body) {

        String[] headerArray() {
            return headers.toArray(String[]::new);
        }

        @Override
        public String toString() {
            var shown = new ArrayList<String>();
            for (int i = 0; i + 1 < headers.size(); i += 2) {
                String value = headers.get(i + 1);
                shown.add(headers.get(i) + ": " + (value.length() > 60 ? value.substring(0, 60) + "…" : value));
            }
            String text = body == null ? "" : new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8);
            String where = path.length() > 200 ? path.substring(0, 200) + "…" : path;
            return method + " " + where + " " + shown + " " + text;
        }
    }

    private enum Body { NONE, STORY, PAGE_TEXT, SIGN_UP, TOKEN_EXCHANGE, NEW_TOKEN, SIGN_IN_FORM }

    private record Endpoint(String method, String path, Body body) {
    }

    /** Every endpoint, each write endpoint with the body it takes; {placeholders} are filled per request. */
    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", "/stories/", Body.STORY),
            new Endpoint("POST", "/stories", Body.STORY),
            new Endpoint("GET", "/stories", Body.NONE),
            new Endpoint("GET", "/stories/statuses", Body.NONE),
            new Endpoint("GET", "/stories/{story}", Body.NONE),
            new Endpoint("GET", "/stories/{story}/status", Body.NONE),
            new Endpoint("GET", "/stories/{story}/history", Body.NONE),
            new Endpoint("GET", "/stories/{other}/events", Body.NONE),
            new Endpoint("GET", "/stories/{story}/reference-image", Body.NONE),
            new Endpoint("GET", "/stories/{story}/pages/{page}/image", Body.NONE),
            new Endpoint("GET", "/stories/{story}/pages/{page}/revisions", Body.NONE),
            new Endpoint("GET", "/stories/{story}/pages/{page}/revisions/{revision}/image", Body.NONE),
            new Endpoint("PUT", "/stories/{story}/pages/{page}", Body.PAGE_TEXT),
            new Endpoint("POST", "/stories/{story}/pages/{page}/revisions/{revision}/restore", Body.NONE),
            new Endpoint("POST", "/stories/{story}/pages/{page}/illustration", Body.NONE),
            new Endpoint("POST", "/stories/{story}/retry", Body.NONE),
            new Endpoint("POST", "/stories/{story}/cancel", Body.NONE),
            new Endpoint("DELETE", "/stories/{other}", Body.NONE),
            new Endpoint("POST", "/stories/{story}/share", Body.NONE),
            new Endpoint("DELETE", "/stories/{story}/share", Body.NONE),
            new Endpoint("GET", "/stories/{story}/export.epub", Body.NONE),
            new Endpoint("GET", "/stories/{story}/narration", Body.NONE),
            new Endpoint("GET", "/stories/{story}/pages/{page}/audio", Body.NONE),
            new Endpoint("GET", "/stories/{other}/export.pdf", Body.NONE),
            new Endpoint("GET", "/shared/{share}", Body.NONE),
            new Endpoint("GET", "/shared/{share}/pages/{page}/image", Body.NONE),
            new Endpoint("GET", "/media/signed", Body.NONE),
            new Endpoint("POST", "/account/signup", Body.SIGN_UP),
            new Endpoint("POST", "/account/signin", Body.SIGN_IN_FORM),
            new Endpoint("POST", "/account/signout", Body.NONE),
            new Endpoint("GET", "/account/me", Body.NONE),
            new Endpoint("GET", "/account/csrf", Body.NONE),
            new Endpoint("GET", "/account/tokens", Body.NONE),
            new Endpoint("POST", "/account/tokens", Body.NEW_TOKEN),
            new Endpoint("DELETE", "/account/tokens/{tokenId}", Body.NONE),
            new Endpoint("POST", "/auth/token", Body.TOKEN_EXCHANGE),
            new Endpoint("GET", "/art-styles", Body.NONE),
            new Endpoint("GET", "/art-styles/{style}/preview.png", Body.NONE),
            new Endpoint("GET", "/error", Body.NONE),
            new Endpoint("GET", "/stories/{story}/unknown/{page}", Body.NONE),
            new Endpoint("GET", "/actuator/health", Body.NONE));

    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS",
            "TRACE", "FOO", "PROPFIND");
    private static final List<String> BAD_IDS = List.of("not-a-uuid", "%FF", "%00", "0", "-1", "%2e%2e", "%3B",
            "00000000-0000-0000-0000-000000000000", "x".repeat(300), "%C3%A9t%C3%A9", "%E2%80%AE", "%20", "a;b",
            "%25", "null", "%5C");
    private static final List<String> BAD_PAGES = List.of("0", "-1", "13", "99999999999", "a", "1.5", "%FF", "%00",
            "1e3", "+1", "%201");
    private static final List<String> BAD_REVISIONS = List.of("0", "-1", "9223372036854775808", "abc", "1.0", "%00");
    private static final List<String> QUERY_NAMES = List.of("status", "q", "page", "size", "paper", "which", "v",
            "unknown", "_csrf", "email", "%FF", "%00", "q%5B%5D", "w", "key", "expires", "signature");
    private static final List<String> QUERY_VALUES = List.of("", "COMPLETE", "GENERATING_PAGE_IMAGE", "complete",
            "0", "%FF", "%00", "a%00b", "%C3", "99999999999999999999", "-1", "0", "2147483648", "1.5",
            "a4", "letter", "A4", "before", "after", "mia", "%F0%9F%98%80", "%3Cscript%3E", "%27%20or%201%3D1%20--",
            "%5C", "%25", "_", "x".repeat(120), "%EF%BF%BD", "%ED%A0%80", "+", "%2B");
    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json;charset=UTF-8",
            "application/*", "*/*", ";;;", "text/plain", "application/yaml", "application/x-yaml", "text/yaml",
            "application/xml", "text/xml", "application/x-www-form-urlencoded", "multipart/form-data",
            "multipart/form-data; boundary=x", "application/json;charset=ebcdic-x", "application/json;charset=utf-16",
            "application/vnd.storyloom+json", "application/cbor", "application/x-jackson-smile", "application/octet-stream",
            "application/problem+json", "json", "application/json;q=x", "text/html");
    private static final List<String> ACCEPTS = List.of("application/json", "*/*", "application/yaml",
            "application/xml", "text/html", "text/plain", "image/png", "text/event-stream", "application/problem+json",
            "garbage", "a/b/c", "*/*;q=0", "application/json;q=abc", "application/*", "application/pdf",
            "application/epub+zip", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8", "image/*", "application/cbor");
    private static final List<String> AUTHORIZATION_JUNK = List.of("Bearer", "Bearer ", "Bearer  ", "Basic xyz",
            "Basic c2FtQGV4YW1wbGUuY29tOnBhc3N3b3Jk", "Digest x", "Token abc", "Bearer a b c", "Bearer slt_\u00e4\u00f6",
            "Bearer slt_unknown", "bearer slt_", "Bearer " + "a".repeat(5000), "Bearer slt_%00", "Negotiate", ",");
    private static final List<String[]> EXTRA_HEADERS = List.of(
            new String[] {"Range", "bytes=0-10"}, new String[] {"Range", "bytes=5-1"}, new String[] {"Range", "bytes=abc"},
            new String[] {"Range", "bytes=0-0,1-1,2-2,3-3,4-4,5-5,6-6,7-7,8-8,9-9"}, new String[] {"If-None-Match", "\u00ff"},
            new String[] {"If-None-Match", "*"}, new String[] {"If-Modified-Since", "yesterday"},
            new String[] {"If-Modified-Since", "Thu, 01 Jan 1970 00:00:00 GMT"}, new String[] {"Last-Event-ID", "x"},
            new String[] {"Last-Event-ID", "-99999999999999999999"}, new String[] {"Last-Event-ID", "5"},
            new String[] {"Accept-Language", "\u00ff\u00fe"}, new String[] {"Accept-Charset", "ebcdic"},
            new String[] {"Accept-Encoding", "gzip;q=abc"}, new String[] {"X-Forwarded-For", "not an address, ::1, 999.1.1.1"},
            new String[] {"X-Forwarded-Proto", "gopher"}, new String[] {"X-Forwarded-Host", "\u00ff"},
            new String[] {"Cookie", "JSESSIONID=%00; XSRF-TOKEN=\u00ff"}, new String[] {"Origin", "null"},
            new String[] {"X-XSRF-TOKEN", "wrong"}, new String[] {"X-Pad", "p".repeat(9000)},
            new String[] {"Content-Encoding", "gzip"}, new String[] {"Forwarded", "for=\"[::1\";proto=x"});
    private static final List<Object> JUNK_VALUES = List.of("", " ", "\u0000", "a\u0000b", "x".repeat(5000), 0, -1,
            1e300, Long.MAX_VALUE, true, List.of(), Map.of(), List.of(List.of(List.of())), "\uD83D\uDE00".repeat(50),
            "<script>alert(1)</script>", "' or '1'='1", "%00", "\\", "\n\r", "\u202E", "WATERCOLOR", "watercolor", "0",
            "\u00e9".repeat(40), Map.of("a", List.of(1, Map.of())));
    private static final List<String> RAW_BODIES = List.of("", "null", "[]", "{", "{}}", "42", "\"text\"",
            "child:\n  name: Mia\n  age: 5\nidea: A day at sea\n", "<story><idea>egg</idea></story>",
            "email=a%40b.c&password=x", "a=%&b=%G1&c=%FF", "{\"idea\":\"\\ud800 lone\"}", "{\"text\":\"\\udfff\"}",
            "{\"email\":\"a@b.c\",\"email\":{}}", "[".repeat(3000) + "]".repeat(3000),
            "{\"a\":".repeat(2000) + "1" + "}".repeat(2000), "\uFEFF{}", "{\"page_count\":1e99999}",
            "{\"child\":{\"age\":99999999999999999999999}}", "{\"text\":\"\u0000\"}", "{\"password\":\"" + "\u00e9".repeat(40) + "\"}");

    private final Random random;
    private final Fixture fixture;
    private int accounts;

    HostileTraffic(long seed, Fixture fixture) {
        this.random = new Random(seed);
        this.fixture = fixture;
    }

    List<Request> next(int count) {
        List<Request> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            requests.add(next());
        }
        return requests;
    }

    private Request next() {
        Endpoint endpoint = pick(ENDPOINTS);
        String method = chance(0.85) ? endpoint.method() : pick(METHODS);
        if (method.equals("DELETE") && endpoint.path().equals("/stories/{story}")) {
            method = "GET"; // the story stays for the rest of the run
        }
        String path = fill(endpoint.path());
        if (chance(0.35)) {
            path += "?" + query();
        }
        List<String> headers = new ArrayList<>();
        authorization(headers);
        if (chance(0.5)) {
            headers.addAll(List.of("Accept", pick(ACCEPTS)));
        }
        if (chance(0.2)) {
            headers.addAll(List.of(pick(EXTRA_HEADERS)));
        }
        byte[] body = body(endpoint.body());
        if (body != null || chance(0.1)) {
            String type = endpoint.body() == Body.SIGN_IN_FORM ? "application/x-www-form-urlencoded" : "application/json";
            headers.addAll(List.of("Content-Type", chance(0.7) ? type : pick(CONTENT_TYPES)));
        }
        return new Request(method, path, headers, body);
    }

    private void authorization(List<String> headers) {
        double roll = random.nextDouble();
        if (roll < 0.7) {
            headers.addAll(List.of("Authorization", "Bearer " + fixture.token()));
        } else if (roll < 0.85) {
            headers.addAll(List.of("Authorization", pick(AUTHORIZATION_JUNK)));
        } else if (chance(0.7)) {
            headers.addAll(List.of("X-XSRF-TOKEN", fixture.xsrf())); // a browser session, as the page sends it
        }
    }

    private String fill(String template) {
        return template
                .replace("{story}", chance(0.6) ? fixture.storyId() : badId())
                .replace("{other}", badId())
                .replace("{page}", chance(0.6) ? String.valueOf(1 + random.nextInt(2)) : pick(BAD_PAGES))
                .replace("{revision}", chance(0.5) ? String.valueOf(fixture.revisionId()) : pick(BAD_REVISIONS))
                .replace("{share}", chance(0.5) ? fixture.shareToken() : pick(List.of("sls_nope", "%00", "%FF", "x".repeat(300))))
                .replace("{tokenId}", chance(0.5) ? new UUID(random.nextLong(), random.nextLong()).toString() : badId())
                .replace("{style}", pick(List.of("watercolor", "pixel", "nope", "%FF", "%00", "WATERCOLOR", "0")));
    }

    private String badId() {
        return chance(0.3) ? new UUID(random.nextLong(), random.nextLong()).toString() : pick(BAD_IDS);
    }

    private String query() {
        List<String> pairs = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            pairs.add(pick(QUERY_NAMES) + (chance(0.9) ? "=" + pick(QUERY_VALUES) : ""));
        }
        return String.join("&", pairs);
    }

    private byte[] body(Body kind) {
        if (kind == Body.NONE) {
            return chance(0.1) ? pick(RAW_BODIES).getBytes(StandardCharsets.UTF_8) : null;
        }
        if (chance(0.12)) {
            return pick(RAW_BODIES).getBytes(StandardCharsets.UTF_8);
        }
        if (chance(0.03)) {
            return new byte[] {'{', '"', 'x', '"', ':', '"', (byte) 0xC3, (byte) 0xFF, '"', '}'};
        }
        if (kind == Body.SIGN_IN_FORM) {
            return ("email=" + pick(List.of("a%40b.c", "%FF", "%00", "", "x".repeat(300))) + "&password="
                    + pick(List.of("x", "%C3", "%00", "correct+horse+battery", "%E9".repeat(40)))).getBytes(StandardCharsets.UTF_8);
        }
        Map<String, Object> body = valid(kind);
        // Mostly wrong: a valid book or account costs a generation or a password hash, and the point is the refusals.
        int mutations = chance(0.1) ? 0 : 1 + random.nextInt(2);
        for (int i = 0; i < mutations; i++) {
            mutate(body);
        }
        return JSON.writeValueAsBytes(body);
    }

    private Map<String, Object> valid(Body kind) {
        return switch (kind) {
            case STORY -> copy(StoryClient.request("Mia", 1 + random.nextInt(2)));
            case PAGE_TEXT -> new LinkedHashMap<>(Map.of("text", "Mia held the egg very gently."));
            case SIGN_UP -> new LinkedHashMap<>(Map.of("email", "fuzz-" + (++accounts) + "-" + random.nextInt(1_000_000)
                    + "@example.com", "password", "a long passphrase", "display_name", "Sam"));
            case TOKEN_EXCHANGE -> new LinkedHashMap<>(Map.of("email", "nobody@example.com", "password", "wrong password",
                    "name", "fuzz"));
            case NEW_TOKEN -> new LinkedHashMap<>(Map.of("name", "fuzz"));
            default -> throw new IllegalArgumentException(kind.name());
        };
    }

    /** Replaces, removes or adds one field, at the top or one level down. */
    @SuppressWarnings("unchecked")
    private void mutate(Map<String, Object> body) {
        Map<String, Object> target = body;
        if (body.get("child") instanceof Map<?, ?> child && chance(0.4)) {
            target = (Map<String, Object>) child;
        }
        List<String> keys = new ArrayList<>(target.keySet());
        Collections.sort(keys);
        double roll = random.nextDouble();
        if (keys.isEmpty() || roll < 0.15) {
            target.put(pick(List.of("junk", "id", "owner_id", "status", "__proto__", "art_style", "page_count")), pick(JUNK_VALUES));
        } else if (roll < 0.3) {
            target.remove(pick(keys));
        } else {
            target.put(pick(keys), pick(JUNK_VALUES));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> copy(Map<String, Object> map) {
        var copy = new LinkedHashMap<String, Object>();
        map.forEach((k, v) -> copy.put(k, v instanceof Map<?, ?> m ? copy((Map<String, Object>) m)
                : v instanceof List<?> l ? new ArrayList<>(l) : v));
        return copy;
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
