package io.storyloom.ai.offline.writer;

import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.answer;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.brief;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.story;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.storyFacts;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.storyloom.ai.PromptKind;
import io.storyloom.design.BaseStyle;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class OfflineStoryBaseStyleTest {

    @ParameterizedTest
    @ValueSource(strings = {"watercolor", "crayon", "paper_cut", "storybook", "pencil", "pixel", "cartoon"})
    void directsEachKnownStyle(String artStyle) {
        BaseStyle style = style(with(brief(), "art_style", artStyle));

        assertThat(style.artStyle()).isEqualTo(artStyle);
        assertThat(style.palette()).hasSizeBetween(4, 6).allMatch(hex -> hex.matches("^#[0-9a-fA-F]{6}$"));
        assertThat(style.medium()).containsIgnoringCase(artStyle.equals("paper_cut") ? "paper" : artStyle.substring(0, 5));
        assertThat(style.stylePrompt()).isNotBlank().doesNotContain("Mia");
        assertThat(style.lighting()).isNotBlank();
        assertThat(style.mood()).isNotBlank();
    }

    @Test
    void givesEveryStyleItsOwnLook() {
        List<String> media = List.of("watercolor", "crayon", "paper_cut", "storybook", "pencil", "pixel", "cartoon")
                .stream().map(id -> style(with(brief(), "art_style", id)).medium()).distinct().toList();

        assertThat(media).hasSize(7);
    }

    @Test
    void describesAnUnknownStyleInTheParentsWords() {
        BaseStyle style = style(with(brief(), "art_style", "claymation", "art_style_description", "soft plasticine figures"));

        assertThat(style.artStyle()).isEqualTo("claymation");
        assertThat(style.medium()).isEqualTo("soft plasticine figures");
        assertThat(style.stylePrompt()).contains("soft plasticine figures");
    }

    @Test
    void fitsThePaletteAndLightToTheSetting() {
        BaseStyle garden = style(brief());
        BaseStyle space = style(with(brief(), "idea", "a rocket trip to the moon"));

        assertThat(garden.palette()).isNotEqualTo(space.palette());
        assertThat(garden.lighting()).contains("sunshine");
        assertThat(space.lighting()).contains("stars");
    }

    @Test
    void readsTheSameInEveryLanguageOfTheBook() {
        Map<String, Object> spanish = with(brief(), "language", "es", "idea", "un día en el jardín");

        assertThat(style(spanish).palette()).isEqualTo(style(brief()).palette());
    }

    private static BaseStyle style(Map<String, Object> brief) {
        return answer(PromptKind.BASE_STYLE, storyFacts(brief, story(brief)), 1L, BaseStyle.class);
    }
}
