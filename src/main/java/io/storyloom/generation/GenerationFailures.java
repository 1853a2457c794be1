package io.storyloom.generation;

import io.storyloom.ai.ProviderException;
import io.storyloom.system.UrlSecrets;

/** What to tell a parent when a book could not be finished; the details go to the log. */
final class GenerationFailures {

    private GenerationFailures() {
    }

    static String messageFor(Throwable failure) {
        if (failure instanceof ProviderException provider) {
            return provider.getMessage();
        }
        return "Something went wrong on our side while making this book. "
                + "Press Retry to continue from where it stopped.";
    }

    /** A short technical description for support: the exception types and messages, never a body, key or password. */
    static String detail(Throwable failure) {
        var detail = new StringBuilder();
        for (Throwable t = failure; t != null && detail.length() < 900; t = t.getCause()) {
            if (!detail.isEmpty()) {
                detail.append(" <- ");
            }
            detail.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                detail.append(": ").append(UrlSecrets.hide(t.getMessage()));
            }
        }
        return detail.toString();
    }
}
