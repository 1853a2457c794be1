package io.storyloom.safety;

import com.ibm.icu.text.SpoofChecker;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes the usual ways of writing a word so that a list or a model does not recognise it: Unicode
 * compatibility forms (NFKC), invisible characters (zero-width, joiners, soft hyphens), look-alike
 * letters from other scripts (ICU's confusable skeletons: a Cyrillic "і" is an "i"), accents,
 * leetspeak ({@code k1ll}), letters spelt out one by one ({@code k i l l}, {@code m-u-r-d-e-r}) and
 * stretched letters ({@code kiiiill}, kept as three so the word is known to be stretched). The result is lower case and meant for matching,
 * never for showing.
 */
final class TextNormalizer {

    /** Format characters (zero-width, joiners, soft hyphen, bidi controls), variation selectors, the grapheme joiner. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\x{034F}\\x{FE00}-\\x{FE0F}\\x{E0100}-\\x{E01EF}]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Map<Character, String> LIGATURES = Map.of('ß', "ss", 'æ', "ae", 'œ', "oe", 'ø', "o",
            'ł', "l", 'đ', "d", 'ı', "i", 'þ', "th");
    /** A word with digits or symbols standing for letters, like k1ll or $ex. */
    private static final Pattern LEET_WORD = Pattern.compile("(?<![\\p{L}\\p{N}])[\\p{L}\\p{N}@$!|+]*\\p{L}[\\p{L}\\p{N}@$!|+]*");
    private static final Map<Character, Character> LEET = Map.ofEntries(Map.entry('0', 'o'), Map.entry('1', 'i'),
            Map.entry('3', 'e'), Map.entry('4', 'a'), Map.entry('5', 's'), Map.entry('7', 't'), Map.entry('8', 'b'),
            Map.entry('9', 'g'), Map.entry('@', 'a'), Map.entry('$', 's'), Map.entry('!', 'i'), Map.entry('|', 'l'),
            Map.entry('+', 't'));
    /**
     * Three or more single letters with the same separator between them: "k i l l", "m-u-r-d-e-r",
     * "k.i.l.l" (so in "a g.u.n" the article stays apart).
     */
    private static final Pattern SPELT_OUT = Pattern.compile(
            "(?<!\\p{L})\\p{L}([^\\p{L}\\p{N}\\n]{1,3})\\p{L}(?:\\1\\p{L}(?!\\p{L}))+(?!\\p{L})");
    /** "a k i l l": an English one-letter word before a spelt-out word stays a word of its own. */
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^([ai])\\s+(?=\\p{L}\\s+\\p{L}\\s+\\p{L})");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}]+");
    private static final Pattern STRETCHED = Pattern.compile("(\\p{L})\\1{2,}");

    private static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();

    private TextNormalizer() {
    }

    static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = INVISIBLE.matcher(s).replaceAll("");
        s = fold(s.toLowerCase(Locale.ROOT));
        s = replace(LEET_WORD, s, TextNormalizer::unleet);
        s = replace(SPELT_OUT, s, TextNormalizer::join);
        return STRETCHED.matcher(s).replaceAll("$1$1$1");
    }

    /** Latin letters lose their accents; letters of other scripts that look like Latin ones become them. */
    private static String fold(String s) {
        var out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp < 0x80) {
                out.append((char) cp);
                return;
            }
            String letter = Character.toString(cp);
            String ligature = cp <= 0xFFFF ? LIGATURES.get((char) cp) : null;
            if (ligature != null) {
                out.append(ligature);
                return;
            }
            String bare = MARKS.matcher(Normalizer.normalize(letter, Normalizer.Form.NFD)).replaceAll("");
            if (isAsciiLetters(bare)) {
                out.append(bare);
                return;
            }
            if (Character.isLetter(cp)) {
                String skeleton = MARKS.matcher(Normalizer.normalize(SPOOF.getSkeleton(letter), Normalizer.Form.NFD))
                        .replaceAll("").toLowerCase(Locale.ROOT);
                if (isAsciiLetters(skeleton) && skeleton.length() <= 2) {
                    out.append(skeleton);
                    return;
                }
            }
            out.append(bare.isEmpty() ? letter : bare);
        });
        return out.toString();
    }

    private static boolean isAsciiLetters(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z');
    }

    private static String join(String spelt) {
        Matcher article = LEADING_ARTICLE.matcher(spelt);
        if (article.find()) {
            return article.group(1) + " " + SEPARATORS.matcher(spelt.substring(article.end())).replaceAll("");
        }
        return SEPARATORS.matcher(spelt).replaceAll("");
    }

    private static String unleet(String word) {
        if (word.chars().allMatch(Character::isLetter)) {
            return word;
        }
        var out = new StringBuilder(word.length());
        int end = word.length();
        // "kill!" or "help!!" end in punctuation, not in a letter written as a symbol
        while (end > 0 && (word.charAt(end - 1) == '!' || word.charAt(end - 1) == '|')) {
            end--;
        }
        for (int i = 0; i < end; i++) {
            Character letter = LEET.get(word.charAt(i));
            out.append(letter == null ? word.charAt(i) : letter);
        }
        return out.append(word, end, word.length()).toString();
    }

    private static String replace(Pattern pattern, String s, java.util.function.UnaryOperator<String> change) {
        Matcher m = pattern.matcher(s);
        var out = new StringBuilder(s.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(change.apply(m.group())));
        }
        return m.appendTail(out).toString();
    }
}
