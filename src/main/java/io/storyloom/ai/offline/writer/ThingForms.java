package io.storyloom.ai.offline.writer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words that go with a catalogue thing in a language with genders, from the retelling bank's
 * {@code grammar}: its articles in each case ("la cometa", "den Drachen", "l'œuf"), the pronoun that
 * stands for it and the endings that agree with it. The bank holds the words; this only picks the
 * group (gender, number, before a vowel) and puts the noun in.
 */
final class ThingForms {

    private static final String VOWELS = "aeiouy";

    private ThingForms() {
    }

    /** Every form of the group as a token: "thing_the" is "la cometa" for a kite in Spanish. */
    static Map<String, String> of(RetellingBank bank, Catalogue.Thing thing, boolean plural) {
        String key = thing.gender() + (plural ? "_pl" : "");
        var forms = new HashMap<>(bank.grammar().getOrDefault(key, bank.grammar().get("m")));
        String noun = plural ? thing.plural() : thing.noun();
        if (elides(thing, noun)) {
            forms.putAll(bank.grammar().getOrDefault(key + "_vowel", Map.of()));
        }
        String oblique = !plural && thing.oblique() != null ? thing.oblique() : noun;
        var out = new HashMap<String, String>();
        forms.forEach((token, form) -> out.put(token, form.replace("{noun}", noun).replace("{oblique}", oblique)
                .replace("{dative}", plural ? dativePlural(noun) : oblique)));
        out.put("thing", noun);
        return out;
    }

    /** How an interest the catalogue knows is named in a list of things one loves: "los dinosaurios". */
    static String interest(RetellingBank bank, Catalogue.Thing thing) {
        var forms = of(bank, thing, true);
        return forms.getOrDefault("interest", thing.plural());
    }

    private static boolean elides(Catalogue.Thing thing, String noun) {
        if (thing.elide() != null) {
            return thing.elide();
        }
        String first = Texts.fold(noun);
        return !first.isEmpty() && VOWELS.indexOf(first.charAt(0)) >= 0;
    }

    /** German adds -n to a plural in the dative unless it already ends in -n or -s: "mit den Bällen". */
    private static String dativePlural(String plural) {
        return List.of('n', 's').contains(plural.charAt(plural.length() - 1)) ? plural : plural + "n";
    }
}
