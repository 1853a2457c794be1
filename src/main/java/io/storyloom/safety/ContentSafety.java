package io.storyloom.safety;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Finds violent, sexual, hateful or frightening terms in text meant for a child book, from the
 * curated list in {@code resources/safety/terms.txt}. Whole words only, so "Scunthorpe" or "a mother
 * with 3 kids" pass; phrases listed as allowed ("shooting star") are ignored.
 */
@Component
public class ContentSafety {

    private final List<Rule> rules;
    private final List<Pattern> allowed;

    public ContentSafety() {
        var parsed = parse(new ClassPathResource("safety/terms.txt"));
        this.rules = parsed.rules();
        this.allowed = parsed.allowed();
    }

    /** Every unsuitable term in the text, in order of category, each term once. */
    public List<ContentConcern> review(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String normalized = normalize(text);
        for (Pattern phrase : allowed) {
            normalized = phrase.matcher(normalized).replaceAll(" ");
        }
        Set<ContentConcern> found = new LinkedHashSet<>();
        for (Rule rule : rules) {
            Matcher m = rule.pattern().matcher(normalized);
            if (m.find()) {
                found.add(new ContentConcern(m.group().strip(), rule.category()));
            }
        }
        return List.copyOf(found);
    }

    /** Lower case, accents kept, look-alike punctuation and zero-width tricks flattened. */
    private static String normalize(String text) {
        return " " + Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("[\\u200B-\\u200D\\uFEFF]", "")
                .toLowerCase(Locale.ROOT) + " ";
    }

    private static Pattern termPattern(String term) {
        boolean prefix = term.endsWith("*");
        String body = Pattern.quote(prefix ? term.substring(0, term.length() - 1) : term).replace(" ", "\\E\\s+\\Q");
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + body + (prefix ? "[\\p{L}\\-]*" : "") + "(?![\\p{L}\\p{N}])");
    }

    private static Parsed parse(ClassPathResource resource) {
        List<Rule> rules = new ArrayList<>();
        List<Pattern> allowed = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            String section = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip().toLowerCase(Locale.ROOT);
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                if (entry.startsWith("[") && entry.endsWith("]")) {
                    section = entry.substring(1, entry.length() - 1);
                } else if ("allowed".equals(section)) {
                    allowed.add(termPattern(entry));
                } else if (section != null) {
                    rules.add(new Rule(termPattern(entry), ContentCategory.valueOf(section.toUpperCase(Locale.ROOT))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Safety terms missing", e);
        }
        return new Parsed(List.copyOf(rules), List.copyOf(allowed));
    }

    private record Rule(Pattern pattern, ContentCategory category) {
    }

    private record Parsed(List<Rule> rules, List<Pattern> allowed) {
    }
}
