package io.storyloom.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * Moderation providers' label names mapped to Storyloom's categories
 * ({@code resources/safety/moderation-labels.properties}). A flagged verdict whose labels are all
 * unknown still refuses, under the {@code *} entry's category.
 */
final class ModerationLabels {

    private static final String PATH = "safety/moderation-labels.properties";
    private static final Properties LABELS = read();

    private ModerationLabels() {
    }

    static Set<ContentCategory> categories(List<String> labels) {
        Set<ContentCategory> categories = EnumSet.noneOf(ContentCategory.class);
        for (String label : labels) {
            String key = label.strip().toLowerCase(Locale.ROOT);
            String category = LABELS.getProperty(key);
            if (category == null) {
                try {
                    category = ContentCategory.ofKey(key).key();
                } catch (IllegalArgumentException unknown) {
                    continue;
                }
            }
            categories.add(ContentCategory.ofKey(category));
        }
        if (categories.isEmpty()) {
            categories.add(ContentCategory.ofKey(LABELS.getProperty("*")));
        }
        return categories;
    }

    private static Properties read() {
        var properties = new Properties();
        try (InputStream in = ModerationLabels.class.getClassLoader().getResourceAsStream(PATH)) {
            if (in == null) {
                throw new IllegalStateException("Moderation labels missing: " + PATH);
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Moderation labels unreadable: " + PATH, e);
        }
        return properties;
    }
}
