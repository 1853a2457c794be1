package io.storyloom.ai.offline.writer;

import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.answer;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.bareBrief;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.brief;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.complete;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.story;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.storyFacts;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.text;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.storyloom.ai.PromptKind;
import io.storyloom.design.VisualProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OfflineStoryVisualProfileTest {

    @Test
    void putsTheChildFirstThenTheCompanionTheStoryNames() {
        var brief = brief();
        var story = story(brief);

        VisualProfile profile = profile(brief);

        var child = profile.characters().getFirst();
        assertThat(child.name()).isEqualTo("Mia");
        assertThat(child.kind()).isEqualTo("child");
        assertThat(child.appearance()).contains("Curly red hair and green eyes");
        assertThat(child.clothing()).isEqualTo("a yellow raincoat and red boots");
        var companion = profile.characters().get(1);
        assertThat(companion.kind()).isEqualTo("dragon");
        assertThat(companion.appearance()).contains("a small blue dragon");
        assertThat(text(story)).contains(companion.name() + ", a small blue dragon");
        assertThat(profile.characters()).hasSizeLessThanOrEqualTo(6);
    }

    @Test
    void mapsColourWordsToPlausibleColours() {
        VisualProfile profile = profile(brief());
        var child = profile.characters().getFirst().colors();
        var dragon = profile.characters().get(1).colors();

        assertThat(rgb(child.hair())).as("red hair").satisfies(c -> assertThat(c[0]).isGreaterThan(c[1] + 40).isGreaterThan(c[2] + 40));
        assertThat(rgb(child.eyes())).as("green eyes").satisfies(c -> assertThat(c[1]).isGreaterThan(c[0]).isGreaterThan(c[2]));
        assertThat(rgb(child.outfit())).as("yellow raincoat").satisfies(c -> assertThat(Math.min(c[0], c[1])).isGreaterThan(c[2] + 80));
        assertThat(rgb(child.accent())).as("red boots").satisfies(c -> assertThat(c[0]).isGreaterThan(c[1] + 80));
        assertThat(rgb(dragon.hair())).as("blue dragon").satisfies(c -> assertThat(c[2]).isGreaterThan(c[0]).isGreaterThan(c[1] - 60));
    }

    @Test
    void readsSkinEyeAndHairWordsInEveryLanguage() {
        var english = profile(with(brief(), "appearance", "dark brown skin, black curly hair and hazel eyes")).characters().getFirst().colors();
        assertThat(brightness(english.skin())).isLessThan(brightness("#E8B48F"));
        assertThat(brightness(english.hair())).isLessThan(80);

        var blonde = profile(with(brief(), "appearance", "long blonde hair, fair skin and blue eyes")).characters().getFirst().colors();
        assertThat(rgb(blonde.hair())).satisfies(c -> assertThat(Math.min(c[0], c[1])).isGreaterThan(c[2] + 40));
        assertThat(rgb(blonde.eyes())).satisfies(c -> assertThat(c[2]).isGreaterThan(c[0]));
        assertThat(brightness(blonde.skin())).isGreaterThan(brightness("#E8B48F"));

        Map.of("es", "pelo rojo y ojos azules", "fr", "cheveux roux et yeux bleus", "de", "rote Haare und blaue Augen")
                .forEach((language, words) -> {
                    var colours = profile(with(brief(), "language", language, "appearance", words)).characters().getFirst().colors();
                    assertThat(rgb(colours.hair())).as(language + " hair").satisfies(c -> assertThat(c[0]).isGreaterThan(c[2] + 40));
                    assertThat(rgb(colours.eyes())).as(language + " eyes").satisfies(c -> assertThat(c[2]).isGreaterThan(c[0]));
                });
    }

    @Test
    void givesFriendlyDefaultsWhenTheParentSaidNothing() {
        VisualProfile profile = profile(bareBrief());

        var child = profile.characters().getFirst();
        assertThat(child.appearance()).isNotBlank();
        assertThat(child.clothing()).isNotBlank();
        assertThat(profile.characters()).extracting(VisualProfile.Character::kind).first().isEqualTo("child");
        assertThat(profile(bareBrief())).isEqualTo(profile);
    }

    @Test
    void namesTheCompanionAsTheParentDid() {
        assertThat(companion("her dog Max")).extracting(VisualProfile.Character::name, VisualProfile.Character::kind)
                .containsExactly("Max", "dog");
        assertThat(companion("Pip the robot")).extracting(VisualProfile.Character::name, VisualProfile.Character::kind)
                .containsExactly("Pip", "robot");
        assertThat(companion("un dragón llamado Chispa")).extracting(VisualProfile.Character::name, VisualProfile.Character::kind)
                .containsExactly("Chispa", "dragon");
        assertThat(companion("a sparkly purple narwhal")).satisfies(c -> {
            assertThat(c.kind()).isEqualTo("narwhal");
            assertThat(c.name()).matches("\\p{Lu}\\p{L}{1,8}");
            assertThat(rgb(c.colors().hair())).satisfies(rgb -> assertThat(rgb[2]).isGreaterThan(rgb[1]));
        });
    }

    @Test
    void inventsNoCompanionWhenNoneIsGiven() {
        var brief = with(bareBrief(), "idea", "a snowy adventure");
        VisualProfile profile = profile(brief);

        assertThat(profile.characters()).hasSize(1);
        assertThat(text(story(brief))).contains("snow");
    }

    @Test
    void keepsAHostileNameIntact() {
        String name = "Mia\"}<script>alert(1)</script>";
        VisualProfile profile = profile(with(brief(), "child_name", name));

        assertThat(profile.characters().getFirst().name()).isEqualTo(name);
        assertThat(new OfflineStoryChecks().heroFirst(profile, name)).isEmpty();
    }

    @Test
    void answersTheSameForTheSameFacts() {
        var facts = storyFacts(brief(), story(brief()));
        assertThat(complete(PromptKind.VISUAL_PROFILE, facts, 1L).content())
                .isEqualTo(complete(PromptKind.VISUAL_PROFILE, facts, 99L).content());
    }

    @Test
    void givesEachChildNobodyDescribedALookOfTheirOwn() {
        var looks = new java.util.HashSet<String>();
        for (String name : java.util.List.of("Mia", "Leo", "Sam", "Ava", "Noah", "Zara", "Ella", "Omar", "Ivy", "Jack")) {
            var brief = with(bareBrief(), "child_name", name, "clothing", "");
            var child = profile(brief).characters().getFirst();
            looks.add(child.colors().hair() + child.colors().skin() + child.colors().outfit());
            assertThat(profile(brief).characters().getFirst()).as("the same child in every answer").isEqualTo(child);
        }
        assertThat(looks).as("ten children, not one").hasSizeGreaterThanOrEqualTo(6);
    }

    private static VisualProfile profile(Map<String, Object> brief) {
        VisualProfile profile = answer(PromptKind.VISUAL_PROFILE, storyFacts(brief, story(brief)), 1L, VisualProfile.class);
        assertThat(new OfflineStoryChecks().heroFirst(profile, (String) brief.get("child_name"))).isEmpty();
        return profile;
    }

    private static VisualProfile.Character companion(String words) {
        return profile(with(brief(), "companion", words)).characters().get(1);
    }

    static int[] rgb(String hex) {
        int value = Integer.parseInt(hex.substring(1), 16);
        return new int[] {value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF};
    }

    private static int brightness(String hex) {
        int[] c = rgb(hex);
        return (c[0] + c[1] + c[2]) / 3;
    }
}
