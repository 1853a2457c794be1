package io.storyloom.ai.http;

import java.util.regex.Pattern;

/**
 * Makes a provider's error message safe to show and log: no key (ours, or any that looks like one,
 * as OpenAI echoes part of a wrong key), no control characters, no endless text.
 */
final class Redaction {

    private static final int MAX_LENGTH = 200;
    private static final Pattern KEY_LIKE = Pattern.compile(
            "(?i)(bearer\\s+\\S+|sk-[A-Za-z0-9_*.\\-]{4,}|tgp_v1_[A-Za-z0-9_*.\\-]+|[A-Za-z0-9_\\-]{32,})");

    private Redaction() {
    }

    static String clean(String text, String apiKey) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String cleaned = text;
        if (apiKey != null && !apiKey.isBlank()) {
            cleaned = cleaned.replace(apiKey, "[key]");
        }
        cleaned = KEY_LIKE.matcher(cleaned).replaceAll("[key]");
        cleaned = cleaned.replaceAll("\\p{Cntrl}+", " ").strip();
        return cleaned.length() <= MAX_LENGTH ? cleaned : cleaned.substring(0, MAX_LENGTH - 1) + "…";
    }
}
