package io.storyloom.system;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * Hides what a URL may carry besides an address before the URL is logged or shown: a password or token in
 * its user part ({@code https://user:password@host}) and the values of parameters named like secrets
 * ({@code ?key=…}, {@code &access_token=…}, {@code ;PASSWORD=…} in a JDBC URL). Works on any text, so a
 * message or exception that quotes a URL can pass through it whole.
 */
public final class UrlSecrets {

    private static final String HIDDEN = "***";
    private static final Pattern USER_PART = Pattern.compile("(?<=//)[^/\\s@?#\"'<>]+@");
    private static final Pattern SECRET_PARAMETER = Pattern.compile(
            "(?i)([?&;][a-z0-9_.\\-]*(?:pass|pwd|secret|key|token|sig|credential|auth)[a-z0-9_.\\-]*=)[^&;#\\s\"'<>]+");

    private UrlSecrets() {
    }

    /** The text with every URL's user part and secret-looking parameter values replaced by {@code ***}. */
    public static String hide(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String hidden = USER_PART.matcher(text).replaceAll(HIDDEN + "@");
        return SECRET_PARAMETER.matcher(hidden).replaceAll("$1" + HIDDEN);
    }

    /** The URL as text, safe to log. */
    public static String hide(URI url) {
        return url == null ? "null" : hide(url.toString());
    }

    /**
     * The failure itself when none of its messages quotes a URL's secret (an HTTP client's error names the
     * URL it called); else a copy of its chain with the secrets hidden, each keeping its type's name and
     * stack trace, so it can be logged or kept like the original.
     */
    public static Throwable hide(Throwable failure) {
        return quotesSecret(failure) ? copy(failure, MAX_CHAIN) : failure;
    }

    private static final int MAX_CHAIN = 16;

    private static boolean quotesSecret(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth++ < MAX_CHAIN; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && !hide(message).equals(message)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable copy(Throwable failure, int depth) {
        if (failure == null || depth == 0) {
            return null;
        }
        var copy = new SecretsHidden(failure.getClass().getName(), hide(failure.getMessage()),
                copy(failure.getCause(), depth - 1));
        copy.setStackTrace(failure.getStackTrace());
        return copy;
    }

    /** A failure as it was, under its own type's name, with the secrets in its message hidden. */
    static final class SecretsHidden extends RuntimeException {

        private final String type;

        SecretsHidden(String type, String message, Throwable cause) {
            super(message, cause);
            this.type = type;
        }

        @Override
        public String toString() {
            String message = getLocalizedMessage();
            return message == null ? type : type + ": " + message;
        }
    }
}
