package io.storyloom.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyloom.design.BaseStyle;
import io.storyloom.design.SceneMoment;
import io.storyloom.design.VisualProfile;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Image prompts within a model's limit: the least important parts go first, the characters never. */
class ImagePromptComposerTest {

    private final ImagePromptComposer composer = new ImagePromptComposer(new PromptTemplates());

    private static final VisualProfile PROFILE = new VisualProfile(List.of(
            new VisualProfile.Character("Mia", "child", "curly red hair, freckles, green eyes, a gap-toothed smile",
                    "a yellow raincoat with big blue buttons and red wellington boots",
                    new VisualProfile.Colors("#b5442b", "#f2c9a0", "#3f8f4f", "#f4d35e", "#2a6fdb")),
            new VisualProfile.Character("Pip", "dragon", "a small round blue dragon with stubby wings and a curly tail",
                    null, new VisualProfile.Colors("#3a7bd5", "#6fa8f5", "#222222", "#3a7bd5", "#f7b267"))));

    // Every field as long as the model may write it.
    private static final BaseStyle STYLE = new BaseStyle("watercolor", "soft watercolor on textured paper ".repeat(6),
            List.of("#f4d35e", "#3a7bd5", "#8fbcd4", "#e07a5f", "#ffffff", "#000000", "#123456", "#abcdef"),
            "warm morning light through the leaves ".repeat(5), "gentle and cheerful ".repeat(10),
            "soft watercolor picture-book illustration with warm light and loose edges ".repeat(8));
    private static final SceneMoment SCENE = new SceneMoment(3, "the garden by the tall sunflowers ".repeat(9),
            "morning", "Mia kneels beside the speckled egg and gently pats it ".repeat(5), "curious",
            List.of("Mia", "Pip"), List.of("speckled egg", "watering can", "a red kite", "a basket of plums"),
            "wide shot from a low angle", "Mia and Pip look at the speckled egg among the sunflowers. ".repeat(10));

    private static List<String> characterLines(String prompt) {
        return prompt.lines().filter(l -> l.startsWith("Mia (child)") || l.startsWith("Pip (dragon)")).toList();
    }

    @Test
    void withoutALimitEveryPartIsThere() {
        String prompt = composer.page(STYLE, PROFILE, SCENE).text();

        assertThat(prompt).contains("Children's picture book illustration, soft watercolor", "lighting",
                "Setting: the garden", "Feeling: curious.", "wide shot from a low angle.",
                "Important objects: speckled egg", "Keep every character exactly as described.",
                "Mia (child): curly red hair", "wearing a yellow raincoat", "Pip (dragon): a small round blue dragon");
        assertThat(prompt.length()).isGreaterThan(3000);
    }

    @ParameterizedTest
    @ValueSource(ints = {3000, 2000, 1000})
    void aPageFitsTheLimitAndKeepsEveryCharacterWhole(int limit) {
        String full = composer.page(STYLE, PROFILE, SCENE).text();

        String prompt = composer.page(STYLE, PROFILE, SCENE, limit).text();

        assertThat(prompt.length()).isLessThanOrEqualTo(limit);
        assertThat(characterLines(prompt)).isEqualTo(characterLines(full)).hasSize(2);
        assertThat(prompt).contains("Scene: Mia and Pip");
    }

    @Test
    void theLeastImportantPartsGoFirst() {
        String full = composer.page(STYLE, PROFILE, SCENE).text();

        String prompt = composer.page(STYLE, PROFILE, SCENE, full.length() - 10).text();

        assertThat(prompt).doesNotContain("Important objects").contains("wide shot from a low angle", "lighting");
        String tighter = composer.page(STYLE, PROFILE, SCENE, full.length() - 200).text();
        assertThat(tighter).doesNotContain("Important objects", "wide shot from a low angle", "palette")
                .contains("Keep every character exactly as described.");
    }

    @Test
    void theReferenceSheetFitsToo() {
        String prompt = composer.reference(STYLE, PROFILE, 1000).text();

        assertThat(prompt.length()).isLessThanOrEqualTo(1000);
        assertThat(characterLines(prompt)).hasSize(2);
        assertThat(prompt).contains("Character reference sheet");
    }
}
