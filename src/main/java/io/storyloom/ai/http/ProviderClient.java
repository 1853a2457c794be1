package io.storyloom.ai.http;

import io.storyloom.ai.ProviderException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import io.micrometer.core.instrument.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;

/**
 * Calls one provider's JSON API with everything a real network needs: connect and read timeouts,
 * the provider's concurrency and rate limits, retries of transient failures with back-off (Spring's
 * {@link RetryTemplate}, honouring {@code retry-after}), errors turned into {@link ProviderException}s
 * a parent can read, and one log line per call. The key goes into the Authorization header and
 * nowhere else; request and answer bodies are never logged.
 */
public final class ProviderClient {

    private static final Logger log = LoggerFactory.getLogger(ProviderClient.class);
    /** Enough for a few base64 pictures; a bigger answer is not what we asked for. */
    private static final int MAX_ANSWER_BYTES = 64 * 1024 * 1024;

    private final ProviderEndpoint endpoint;
    private final RestClient http;
    private final RetrySettings retry;
    private final CallLimits limits;
    private final ProviderErrors errors;
    private final CallPolicy policy;
    private final String tenant;
    /** The header the key goes in; {@code null} for {@code Authorization: Bearer}. */
    private final String keyHeader;

    /** A client whose attempts wait {@code storyloom.http.read-timeout} and are retried after a timeout. */
    public ProviderClient(ProviderEndpoint endpoint, HttpSettings settings, RetrySettings retry, CallLimits limits) {
        this(endpoint, settings, retry, limits, new CallPolicy(settings.readTimeout(), Duration.ofDays(1), true));
    }

    public ProviderClient(ProviderEndpoint endpoint, HttpSettings settings, RetrySettings retry, CallLimits limits,
            CallPolicy policy) {
        this.endpoint = endpoint;
        this.retry = retry;
        this.limits = limits;
        this.errors = new ProviderErrors(endpoint, Clock.systemUTC());
        this.policy = policy;
        this.tenant = null;
        this.keyHeader = null;
        // HTTP/1.1: a plain-http local server (Ollama, a test double) can choke on the h2c upgrade;
        // no redirects, so a download cannot be bounced to a host we did not allow.
        var client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        var requests = new JdkClientHttpRequestFactory(client);
        requests.setReadTimeout(policy.readTimeout());
        this.http = RestClient.builder().requestFactory(requests).build();
    }

    private ProviderClient(ProviderClient client, String tenant, String keyHeader) {
        this.endpoint = client.endpoint;
        this.http = client.http;
        this.retry = client.retry;
        this.limits = client.limits;
        this.errors = client.errors;
        this.policy = client.policy;
        this.tenant = tenant;
        this.keyHeader = keyHeader;
    }

    /** This client sending its key in the named header (ElevenLabs' {@code xi-api-key}) instead of as a bearer token. */
    public ProviderClient withKeyHeader(String header) {
        return new ProviderClient(this, tenant, header);
    }

    /**
     * This client with its calls made for a tenant (an opaque key, e.g. an account): they wait for their
     * turn in that tenant's line, so tenants share the provider's limits fairly ({@link CallLimits}).
     */
    public ProviderClient forTenant(String tenant) {
        return new ProviderClient(this, tenant, keyHeader);
    }

    public ProviderEndpoint endpoint() {
        return endpoint;
    }

    /**
     * POSTs a JSON body to a path below the base URL and reads the JSON answer.
     *
     * @param operation what the call is for, for the log, e.g. {@code chat STRUCTURED_STORY}
     */
    public <T> T post(String path, Object body, Class<T> answerType, String operation) {
        return postCounted(path, body, answerType, operation).answer();
    }

    /**
     * As {@link #post}, also telling how many attempts timed out before the answer came: each may have been
     * done, and billed, by the provider.
     */
    public <T> Answered<T> postCounted(String path, Object body, Class<T> answerType, String operation) {
        byte[] payload = ProviderJson.MAPPER.writeValueAsBytes(body);
        return send(path, payload, MediaType.APPLICATION_JSON, answerType, operation);
    }

    /** POSTs a {@code multipart/form-data} body (OpenAI's {@code /images/edits}) and reads the JSON answer. */
    public <T> Answered<T> postMultipart(String path, MultipartBody body, Class<T> answerType, String operation) {
        return send(path, body.bytes(), body.contentType(), answerType, operation);
    }

    private <T> Answered<T> send(String path, byte[] payload, MediaType type, Class<T> answerType, String operation) {
        URI uri = endpoint.resolve(path);
        List<String> outcomes = new ArrayList<>();
        byte[] answer = call(operation, outcomes, attempt -> exchange(HttpMethod.POST, uri, payload, type, attempt));
        try {
            return new Answered<>(ProviderJson.MAPPER.readValue(answer, answerType), timeouts(outcomes));
        } catch (JacksonException e) {
            throw errors.unreadable(200, e);
        }
    }

    /** POSTs a JSON body and returns the answer's bytes as they are: for answers that are not JSON, such as audio. */
    public byte[] postForBytes(String path, Object body, String operation) {
        byte[] payload = ProviderJson.MAPPER.writeValueAsBytes(body);
        URI uri = endpoint.resolve(path);
        return call(operation, new ArrayList<>(), outcomes -> exchange(HttpMethod.POST, uri, payload, MediaType.APPLICATION_JSON, outcomes));
    }

    /** GETs the bytes an answer pointed at, without our key (the caller checked the host first). */
    public byte[] download(URI url, String operation) {
        return call(operation, new ArrayList<>(), outcomes -> exchange(HttpMethod.GET, url, null, null, outcomes));
    }

    /** An answer that cannot be used, as the provider's error. */
    public ProviderException badAnswer(String message) {
        return new ProviderCallException(ProviderException.Reason.BAD_ANSWER, endpoint.provider(), message, 200, "",
                null, null);
    }

    private byte[] call(String operation, List<String> outcomes, Attempt attempt) {
        long started = System.nanoTime();
        var budget = new RetryBudget(retry, () -> ThreadLocalRandom.current().nextDouble(), policy, System::nanoTime);
        var template = new RetryTemplate(budget);
        try {
            byte[] answer = template.execute(() -> attempt.run(outcomes));
            logCall(operation, "ok", started, outcomes);
            return answer;
        } catch (RetryException e) {
            ProviderException failure = finalFailure(e, outcomes.size(), timeouts(outcomes), budget.pastDeadline());
            logCall(operation, failure.reason().name().toLowerCase(java.util.Locale.ROOT), started, outcomes);
            throw failure;
        }
    }

    private static int timeouts(List<String> outcomes) {
        return (int) outcomes.stream().filter("timeout"::equals).count();
    }

    private ProviderException finalFailure(RetryException e, int attempts, int timeouts, boolean pastDeadline) {
        Throwable last = e.getLastException() != null ? e.getLastException() : e.getCause();
        if (last instanceof ProviderCallException call && call.timedOut() && !policy.retryTimeouts()) {
            return errors.timedOutNotRepeated(call, policy.readTimeout(), timeouts);
        }
        if (last instanceof ProviderCallException call && call.reason().retryable()) {
            return errors.gaveUp(call, attempts, timeouts, pastDeadline ? policy.deadline() : null);
        }
        if (last instanceof ProviderException provider) {
            return provider;
        }
        if (last instanceof InterruptedException || Thread.currentThread().isInterrupted()) {
            return new ProviderException(ProviderException.Reason.TRANSIENT, endpoint.provider(),
                    "The book was stopped while waiting for the " + endpoint.capability() + ". Press Retry to continue.", e);
        }
        return errors.unreadable(0, e);
    }

    private byte[] exchange(HttpMethod method, URI uri, byte[] payload, MediaType type, List<String> outcomes) {
        try (var turn = limits.acquire(endpoint.provider(), tenant)) {
            var request = http.method(method).uri(uri).headers(headers -> sign(headers, method, type));
            if (payload != null) {
                request.body(payload);
            }
            Answer answer = request.exchange((req, response) -> new Answer(response.getStatusCode().value(),
                    response.getHeaders(), readAtMost(response.getBody())), true);
            outcomes.add(Integer.toString(answer.status()));
            if (answer.status() >= 200 && answer.status() < 300) {
                return answer.body();
            }
            throw errors.fromAnswer(answer.status(), answer.headers(), answer.body());
        } catch (ResourceAccessException e) {
            if (e.getCause() instanceof AnswerTooLarge) {
                outcomes.add("too large");
                throw errors.unreadable(200, e);
            }
            outcomes.add(ProviderErrors.causedByTimeout(e) ? "timeout" : "unreachable");
            throw errors.unreachable(e);
        }
    }

    private void sign(HttpHeaders headers, HttpMethod method, MediaType type) {
        if (method == HttpMethod.POST && endpoint.hasKey()) {
            if (keyHeader == null) {
                headers.setBearerAuth(endpoint.apiKey());
            } else {
                headers.set(keyHeader, endpoint.apiKey());
            }
        }
        if (type != null) {
            headers.setContentType(type);
        }
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.ALL));
    }

    private static byte[] readAtMost(InputStream body) throws IOException {
        if (body == null) {
            return new byte[0];
        }
        byte[] bytes = body.readNBytes(MAX_ANSWER_BYTES + 1);
        if (bytes.length > MAX_ANSWER_BYTES) {
            throw new AnswerTooLarge();
        }
        return bytes;
    }

    private void logCall(String operation, String outcome, long started, List<String> outcomes) {
        long millis = (System.nanoTime() - started) / 1_000_000;
        int retries = Math.max(0, outcomes.size() - 1);
        // The call's summary is logged by the models' observer; this line adds the HTTP detail, so a clean
        // first try is only worth a debug line.
        LoggingEventBuilder event = !"ok".equals(outcome) ? log.atWarn() : retries > 0 ? log.atInfo() : log.atDebug();
        if (retries > 0) {
            Metrics.counter("storyloom.provider.retries", "provider", endpoint.id(), "model", endpoint.model())
                    .increment(retries);
        }
        event.addKeyValue("provider", endpoint.provider())
                .addKeyValue("model", endpoint.model())
                .addKeyValue("operation", "provider_request")
                .addKeyValue("call", operation)
                .addKeyValue("outcome", outcome)
                .addKeyValue("duration_ms", millis)
                .addKeyValue("retries", retries)
                .log("{} {} with {}: {} in {} ms, {} retries (answers: {})", endpoint.provider(), operation,
                        endpoint.model(), outcome, millis, retries, String.join(", ", outcomes));
    }

    /**
     * An answer, and how many attempts before it timed out (each may have been done, and billed, by the provider).
     */
    public record Answered<T>(T answer, int timedOutAttempts) {
    }

    @FunctionalInterface
    private interface Attempt {
        byte[] run(List<String> outcomes);
    }

    private record Answer(int status, HttpHeaders headers, byte[] body) {
    }

    private static final class AnswerTooLarge extends IOException {
        AnswerTooLarge() {
            super("The answer is larger than " + MAX_ANSWER_BYTES + " bytes");
        }
    }
}
