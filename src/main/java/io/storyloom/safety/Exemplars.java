package io.storyloom.safety;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The semantic classifier's reference sentences ({@code resources/safety/exemplars.txt}): harmful ones
 * per category, and harmless ideas that sound close to them.
 */
record Exemplars(List<Exemplar> harmful, List<String> harmless) {

    private static final String PATH = "safety/exemplars.txt";

    record Exemplar(String text, ContentCategory category) {
    }

    static Exemplars load() {
        List<Exemplar> harmful = new ArrayList<>();
        List<String> harmless = new ArrayList<>();
        try (InputStream in = Exemplars.class.getClassLoader().getResourceAsStream(PATH)) {
            if (in == null) {
                throw new IllegalStateException("Safety exemplars missing: " + PATH);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String section = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                if (entry.startsWith("[") && entry.endsWith("]")) {
                    section = entry.substring(1, entry.length() - 1);
                } else if ("harmless".equals(section)) {
                    harmless.add(entry);
                } else if (section != null) {
                    harmful.add(new Exemplar(entry, ContentCategory.ofKey(section)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Safety exemplars unreadable: " + PATH, e);
        }
        return new Exemplars(List.copyOf(harmful), List.copyOf(harmless));
    }
}
