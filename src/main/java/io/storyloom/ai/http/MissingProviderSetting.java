package io.storyloom.ai.http;

/**
 * A real provider was chosen without a setting it cannot work without, such as its API key. Thrown
 * while the app starts, so a misconfigured deployment stops at once rather than failing every book.
 */
public class MissingProviderSetting extends IllegalStateException {

    private final String variable;

    public MissingProviderSetting(String message, String variable) {
        super(message);
        this.variable = variable;
    }

    /** The environment variable to set, e.g. {@code STORYLOOM_TEXT_API_KEY}. */
    public String variable() {
        return variable;
    }
}
