package io.storyloom.ai;

import io.storyloom.system.UrlSecrets;

/**
 * A provider call that failed. {@link #reason()} tells the pipeline whether trying again can help and
 * {@link #getMessage()} is written for a parent, never containing a key or a raw response body.
 */
public class ProviderException extends RuntimeException {

    public enum Reason {
        /** Rate limit, overload, timeout: the same call may succeed later. */
        TRANSIENT(true),
        /** The key is missing, wrong or revoked. */
        BAD_KEY(false),
        /** The account has no credit left. */
        NO_CREDIT(false),
        /** The configured model does not exist. */
        UNKNOWN_MODEL(false),
        /** The provider's safety filter refused the content. */
        SAFETY(false),
        /** The answer was cut off or could not be used. */
        BAD_ANSWER(false),
        /** Anything else the provider refused. */
        REJECTED(false);

        private final boolean retryable;

        Reason(boolean retryable) {
            this.retryable = retryable;
        }

        public boolean retryable() {
            return retryable;
        }
    }

    private final Reason reason;
    private final String provider;

    public ProviderException(Reason reason, String provider, String message) {
        this(reason, provider, message, null);
    }

    /** The message and the cause's messages are kept without any secret a configured URL carries. */
    public ProviderException(Reason reason, String provider, String message, Throwable cause) {
        super(UrlSecrets.hide(message), UrlSecrets.hide(cause));
        this.reason = reason;
        this.provider = provider;
    }

    /**
     * A call ended because its thread was interrupted (a cancelled book): transient, like a dropped
     * connection. The caller keeps the thread's interrupt.
     */
    public static ProviderException cancelled(String provider, InterruptedException cause) {
        return new ProviderException(Reason.TRANSIENT, provider, "The call was cancelled.", cause);
    }

    public Reason reason() {
        return reason;
    }

    public String provider() {
        return provider;
    }

    /**
     * Attempts of this call that got no answer in time: the provider may still have done, and billed, each of
     * them, so they are counted as spent.
     */
    public int unansweredAttempts() {
        return 0;
    }
}
