package io.storyloom.safety;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.GermanStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * Glosses a Spanish, French or German sentence into English word by word
 * ({@code resources/safety/glossary/<lang>.tsv}), so that the English-only sentence-embedding model can
 * judge what it means: "el padre golpea al niño con un cinturón" reaches the model as "the father hits to
 * the child with a belt". A gloss is rough (word order and grammar stay foreign) but the model reads
 * meaning from the words more than from their order. Which language a text is in is told by its common
 * words ({@code function-words.properties}); an English text, or one whose language is unclear, is not
 * glossed.
 *
 * <p>Each word is looked up as written, as the start of a phrase of up to five words ("quitarse la vida"),
 * in German as a compound of two known words ("Kinder" + "messer"), and last by its Snowball stem, so an
 * ending the glossary does not list still finds its word. A word found nowhere (a name, a word the same in
 * English) stays as it is.
 */
final class Glossary {

    static final List<String> LANGUAGES = List.of("es", "fr", "de");
    private static final String DIRECTORY = "safety/glossary/";
    private static final int LONGEST_PHRASE = 5;
    /** A word, or a French elided article or pronoun with its apostrophe ("l'", "qu'"), which is a word apart. */
    private static final Pattern WORD = Pattern.compile("\\p{L}+['\u2019](?=\\p{L}|$)|\\p{L}+");
    /** A German compound's parts are at least this long, so "Ei" + "sen" does not gloss "Eisen". */
    private static final int SHORTEST_PART = 3;
    /** What may join the parts of a German compound: "Kinder|messer", "Hund|e|futter", "Liebe|s|brief". */
    private static final List<String> LINKS = List.of("", "s", "es", "n", "en", "e");
    private static final String DROP = "-";

    private final Map<String, Set<String>> functionWords;
    private final Map<String, Language> languages;

    private Glossary(Map<String, Set<String>> functionWords, Map<String, Language> languages) {
        this.functionWords = functionWords;
        this.languages = languages;
    }

    /** The glossaries, read once per JVM on first use. */
    static Glossary shared() {
        return Shared.GLOSSARY;
    }

    private static final class Shared {
        static final Glossary GLOSSARY = load();
    }

    static Glossary load() {
        Map<String, Set<String>> functionWords = new HashMap<>();
        Properties words = new Properties();
        try (InputStream in = resource("function-words.properties")) {
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Safety glossary unreadable: function-words.properties", e);
        }
        words.stringPropertyNames().forEach(language ->
                functionWords.put(language, Set.copyOf(List.of(words.getProperty(language).strip().split("\\s+")))));
        Map<String, Language> languages = new HashMap<>();
        languages.put("es", Language.read("es", SpanishStemmer::new));
        languages.put("fr", Language.read("fr", FrenchStemmer::new));
        languages.put("de", Language.read("de", GermanStemmer::new));
        return new Glossary(Map.copyOf(functionWords), Map.copyOf(languages));
    }

    /**
     * The language of a normalised text, when it is one of {@link #LANGUAGES}: the one with most of its common
     * words in the text, and more of them than English has. A tie between two of them goes to the one whose
     * glossary knows more of the text's words.
     */
    Optional<String> language(String normalized) {
        List<String> words = words(normalized);
        long english = count(words, functionWords.getOrDefault("en", Set.of()));
        String best = null;
        long bestCount = english;
        for (String language : LANGUAGES) {
            long count = count(words, functionWords.getOrDefault(language, Set.of()));
            if (count > bestCount || count == bestCount && best != null
                    && languages.get(language).formsKnown(words) > languages.get(best).formsKnown(words)) {
                best = language;
                bestCount = count;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A normalised sentence of {@code language} in English words; words found nowhere stay as they are. */
    String gloss(String normalized, String language) {
        Language glossary = languages.get(language);
        if (glossary == null) {
            throw new IllegalArgumentException("No glossary for " + language);
        }
        return glossary.gloss(words(normalized));
    }

    private static long count(List<String> words, Set<String> of) {
        return words.stream().filter(of::contains).count();
    }

    static List<String> words(String normalized) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(normalized);
        while (m.find()) {
            words.add(m.group().replace('\u2019', '\''));
        }
        return words;
    }

    private static InputStream resource(String name) {
        InputStream in = Glossary.class.getClassLoader().getResourceAsStream(DIRECTORY + name);
        if (in == null) {
            throw new IllegalStateException("Safety glossary missing: " + DIRECTORY + name);
        }
        return in;
    }

    /** One language's glossary: forms and phrases as written, and single words by stem. */
    private record Language(String name, Map<String, String> forms, Map<String, String> stems,
            Supplier<SnowballStemmer> stemmer) {

        static Language read(String name, Supplier<SnowballStemmer> stemmer) {
            Map<String, String> forms = new HashMap<>();
            Map<String, String> stems = new HashMap<>();
            Set<String> plain = new HashSet<>();
            SnowballStemmer stemming = stemmer.get();
            try (var reader = new BufferedReader(new InputStreamReader(resource(name + ".tsv"), StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    int tab = line.indexOf('\t');
                    if (line.isBlank() || line.startsWith("#") || tab < 0) {
                        continue;
                    }
                    // keys are normalised as the text will be: lower case, accents folded, "œ" as "oe"
                    String written = line.substring(0, tab).strip().toLowerCase(Locale.ROOT);
                    String form = String.join(" ", words(TextNormalizer.normalize(written)));
                    String english = line.substring(tab + 1).strip();
                    if (form.isEmpty() || english.isEmpty()) {
                        continue;
                    }
                    // "se" and "sé" fold alike: the form written without accents keeps its meaning
                    if (!forms.containsKey(form) || form.equals(written) && !plain.contains(form)) {
                        forms.put(form, english);
                    }
                    if (form.equals(written)) {
                        plain.add(form);
                    }
                    if (!form.contains(" ")) {
                        stems.putIfAbsent(stem(stemming, form), english);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Safety glossary unreadable: " + name, e);
            }
            return new Language(name, Map.copyOf(forms), Map.copyOf(stems), stemmer);
        }

        String gloss(List<String> words) {
            SnowballStemmer stemming = stemmer.get();
            List<String> out = new ArrayList<>(words.size());
            int i = 0;
            while (i < words.size()) {
                int taken = 1;
                String english = null;
                for (int n = Math.min(LONGEST_PHRASE, words.size() - i); n >= 2 && english == null; n--) {
                    english = forms.get(String.join(" ", words.subList(i, i + n)));
                    taken = n;
                }
                if (english == null) {
                    taken = 1;
                    english = word(words.get(i), stemming);
                }
                if (!DROP.equals(english)) {
                    out.add(english);
                }
                i += taken;
            }
            return String.join(" ", out);
        }

        /** One word in English: as written, as a German compound, by its stem, or else unchanged. */
        private String word(String word, SnowballStemmer stemming) {
            String english = forms.get(word);
            if (english == null && name.equals("de")) {
                english = compound(word, stemming);
            }
            if (english == null) {
                english = stems.get(stem(stemming, word));
            }
            return english != null ? english : word.endsWith("'") ? DROP : word;
        }

        /**
         * A German compound of two known words, the longest known last part first (it names the thing:
         * a "Küchenmesser" is a knife): "kuchenmesser" is "kitchen knife".
         */
        private String compound(String word, SnowballStemmer stemming) {
            for (int split = SHORTEST_PART; split <= word.length() - SHORTEST_PART; split++) {
                String last = known(word.substring(split), stemming);
                if (last == null) {
                    continue;
                }
                String first = word.substring(0, split);
                for (String link : LINKS) {
                    if (first.endsWith(link) && first.length() - link.length() >= SHORTEST_PART) {
                        String firstEnglish = forms.get(first.substring(0, first.length() - link.length()));
                        if (firstEnglish != null) {
                            return DROP.equals(firstEnglish) ? last : firstEnglish + " " + last;
                        }
                    }
                }
            }
            return null;
        }

        private String known(String word, SnowballStemmer stemming) {
            String english = forms.get(word);
            return english != null ? english : stems.get(stem(stemming, word));
        }

        /** How many of the words this glossary knows as written. */
        long formsKnown(List<String> words) {
            return words.stream().filter(forms::containsKey).count();
        }

        private static String stem(SnowballStemmer stemming, String word) {
            stemming.setCurrent(word);
            stemming.stem();
            return stemming.getCurrent();
        }
    }
}
