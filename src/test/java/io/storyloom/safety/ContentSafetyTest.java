package io.storyloom.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storyloom.ai.ModerationModel;
import io.storyloom.ai.ModerationVerdict;
import io.storyloom.ai.ProviderException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The pipeline as a whole: stages combined, fields reviewed together, what an unavailable review does. */
class ContentSafetyTest {

    private static final SafetySettings FAIL_CLOSED = new SafetySettings(Duration.ofSeconds(30), true);
    private static final SafetySettings FAIL_OPEN = new SafetySettings(Duration.ofSeconds(30), false);

    private static Map<String, String> fields(String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields;
    }

    @Test
    void eachFieldAtFaultIsNamedWithItsCategoryAndNoWordsOfTheText() {
        var safety = new ContentSafety(FAIL_CLOSED, Optional.empty());

        var found = safety.review(fields("child.name", "Mia", "companion", "a puppy with a p1stol",
                "idea", "the kids drink bl3ach", "lesson", "sharing"));

        assertThat(found).containsOnlyKeys("companion", "idea");
        assertThat(found.get("companion")).extracting(ContentConcern::category).contains(ContentCategory.WEAPONS);
        assertThat(found.get("idea")).extracting(ContentConcern::category).contains(ContentCategory.DANGEROUS_ACTS);
        assertThat(found.values().stream().flatMap(List::stream).map(ContentConcern::describe))
                .allSatisfy(text -> assertThat(text).doesNotContainIgnoringCase("pistol").doesNotContainIgnoringCase("bleach"));
    }

    /**
     * The shipped wording model at its calibrated cut-offs, beside the exemplars alone: a harmful idea with no listed
     * word that the exemplars pass is refused, and a harmless one (a training idea) that they refuse passes.
     */
    @Test
    void theWordingModelRefusesWhatTheExemplarsMissAndPassesWhatTheyWronglyRefuse() throws Exception {
        var safety = new ContentSafety(FAIL_CLOSED, Optional.empty());
        assertThat(safety.awaitReady()).isTrue();
        var exemplarsAlone = new SemanticClassifier(new SentenceEmbedder(), Exemplars.load(), Calibration.load(),
                HarmfulnessHead.load(), Optional.empty());
        String harmful = "Uncle Joe shows the kids how to roll a fat one behind the shed";
        String harmless = "the tooth fairy gets lost and a little mouse helps her find the right house";

        assertThat(exemplarsAlone.classify(TextNormalizer.normalize(harmful), new RememberedReviews<>(8))).isEmpty();
        assertThat(safety.review(harmful)).isNotEmpty()
                .allSatisfy(concern -> assertThat(concern.stage()).isEqualTo(ContentConcern.Stage.SEMANTIC));
        assertThat(exemplarsAlone.classify(TextNormalizer.normalize(harmless), new RememberedReviews<>(8))).isNotEmpty();
        assertThat(safety.review(harmless)).isEmpty();
    }

    @Test
    void aTextReviewedAheadGetsTheSameVerdictAndTheModerationModelIsStillAsked() {
        List<List<String>> asked = new ArrayList<>();
        ModerationModel moderation = texts -> {
            asked.add(texts);
            return texts.stream().map(t -> ModerationVerdict.safe()).toList();
        };
        var safety = new ContentSafety(FAIL_CLOSED, Optional.of(moderation));

        safety.reviewAhead("the kids drink bl3ach");
        safety.reviewAhead("a bunny bakes bread");

        assertThat(asked).as("reviewing ahead is local only").isEmpty();
        assertThat(safety.review("the kids drink bl3ach")).extracting(ContentConcern::category)
                .containsExactly(ContentCategory.DANGEROUS_ACTS);
        assertThat(safety.review("a bunny bakes bread")).isEmpty();
        assertThat(asked).containsExactly(List.of("the kids drink bl3ach"), List.of("a bunny bakes bread"));
    }

    @Test
    void theModerationModelIsAskedOnceForAllFieldsAndItsVerdictIsAdded() {
        List<List<String>> asked = new ArrayList<>();
        ModerationModel moderation = texts -> {
            asked.add(texts);
            return texts.stream().map(t -> t.contains("secret") ? new ModerationVerdict(true, List.of("sexual/minors"))
                    : ModerationVerdict.safe()).toList();
        };
        var safety = new ContentSafety(FAIL_CLOSED, Optional.of(moderation));

        var found = safety.review(fields("child.name", "Mia", "child.clothing", "", "idea", "a secret only for us two"));

        assertThat(asked).containsExactly(List.of("Mia", "a secret only for us two"));
        assertThat(found.get("idea")).contains(new ContentConcern(ContentCategory.SEXUAL, ContentConcern.Stage.MODERATION));
        assertThat(found).doesNotContainKey("child.name");
    }

    @Test
    void aModerationOutageRefusesTheReviewWhenFailClosed() {
        ModerationModel down = texts -> {
            throw new ProviderException(ProviderException.Reason.TRANSIENT, "OpenAI", "not answering");
        };

        assertThatThrownBy(() -> new ContentSafety(FAIL_CLOSED, Optional.of(down)).review("a bunny bakes bread"))
                .isInstanceOf(ReviewUnavailableException.class)
                .hasMessageContaining("try again");
        assertThat(new ContentSafety(FAIL_OPEN, Optional.of(down)).review("a bunny bakes bread")).isEmpty();
        assertThat(new ContentSafety(FAIL_OPEN, Optional.of(down)).review("a g u n fight"))
                .extracting(ContentConcern::category).contains(ContentCategory.WEAPONS);
    }

    @Test
    void unknownModerationLabelsStillRefuse() {
        assertThat(ModerationLabels.categories(List.of("S1", "violence/graphic")))
                .containsExactly(ContentCategory.VIOLENCE);
        assertThat(ModerationLabels.categories(List.of("S12", "drugs"))).contains(ContentCategory.SEXUAL, ContentCategory.DRUGS);
        assertThat(ModerationLabels.categories(List.of("something-new"))).isNotEmpty();
    }
}
