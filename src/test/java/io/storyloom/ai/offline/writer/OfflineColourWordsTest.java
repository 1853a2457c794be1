package io.storyloom.ai.offline.writer;

import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.answer;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.brief;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.storyloom.ai.PromptKind;
import io.storyloom.design.VisualProfile;
import java.awt.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The table of colour words: what the parent writes about the child's looks becomes these colours. */
class OfflineColourWordsTest {

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            light brown skin                 | skin | #C89468
            medium brown skin                | skin | #A86B47
            dark brown skin                  | skin | #6B4430
            dark skin                        | skin | #6B4430
            brown skin                       | skin | #8D5A3B
            olive skin                       | skin | #C9A27E
            tan skin                         | skin | #C68E62
            fair skin                        | skin | #F6D7C3
            pale skin and freckles           | skin | #F6D7C3
            freckles                         | skin | #F1C6A8
            black skin                       | skin | #5A3825
            light brown hair                 | hair | #A0714A
            dark brown hair                  | hair | #3B2618
            curly red hair                   | hair | #B5452B
            blonde pigtails                  | hair | #E6C77A
            black hair                       | hair | #2A1D16
            ginger hair and light brown skin | skin | #C89468
            green eyes                       | eyes | #4C9A5A
            light brown eyes                 | eyes | #8E6240
            """)
    void mapsTheParentsColourWords(String appearance, String feature, String hex) {
        var colours = profile(with(brief(), "appearance", appearance, "companion", "")).characters().getFirst()
                .colors();
        String actual = switch (feature) {
            case "skin" -> colours.skin();
            case "hair" -> colours.hair();
            default -> colours.eyes();
        };
        assertThat(actual).as(appearance).isEqualToIgnoringCase(hex);
    }

    @Test
    void clothesTakeTheColoursNamed() {
        var colours = profile(with(brief(), "clothing", "a green dress and purple boots")).characters().getFirst()
                .colors();
        assertThat(colours.outfit()).isEqualToIgnoringCase("#4CAF50");
        assertThat(colours.accent()).isEqualToIgnoringCase("#9B6BCF");
    }

    @Test
    void aGrandmaIsDrawnAsAPersonNotInHerCardigansColour() {
        for (String companion : new String[] {"Grandma in her blue cardigan", "grandma", "my grandpa"}) {
            var grandma = profile(with(brief(), "companion", companion)).characters().get(1);
            Color skin = Color.decode(grandma.colors().skin());
            assertThat(skin.getRed()).as("%s skin %s is a skin tone", companion, grandma.colors().skin())
                    .isGreaterThan(skin.getBlue());
            assertThat(grandma.colors().hair()).as("grey hair").isEqualToIgnoringCase("#C9C9C9");
        }
        var blue = profile(with(brief(), "companion", "Grandma in her blue cardigan")).characters().get(1);
        assertThat(blue.colors().outfit()).isEqualToIgnoringCase("#4A7BD0");
    }

    private static VisualProfile profile(java.util.Map<String, Object> facts) {
        return answer(PromptKind.VISUAL_PROFILE, facts, 1L, VisualProfile.class);
    }
}
