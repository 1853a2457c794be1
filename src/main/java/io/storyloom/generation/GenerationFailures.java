package io.storyloom.generation;

import io.storyloom.ai.ProviderException;
import io.storyloom.media.MediaStoreException;
import io.storyloom.system.UrlSecrets;

/** What to tell a parent when a book could not be finished; the details go to the log. */
final class GenerationFailures {

    static final String STORAGE = "We could not save this book's pictures: the picture storage is full or "
            + "cannot be written to. What was made so far is kept; once the storage is fixed, press Retry to "
            + "continue from where it stopped.";

    private GenerationFailures() {
    }

    static String messageFor(Throwable failure) {
        if (failure instanceof ProviderException provider) {
            return provider.getMessage();
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof MediaStoreException) {
                return STORAGE;
            }
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
