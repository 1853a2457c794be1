package io.storyloom.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each way of disguising a word comes out as the plain word; ordinary text is left readable. */
class TextNormalizerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            leetspeak                  | a boy who wants to k1ll        | a boy who wants to kill
            leetspeak symbols          | $3x and w33d                   | sex and weed
            spaced letters             | the dragon will k i l l them   | the dragon will kill them
            hyphenated letters         | m-u-r-d-e-r at school          | murder at school
            dotted letters             | a g.u.n in class               | a gun in class
            article before spaced      | a k i l l e r                  | a killer
            Cyrillic look-alike        | the knight k\u0456lls          | the knight kills
            Greek look-alike           | a b\u03BFmb                    | a bomb
            zero-width space           | ki\u200Blls                    | kills
            zero-width joiner          | ki\u200Dlls                    | kills
            soft hyphen                | mur\u00ADders                  | murders
            word joiner                | p\u2060o\u2060r\u2060n         | porn
            fullwidth letters          | \uFF2B\uFF49\uFF4C\uFF4C        | kill
            accents                    | Ein Mädchen schießt, un niño   | ein madchen schiesst, un nino
            stretched letters          | kiiiiiilllll                   | kiiilll
            numbers stay numbers       | a mother with 3 kids at 7pm    | a mother with 3 kids at tpm
            exclamation stays          | help!                          | help!
            """)
    void disguisesAreUndone(String name, String text, String expected) {
        assertThat(TextNormalizer.normalize(text)).isEqualTo(expected);
    }
}
