package io.storyloom.safety;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The high-precision stage: terms and phrases per language ({@code resources/safety/terms/<lang>.txt}),
 * matched word by word on normalised text. Allowed phrases ("gore-tex", "starting gun") are taken out
 * first. A stretched word (a letter three times or more) is compared with repeated letters squeezed, so
 * "kiiill" is "kill" while "wed" stays apart from "weed"; two
 * neighbouring pieces are also tried as one word ("mur der"). All languages are checked on every text:
 * a mixed or mislabelled text is not an escape.
 */
final class Lexicon {

    static final List<String> LANGUAGES = List.of("en", "es", "fr", "de");
    private static final Pattern SQUEEZE = Pattern.compile("(\\p{L})\\1+");
    private static final Pattern STRETCHED = Pattern.compile("(\\p{L})\\1\\1");
    /** Between the words of a phrase written with "~", up to this many other words may stand. */
    private static final int GAP = 3;
    /**
     * A letter hidden behind "*", "#" or "_" inside a word ("k*ll", "st#bs", "r_pe"): the usual way of
     * writing a word while pretending not to. Only between letters, so "*wink*" and "#1" stay punctuation.
     */
    private static final Pattern MASK = Pattern.compile("(?<=\\p{L})[*#_]+(?=\\p{L})");
    private static final char MASKED = '\u0003';
    /** At most this many hidden letters, and at least two shown: "**ll" could be any word. */
    private static final int MAX_MASKED = 2;
    /** "'s" of a possessive ("the dog's ball"), kept on its word as this mark rather than split off as "s". */
    private static final Pattern POSSESSIVE = Pattern.compile("(?<=\\p{L})['\u2019]s(?![\\p{L}\\p{N}])");
    private static final char OWNS = '\u0004';
    /** "<number>" in an allowed phrase stands for any number written in digits: "<number> kms" allows "20 kms". */
    private static final String NUMBER = "<number>";

    private final Map<String, List<Term>> byFirstWord = new HashMap<>();
    /**
     * Terms whose first word is a prefix ("stab*"), by that word's first letter: a word of the text can only
     * begin with a term's word (squeezed or not: squeezing keeps the first letter) when it shares that letter.
     */
    private final Map<Character, List<Term>> byPrefix = new HashMap<>();
    /** Every term, for a masked word of the text, which no index can look up. */
    private final List<Term> all = new ArrayList<>();
    private final Map<String, List<String[]>> allowedByFirstWord = new HashMap<>();

    private Lexicon() {
    }

    /** The term lists, read once per JVM on first use (they never change while it runs). */
    static Lexicon shared() {
        return Shared.LEXICON;
    }

    private static final class Shared {
        static final Lexicon LEXICON = load();
    }

    static Lexicon load() {
        var lexicon = new Lexicon();
        for (String language : LANGUAGES) {
            String path = "safety/terms/" + language + ".txt";
            try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("Safety terms missing: " + path);
                }
                lexicon.read(language, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("Safety terms unreadable: " + path, e);
            }
        }
        return lexicon;
    }

    /** A lexicon of one term file given as text, read as {@link #load} reads each language's file. */
    static Lexicon parse(String language, String terms) {
        var lexicon = new Lexicon();
        try {
            lexicon.read(language, new BufferedReader(new StringReader(terms)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lexicon;
    }

    /** The categories whose terms occur in the text, which must already be normalised. */
    Set<ContentCategory> find(String normalized) {
        String[] marked = words(normalized);
        String[] words = new String[marked.length];
        Word[] text = new Word[marked.length];
        for (int i = 0; i < marked.length; i++) {
            text[i] = Word.of(marked[i]);
            words[i] = text[i].text();
        }
        boolean[] allowed = allowed(words);
        Set<ContentCategory> found = EnumSet.noneOf(ContentCategory.class);
        for (int i = 0; i < text.length; i++) {
            if (allowed[i]) {
                continue;
            }
            for (Term term : text[i].masked() ? all : byFirstWord.getOrDefault(text[i].squeezed(), List.of())) {
                if (term.matchesAt(text, allowed, i)) {
                    found.add(term.category());
                }
            }
            for (Term term : text[i].masked() ? List.<Term>of() : prefixTerms(text[i])) {
                if (term.matchesAt(text, allowed, i)) {
                    found.add(term.category());
                }
            }
            if (i + 1 < text.length && !allowed[i + 1]) {
                // a word cut in two to slip past: "mur der", "ki ll"
                Word joined = Word.of(words[i] + words[i + 1]);
                for (Term term : byFirstWord.getOrDefault(joined.squeezed(), List.of())) {
                    if (term.words().length == 1 && term.same(joined, 0)) {
                        found.add(term.category());
                    }
                }
                for (Term term : prefixTerms(joined)) {
                    if (term.words().length == 1 && term.same(joined, 0)) {
                        found.add(term.category());
                    }
                }
            }
        }
        return found;
    }

    /** The prefix terms a word of the text may begin: those whose first word starts with its first letter. */
    private List<Term> prefixTerms(Word word) {
        return word.text().isEmpty() ? List.of() : byPrefix.getOrDefault(word.text().charAt(0), List.of());
    }

    private boolean[] allowed(String[] words) {
        boolean[] allowed = new boolean[words.length];
        for (int i = 0; i < words.length; i++) {
            allow(words, i, allowedByFirstWord.getOrDefault(words[i], List.of()), allowed);
            if (isNumber(words[i])) {
                allow(words, i, allowedByFirstWord.getOrDefault(NUMBER, List.of()), allowed);
            }
        }
        return allowed;
    }

    private static void allow(String[] words, int start, List<String[]> phrases, boolean[] allowed) {
        for (String[] phrase : phrases) {
            if (start + phrase.length <= words.length && matches(phrase, words, start)) {
                Arrays.fill(allowed, start, start + phrase.length, true);
            }
        }
    }

    private static boolean matches(String[] phrase, String[] words, int start) {
        for (int p = 0; p < phrase.length; p++) {
            String word = words[start + p];
            if (phrase[p].equals(NUMBER) ? !isNumber(word) : !phrase[p].equals(word)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNumber(String word) {
        return !word.isEmpty() && word.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private void read(String language, BufferedReader reader) throws IOException {
        ContentCategory category = null;
        boolean allowSection = false;
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            String entry = line.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            if (entry.startsWith("[") && entry.endsWith("]")) {
                String section = entry.substring(1, entry.length() - 1);
                allowSection = "allowed".equals(section);
                category = allowSection ? null : ContentCategory.ofKey(section);
                continue;
            }
            if (!allowSection && category == null) {
                throw new IllegalStateException(language + ".txt line " + lineNumber + ": term before any [category]");
            }
            for (String expanded : alternatives(entry)) {
                add(expanded, category, allowSection);
            }
        }
    }

    /** "{hits|kicks} ~ {dog|cat}" stands for every combination: "hits ~ dog", "hits ~ cat", ... */
    static List<String> alternatives(String entry) {
        int open = entry.indexOf('{');
        if (open < 0) {
            return List.of(entry);
        }
        int close = entry.indexOf('}', open);
        if (close < 0) {
            throw new IllegalStateException("Unclosed { in safety term: " + entry);
        }
        List<String> all = new ArrayList<>();
        for (String choice : entry.substring(open + 1, close).split("\\|")) {
            all.addAll(alternatives(entry.substring(0, open) + choice.strip() + entry.substring(close + 1)));
        }
        return all;
    }

    private void add(String entry, ContentCategory category, boolean allowSection) {
        List<String> words = new ArrayList<>();
        List<Boolean> prefixes = new ArrayList<>();
        for (String piece : entry.split("\\s+")) {
            if (piece.equals(NUMBER)) {
                if (!allowSection) {
                    throw new IllegalStateException("<number> is for allowed phrases only: " + entry);
                }
                words.add(NUMBER);
                prefixes.add(false);
                continue;
            }
            boolean prefix = piece.endsWith("*");
            // a term's own "'s" ("daddy's special bottle") is just its word: the text's possessive matches it
            String[] parts = Arrays.stream(words(TextNormalizer.normalize(prefix ? piece.substring(0, piece.length() - 1)
                    : piece))).map(w -> Word.of(w).text()).toArray(String[]::new);
            for (int p = 0; p < parts.length; p++) {
                words.add(parts[p]);
                prefixes.add(prefix && p == parts.length - 1);
            }
        }
        if (words.isEmpty()) {
            return;
        }
        if (allowSection) {
            if (words.contains("~")) {
                // an allowed phrase is matched word for word: a gap would never match, and the line would do nothing
                throw new IllegalStateException("\"~\" is for terms, not allowed phrases: " + entry);
            }
            allowedByFirstWord.computeIfAbsent(words.getFirst(), k -> new ArrayList<>()).add(words.toArray(String[]::new));
            return;
        }
        boolean[] prefix = new boolean[prefixes.size()];
        for (int p = 0; p < prefix.length; p++) {
            prefix[p] = prefixes.get(p);
        }
        var term = new Term(words.toArray(String[]::new), words.stream().map(Lexicon::squeeze).toArray(String[]::new),
                prefix, category);
        all.add(term);
        if (prefix[0]) {
            byPrefix.computeIfAbsent(words.getFirst().charAt(0), k -> new ArrayList<>()).add(term);
        } else {
            byFirstWord.computeIfAbsent(squeeze(words.getFirst()), k -> new ArrayList<>()).add(term);
        }
    }

    /**
     * Normalised text as words; "~" survives as the gap marker of a phrase, a possessive "'s" as a mark at
     * the end of its word and a letter hidden behind "*" as a mark in its place (see {@link Word}).
     */
    private static String[] words(String normalized) {
        String marked = POSSESSIVE.matcher(MASK.matcher(normalized).replaceAll(m -> String.valueOf(MASKED)
                .repeat(m.group().length()))).replaceAll(String.valueOf(OWNS));
        String[] raw = marked.replace("~", " \u0001 ").split("[^\\p{L}\\p{N}\\u0001\\u0003\\u0004]+");
        return Arrays.stream(raw).filter(w -> !w.isEmpty())
                .map(w -> w.equals("\u0001") ? "~" : w).toArray(String[]::new);
    }

    static String squeeze(String word) {
        return SQUEEZE.matcher(word).replaceAll("$1");
    }

    private static boolean compare(String textWord, String termWord, boolean prefix) {
        return prefix ? textWord.startsWith(termWord) : textWord.equals(termWord);
    }

    /** Like {@link #compare}, a masked letter of the text's word standing for any one letter of the term's. */
    private static boolean compareMasked(String textWord, String termWord, boolean prefix) {
        if (prefix ? textWord.length() < termWord.length() : textWord.length() != termWord.length()) {
            return false;
        }
        for (int i = 0; i < termWord.length(); i++) {
            char c = textWord.charAt(i);
            if (c != MASKED && c != termWord.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A word of the text, squeezed, and whether it is stretched: worked out once per word rather than once
     * per term it is compared with. A possessive ("dog's") is its word without the "'s", marked as one: it
     * still counts as a single word between the words of a phrase, and it ends no phrase ("kicks his dog's
     * ball" does not kick the dog). A masked word ("k*ll") has a mark for each hidden letter; it is taken
     * as masked only with at most {@link #MAX_MASKED} hidden letters and two shown.
     */
    private record Word(String text, String squeezed, boolean stretched, boolean possessive, boolean masked) {

        static Word of(String token) {
            boolean possessive = token.length() > 1 && token.charAt(token.length() - 1) == OWNS;
            String text = possessive ? token.substring(0, token.length() - 1) : token;
            long hidden = text.chars().filter(c -> c == MASKED).count();
            boolean masked = hidden > 0 && hidden <= MAX_MASKED && text.length() - hidden >= 2;
            if (hidden > 0 && !masked) {
                text = text.replace(String.valueOf(MASKED), "");
            }
            return new Word(text, squeeze(text), STRETCHED.matcher(text).find(), possessive, masked);
        }
    }

    /**
     * Words of a term (and the same squeezed), each exact or a prefix; "~" lets up to {@link #GAP} other
     * words stand between.
     */
    private record Term(String[] words, String[] squeezed, boolean[] prefix, ContentCategory category) {

        /**
         * The text's word is this term's word {@code w} (or begins with it, for a prefix word): exactly, unless
         * the text's word is stretched, then with repeated letters squeezed on both sides.
         */
        boolean same(Word text, int w) {
            if (text.masked()) {
                return compareMasked(text.text(), words[w], prefix[w]);
            }
            return text.stretched() ? compare(text.squeezed(), squeezed[w], prefix[w])
                    : compare(text.text(), words[w], prefix[w]);
        }

        /** {@link #same}, except that a possessive never ends a phrase of several words: it owns what follows. */
        boolean fits(Word text, int w) {
            return same(text, w) && !(text.possessive() && w == words.length - 1 && words.length > 1);
        }

        boolean matchesAt(Word[] text, boolean[] allowed, int start) {
            int at = start;
            for (int w = 0; w < words.length; w++) {
                if (words[w].equals("~")) {
                    int next = w + 1;
                    int found = -1;
                    for (int j = at; j < Math.min(text.length, at + GAP + 1); j++) {
                        if (!allowed[j] && fits(text[j], next)) {
                            found = j;
                            break;
                        }
                    }
                    if (found < 0) {
                        return false;
                    }
                    at = found + 1;
                    w = next;
                    continue;
                }
                if (at >= text.length || allowed[at] || !fits(text[at], w)) {
                    return false;
                }
                at++;
            }
            return true;
        }
    }
}
