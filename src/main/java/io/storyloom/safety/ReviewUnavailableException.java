package io.storyloom.safety;

/**
 * The safety review could not be completed (the classifier is still loading, or the moderation
 * provider is down and {@code storyloom.safety.fail-closed} is on). Nothing is passed unreviewed; the
 * message tells a parent to try again shortly.
 */
public class ReviewUnavailableException extends RuntimeException {

    ReviewUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
