package io.storyloom.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which language a text is in, and its word-by-word English gloss for the classifier. */
class GlossaryTest {

    private static final Glossary GLOSSARY = Glossary.load();

    private static String normalized(String text) {
        return TextNormalizer.normalize(text);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            es | El padre golpea al niño con un cinturón
            es | Una niña que se esconde en el sótano
            fr | Le père frappe l'enfant avec une ceinture
            fr | Une petite fille qui a peur du noir
            de | Der Vater schlägt das Kind mit einem Gürtel
            de | Ein Junge, der sich im Keller versteckt
            """)
    void aTextIsKnownByItsCommonWords(String language, String text) {
        assertThat(GLOSSARY.language(normalized(text))).contains(language);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The father hits the child with a belt", "A dragon who is afraid of the dark",
            "Killarney", "Gore-Tex", "Kid1", "Mia and Leo", "A story set in Madrid with a flamenco dancer"})
    void anEnglishTextOrOneTooShortToTellIsNotGlossed(String text) {
        assertThat(GLOSSARY.language(normalized(text))).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            es | El padre golpea al niño con un cinturón    | father,hits,child,belt
            es | Una niña que quiere quitarse la vida       | girl,kill
            fr | Le père frappe l'enfant avec une ceinture  | the father hits the child with a belt
            fr | Une fille qui veut mettre fin à ses jours  | girl,kill himself
            de | Der Vater schlägt das Kind mit einem Gürtel | father,hit,child,belt
            de | Der Onkel nimmt das Küchenmesser           | uncle,kitchen knife
            """)
    void aSentenceIsGlossedIntoEnglishWords(String language, String text, String english) {
        String gloss = GLOSSARY.gloss(normalized(text), language);
        if (english.contains(",")) {
            assertThat(gloss).contains(english.split(","));
        } else {
            assertThat(gloss).isEqualTo(english);
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            es | golpeaban    | golpeaban
            fr | frappèrent   | frappèrent
            """)
    void aFormTheGlossaryDoesNotListIsFoundByItsStem(String language, String form, String unlisted) {
        String gloss = GLOSSARY.gloss(normalized(form), language);
        assertThat(gloss).isNotEqualTo(normalized(unlisted)).contains("hit");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            es | Zorblax y Quimby
            de | Zorblax und Quimby
            """)
    void aWordFoundNowhereStaysAsItIs(String language, String text) {
        assertThat(GLOSSARY.gloss(normalized(text), language)).startsWith("zorblax ").endsWith(" quimby");
    }

    /** Whatever a parent types reaches the glossary normalised: nothing in it may make the review fail. */
    @Test
    void anyTextIsGlossedWithoutFailing() {
        var random = new java.util.Random(20261204);
        String pieces = "aeiouäöüßñçœ'’- .,!?lqudsjnmtkzяі\u200b\u00ad0123456789";
        for (int i = 0; i < 5_000; i++) {
            var text = new StringBuilder();
            int length = random.nextInt(120);
            for (int j = 0; j < length; j++) {
                text.append(random.nextInt(8) == 0 ? Character.toChars(random.nextInt(0x2FFFF))
                        : new char[] {pieces.charAt(random.nextInt(pieces.length()))});
            }
            String normalized = normalized(text.toString());
            for (String language : Glossary.LANGUAGES) {
                assertThat(GLOSSARY.gloss(normalized, language)).isNotNull();
            }
            assertThat(GLOSSARY.language(normalized)).isNotNull();
        }
        assertThat(GLOSSARY.gloss(normalized("der ".repeat(20_000) + "Küchenmesser"), "de")).endsWith("kitchen knife");
    }
}
