package io.storyloom.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to the running app over real HTTP, as any client would, and reads answers as JSON trees. */
public class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /**
     * springdoc builds the API description on its first request: 5-8 s on 2 cores beside another build, 15-46 s in the
     * full suite while the process tests' apps run. The tests that read it check its content, not its speed.
     */
    private static final Duration API_DESCRIPTION_TIMEOUT = Duration.ofSeconds(120);

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .cookieHandler(cookies)
            .build();
    private final String base;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public Api(int port) {
        this("http://localhost:" + port);
    }

    /** A client of the app at another base address, e.g. {@code http://[::1]:8080}. */
    public Api(String base) {
        this.base = base;
    }

    public int port() {
        return Integer.parseInt(base.substring(base.lastIndexOf(':') + 1));
    }

    /** The value of a cookie this client holds, or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    /** Sends this header with every following request. */
    public Api header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Response get(String path, String... extraHeaders) {
        return send(request(path, extraHeaders).GET());
    }

    public Response post(String path, String json) {
        return sendBytes(path, "POST", json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    public Response form(String path, String body, String... extraHeaders) {
        return sendBytes(path, "POST", body.getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded",
                extraHeaders);
    }

    public Response put(String path, String json) {
        return sendBytes(path, "PUT", json.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    public Response postJson(String path, Object body) {
        return post(path, JSON.writeValueAsString(body));
    }

    public Response sendBytes(String path, String method, byte[] body, String contentType, String... extraHeaders) {
        return send(request(path, extraHeaders).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /**
     * Any method, with the body as given (none when null) and exactly the extra headers given, as name,
     * value pairs: no Content-Type unless among them.
     */
    public Response send(String method, String path, byte[] body, String... extraHeaders) {
        return send(request(path, extraHeaders).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path, String... extraHeaders) {
        var builder = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
                .timeout(path.contains("/v3/api-docs") ? API_DESCRIPTION_TIMEOUT : TIMEOUT);
        headers.forEach(builder::header);
        for (int i = 0; i + 1 < extraHeaders.length; i += 2) {
            builder.header(extraHeaders[i], extraHeaders[i + 1]);
        }
        return builder;
    }

    private Response send(HttpRequest.Builder request) {
        try {
            return new Response(http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An HTTP answer. */
    public record Response(HttpResponse<byte[]> raw) {

        public int status() {
            return raw.statusCode();
        }

        public byte[] bytes() {
            return raw.body();
        }

        public String text() {
            return new String(raw.body(), StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            return JSON.readTree(raw.body());
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        /** The Set-Cookie header naming this cookie, or null. */
        public String setCookie(String name) {
            return raw.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                    .findFirst().orElse(null);
        }

        @Override
        public String toString() {
            return status() + " " + text();
        }
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }
}
