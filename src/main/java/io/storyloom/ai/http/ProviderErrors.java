package io.storyloom.ai.http;

import io.storyloom.ai.ProviderException.Reason;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * What a failed call means and what to tell people about it. Messages end up as a story's
 * {@code status_message}: they say what happened and what to do, in plain words, and never carry a key
 * or a response body (only the provider's own error sentence, redacted, where it names the fix).
 */
final class ProviderErrors {

    private final ProviderEndpoint endpoint;
    private final Clock clock;

    ProviderErrors(ProviderEndpoint endpoint, Clock clock) {
        this.endpoint = endpoint;
        this.clock = clock;
    }

    /** The error an HTTP answer other than 2xx stands for. */
    ProviderCallException fromAnswer(int status, HttpHeaders headers, byte[] body) {
        ErrorBody error = ErrorBody.parse(body);
        String said = Redaction.clean(error.message(), endpoint.apiKey());
        Duration retryAfter = RetryAfter.of(headers, clock);
        String who = who();
        return switch (status) {
            case 401 -> failure(Reason.BAD_KEY, status, said, null, who + " did not accept Storyloom's API key. "
                    + "An administrator needs to set a valid key in " + setting("API_KEY")
                    + "; trying again will not help until then.");
            case 402 -> noCredit(status, said);
            case 404 -> failure(Reason.UNKNOWN_MODEL, status, said, null, who + " does not know the model \""
                    + endpoint.model() + "\". An administrator needs to choose an available model in "
                    + setting("MODEL") + " (or check " + setting("BASE_URL") + "), then press Retry.");
            case 429 -> error.is("insufficient_quota")
                    ? noCredit(status, said)
                    : failure(Reason.TRANSIENT, status, said, retryAfter, who + " is limiting how fast we may ask.");
            case 422 -> safetyOr(status, said, true);
            case 400 -> safetyOr(status, said, false);
            case 408, 409, 425 -> failure(Reason.TRANSIENT, status, said, retryAfter, who + " did not answer in time.");
            default -> status >= 500
                    ? failure(Reason.TRANSIENT, status, said, retryAfter, who + " is having trouble (error " + status + ").")
                    : rejected(status, said);
        };
    }

    /** No answer at all: a timeout, a refused connection, a reset. */
    ProviderCallException unreachable(Exception cause) {
        boolean timeout = causedByTimeout(cause);
        String message = timeout
                ? who() + " did not answer in time."
                : who() + " could not be reached (is " + setting("BASE_URL") + " right?).";
        return new ProviderCallException(Reason.TRANSIENT, endpoint.provider(), message, 0,
                timeout ? "timeout" : "no connection", null, cause);
    }

    /** An answer that came back fine but cannot be read. */
    ProviderCallException unreadable(int status, Exception cause) {
        return new ProviderCallException(Reason.BAD_ANSWER, endpoint.provider(),
                who() + " sent an answer we could not read. Trying again usually helps.", status, "", null, cause);
    }

    /**
     * A transient failure that outlasted the retry budget or the call's deadline ({@code null} when that was not
     * what ended it): what the parent sees.
     */
    ProviderCallException gaveUp(ProviderCallException last, int attempts, int timeouts, Duration deadline) {
        String wait = last.retryAfter() != null
                ? " It asked us to wait " + Math.max(1, last.retryAfter().toSeconds()) + " s."
                : "";
        String late = deadline != null ? " Another try would have taken longer than " + seconds(deadline) + " s in all." : "";
        String message = last.getMessage() + " We tried " + attempts + (attempts == 1 ? " time." : " times.") + wait
                + late + " Please press Retry in a few minutes.";
        return new ProviderCallException(Reason.TRANSIENT, endpoint.provider(), message, last.status(),
                last.providerMessage(), last.retryAfter(), last).withTimedOutAttempts(timeouts);
    }

    /** A read timeout of a billed call, which is not repeated by itself: the provider may have done the work. */
    ProviderCallException timedOutNotRepeated(ProviderCallException last, Duration readTimeout, int timeouts) {
        String message = who() + " did not answer within " + seconds(readTimeout) + " s. It was not asked again by "
                + "itself, because it may still have made (and charged for) what it did not deliver in time. Press "
                + "Retry to ask again; an administrator can allow more time in " + setting("READ_TIMEOUT") + ".";
        return new ProviderCallException(Reason.TRANSIENT, endpoint.provider(), message, 0, last.providerMessage(),
                null, last).withTimedOutAttempts(timeouts);
    }

    private static long seconds(Duration duration) {
        return Math.max(1, Math.round(duration.toMillis() / 1000.0));
    }

    static boolean causedByTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpTimeoutException || t instanceof java.net.SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private ProviderCallException noCredit(int status, String said) {
        return failure(Reason.NO_CREDIT, status, said, null, "The " + endpoint.provider() + " account of the "
                + endpoint.capability() + " has no credit left or has reached its spending limit. An administrator "
                + "needs to add credit or raise the limit, then press Retry.");
    }

    private ProviderCallException safetyOr(int status, String said, boolean unprocessable) {
        String lower = said.toLowerCase(Locale.ROOT);
        boolean safety = lower.contains("safety") || lower.contains("nsfw") || lower.contains("moderation")
                || lower.contains("content policy") || lower.contains("content_policy")
                || (unprocessable && endpoint.capability().equals("illustrator"));
        if (safety) {
            return failure(Reason.SAFETY, status, said, null, "The " + endpoint.capability() + "'s safety filter ("
                    + endpoint.provider() + ") refused this " + (endpoint.capability().equals("illustrator")
                            ? "picture" : "part of the story")
                    + ". Changing the story idea or the page text, then pressing Retry, may help.");
        }
        return rejected(status, said);
    }

    private ProviderCallException rejected(int status, String said) {
        String detail = said.isEmpty() ? "" : " It said: \"" + said + "\".";
        return failure(Reason.REJECTED, status, said, null, who() + " refused the request (error " + status + ")."
                + detail + " An administrator may need to change a setting (" + setting("MODEL")
                + (illustrator() ? ", " + setting("SIZE") : ", " + setting("BASE_URL"))
                + "); trying again as it is will not help.");
    }

    private ProviderCallException failure(Reason reason, int status, String said, Duration retryAfter, String message) {
        return new ProviderCallException(reason, endpoint.provider(), message, status, said, retryAfter, null);
    }

    private boolean illustrator() {
        return endpoint.capability().equals("illustrator");
    }

    private String who() {
        return "The " + endpoint.capability() + " (" + endpoint.provider() + ")";
    }

    private String setting(String name) {
        return endpoint.settingsPrefix() + name;
    }

    /** {@code {"error":{"message","type","param","code"}}}, or the looser shapes local servers send. */
    record ErrorBody(String message, String type, String code) {

        static ErrorBody parse(byte[] body) {
            if (body == null || body.length == 0) {
                return new ErrorBody("", "", "");
            }
            try {
                JsonNode root = ProviderJson.MAPPER.readTree(body);
                JsonNode error = root.path("error");
                if (error.isString()) {
                    return new ErrorBody(error.asString(), "", "");
                }
                JsonNode source = error.isObject() ? error : root;
                return new ErrorBody(text(source.path("message")), text(source.path("type")), text(source.path("code")));
            } catch (JacksonException e) {
                return new ErrorBody("", "", ""); // not JSON (a proxy's HTML page): the status has to do
            }
        }

        boolean is(String value) {
            return value.equalsIgnoreCase(type) || value.equalsIgnoreCase(code);
        }

        private static String text(JsonNode node) {
            return node.isString() || node.isNumber() ? node.asString() : "";
        }
    }
}
