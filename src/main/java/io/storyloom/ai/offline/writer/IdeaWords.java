package io.storyloom.ai.offline.writer;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an idea in a language other than English is read, from that language's retelling bank: the
 * words that bring a companion along ("con", "avec", "mit"), the family words and what they are
 * called in the story ("abuela" is Abuela, a grandma), and the phrases that put the thing somewhere
 * ("en lo alto de un árbol"), as patterns over the folded idea.
 *
 * @param with     the words before a companion: "con|y"
 * @param owners   the possessives and articles that may stand between them and the companion: "su|mi|el|la"
 * @param family   folded family words to their name in the story and its English kind for the illustrator
 * @param spots    spot id of the retelling bank to a pattern over the folded idea
 */
record IdeaWords(String with, String owners, Map<String, Family> family, Map<String, String> spots) {

    /** A family member: "Abuela" in the story, a "grandma" in the pictures. */
    record Family(String name, String kind) {
    }

    private static final String NAME = "(?:\\s+(\\p{Lu}[\\p{L}'-]+))?";

    /**
     * The words of a companion the idea brings along, as the idea wrote them ("su perro Rex", "Oma"),
     * or empty. Matched on the idea without accents, so "mamá" and "mama" are one word; the words are
     * taken from the idea as written.
     */
    String companionIn(String text, String childName, Lexicon lexicon, Catalogue catalogue) {
        String plain = withoutAccents(text);
        String kinds = String.join("|", lexicon.kindPatterns());
        String families = String.join("|", family.keySet().stream().map(k -> k.replace(" ", "[- ]")).toList());
        Pattern with = Pattern.compile("\\b(?:" + this.with + ")\\s+((?:(?:" + owners + ")\\s+){0,2}(?:" + families
                + "|" + kinds + ")\\b" + NAME + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Matcher m = with.matcher(plain);
        while (m.find()) {
            String name = m.group(2);
            String words = text.substring(m.start(1), m.end(1)).strip();
            // "con su perro Rex" keeps the name; "mit Oma Garten" does not make "Garten" a name.
            if (name != null && !isName(name, childName, lexicon, catalogue)) {
                words = text.substring(m.start(1), m.start(2)).strip();
            }
            return words;
        }
        Matcher and = Pattern.compile("\\b(?:" + this.with + ")\\s+(\\p{Lu}[\\p{L}'-]+)").matcher(text);
        while (and.find()) {
            if (isName(and.group(1), childName, lexicon, catalogue)) {
                return and.group(1);
            }
        }
        return "";
    }

    /** The family member a companion's words name, or {@code null}. */
    Family familyIn(String words) {
        String padded = " " + Texts.fold(words) + " ";
        return family.entrySet().stream().filter(e -> padded.contains(" " + e.getKey() + " ")).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    /** The spot the idea puts the thing in and the folded idea without those words, or {@code null}. */
    List<String> spotIn(String folded) {
        for (var e : spots.entrySet()) {
            Matcher m = Pattern.compile(e.getValue()).matcher(folded);
            if (m.find()) {
                return List.of(e.getKey(), folded.substring(0, m.start()) + " " + folded.substring(m.end()));
            }
        }
        return null;
    }

    /** A capitalised word that is nobody's kind, thing or place: in German every noun is capitalised. */
    private boolean isName(String word, String childName, Lexicon lexicon, Catalogue catalogue) {
        return !word.equalsIgnoreCase(childName) && !lexicon.isKindWord(word) && !lexicon.isGenericCompanionWord(word)
                && catalogue.placesIn(word).isEmpty() && catalogue.thingsIn(word).isEmpty()
                && familyIn(word) == null && !Companion.DETERMINERS.contains(Texts.fold(word));
    }

    /** The text with accents removed letter by letter, so positions in it are positions in the text. */
    private static String withoutAccents(String text) {
        var out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            String plain = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
            out.append(plain.length() == 1 ? plain.charAt(0) : c);
        }
        return out.toString();
    }
}
