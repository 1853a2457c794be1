package io.storyloom.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SemanticClassifierTest {

    /** Embeds every sentence as the same vector and writes down what it was asked. */
    private static final class CountingModel implements EmbeddingModel {
        final List<String> embedded = new ArrayList<>();

        @Override
        public synchronized Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            float[] vector = new float[384];
            Arrays.fill(vector, 1f);
            segments.forEach(segment -> embedded.add(segment.text()));
            return Response.from(segments.stream().map(segment -> Embedding.from(vector.clone())).toList());
        }
    }

    private final CountingModel model = new CountingModel();
    private final SemanticClassifier classifier = new SemanticClassifier(model, Exemplars.load(), Calibration.load(),
            Optional.empty());
    private final RememberedReviews<SemanticClassifier.Judgement> remembered = new RememberedReviews<>(16);

    /** Forgets what the classifier embedded while it was made (the exemplars, if their stored vectors are stale). */
    @BeforeEach
    void forgetTheExemplars() {
        model.embedded.clear();
    }

    @Test
    void aSentenceJudgedOnceIsNotEmbeddedAgain() {
        var first = classifier.classify("the fox ran home at dusk. the owl sang to the moon.", remembered);
        var second = classifier.classify("the owl sang to the moon. the fox ran home at dusk. a star fell softly.",
                remembered);

        assertThat(model.embedded).containsExactly(
                "the fox ran home at dusk.", "the owl sang to the moon.", "a star fell softly.");
        assertThat(second).containsAll(first);
    }

    @Test
    void aSentenceInAnotherLanguageIsJudgedInItsEnglishGlossToo() {
        classifier.classify(TextNormalizer.normalize("El padre golpea al niño con un cinturón."), remembered);
        classifier.classify("the father hits the child with a belt.", remembered);

        assertThat(model.embedded).hasSize(3);
        assertThat(model.embedded.get(0)).isEqualTo("el padre golpea al nino con un cinturon.");
        assertThat(model.embedded.get(1)).contains("father", "child", "belt").doesNotContain("padre");
        assertThat(model.embedded.get(2)).isEqualTo("the father hits the child with a belt.");
    }

    @Test
    void aSentenceTheHeadIsAllButSureOfNeedsOnlyTheLooserMargin() {
        var calibration = new Calibration(0.50, 0.04, 1, 0.90, 0.97, -0.02);
        // below the similarity threshold, and nearer the harmless exemplars by 0.01
        var close = new SemanticClassifier.Score(0.45, ContentCategory.VIOLENCE, 0.46);
        // and by 0.05
        var closer = new SemanticClassifier.Score(0.45, ContentCategory.VIOLENCE, 0.50);

        assertThat(SemanticClassifier.refuses(calibration, close, 0.98)).isTrue();
        assertThat(SemanticClassifier.refuses(calibration, close, 0.95)).isFalse();
        assertThat(SemanticClassifier.refuses(calibration, closer, 0.999)).isFalse();
    }

    @Test
    void theUsualRuleStillNeedsTheMarginAndTheThresholdOrTheHead() {
        var calibration = new Calibration(0.50, 0.04, 1, 0.90, 0.97, -0.02);
        var near = new SemanticClassifier.Score(0.45, ContentCategory.VIOLENCE, 0.40);

        assertThat(SemanticClassifier.refuses(calibration, near, 0.91)).isTrue();
        assertThat(SemanticClassifier.refuses(calibration, near, 0.0)).isFalse();
        assertThat(SemanticClassifier.refuses(calibration,
                new SemanticClassifier.Score(0.55, ContentCategory.VIOLENCE, 0.40), 0.0)).isTrue();
        assertThat(SemanticClassifier.refuses(calibration,
                new SemanticClassifier.Score(0.55, ContentCategory.VIOLENCE, 0.53), 0.95)).isFalse();
    }

    @Test
    void theWordingModelVetoesARefusalItFindsHarmlessAndRefusesWhatItIsSureOf() {
        var calibration = new Calibration(0.50, 0.04, 1, 0.90, 0.97, -0.02, 0.93, 0.05);
        var wording = new SemanticClassifier(model, Exemplars.load(), calibration, Optional.empty());
        var refused = new SemanticClassifier.Judgement(Optional.of(ContentCategory.DRUGS), ContentCategory.DRUGS, 0.6);
        var passed = new SemanticClassifier.Judgement(Optional.empty(), ContentCategory.VIOLENCE, 0.42);
        var passedNearer = new SemanticClassifier.Judgement(Optional.empty(), ContentCategory.WEAPONS, 0.47);

        assertThat(wording.decide(List.of(refused), () -> 0.04)).isEmpty();
        assertThat(wording.decide(List.of(refused), () -> 0.05)).containsExactly(ContentCategory.DRUGS);
        assertThat(wording.decide(List.of(passed, passedNearer), () -> 0.92)).isEmpty();
        // refused in the category of the nearest harmful exemplars, of the sentence or of its gloss
        assertThat(wording.decide(List.of(passed, passedNearer), () -> 0.93)).containsExactly(ContentCategory.WEAPONS);
        // without a wording model the exemplars decide alone, every category of the sentence and its gloss
        assertThat(wording.decide(List.of(refused, new SemanticClassifier.Judgement(Optional.of(ContentCategory.VIOLENCE),
                ContentCategory.VIOLENCE, 0.55)), () -> Double.NaN))
                .containsExactlyInAnyOrder(ContentCategory.DRUGS, ContentCategory.VIOLENCE);
    }

    @Test
    void theMeaningHeadRefusesWithTheWordingModelAndVetoesWhatItFindsHarmless() {
        var calibration = new Calibration(0.50, 0.04, 1, 0.90, 0.97, -0.02, 0.95, 0.20, 0.90, 0.30);
        var classifier = new SemanticClassifier(model, Exemplars.load(), calibration, Optional.empty());
        var passed = new SemanticClassifier.Judgement(Optional.empty(), ContentCategory.CRIME, 0.42);
        var passedGloss = new SemanticClassifier.Judgement(Optional.empty(), ContentCategory.HORROR, 0.40);
        var refused = new SemanticClassifier.Judgement(Optional.of(ContentCategory.DRUGS), ContentCategory.DRUGS, 0.6);

        // refused when the mean of the wording model's probability and the meaning head's reaches 0.90
        assertThat(classifier.decide(List.of(passed, passedGloss), () -> 0.86, () -> 0.95))
                .containsExactly(ContentCategory.CRIME);
        assertThat(classifier.decide(List.of(passed, passedGloss), () -> 0.84, () -> 0.95)).isEmpty();
        assertThat(classifier.decide(List.of(passed), () -> 0.94, () -> 0.85)).isEmpty();
        // the exemplars' refusal passes when either reader finds the sentence harmless
        assertThat(classifier.decide(List.of(refused), () -> 0.5, () -> 0.30)).containsExactly(ContentCategory.DRUGS);
        assertThat(classifier.decide(List.of(refused), () -> 0.5, () -> 0.29)).isEmpty();
        assertThat(classifier.decide(List.of(refused), () -> 0.19, () -> 0.99)).isEmpty();
        // without a meaning head (NaN) the wording model decides as before
        assertThat(classifier.decide(List.of(refused), () -> 0.2, () -> Double.NaN)).containsExactly(ContentCategory.DRUGS);
        assertThat(classifier.decide(List.of(passed), () -> 0.94, () -> Double.NaN)).isEmpty();
        assertThat(classifier.decide(List.of(passed), () -> 0.95, () -> Double.NaN)).containsExactly(ContentCategory.CRIME);
    }

    @Test
    void theReadersDoNotRefuseAShortSentenceAloneButKeepTheirVetoOnIt() {
        var calibration = new Calibration(0.50, 0.04, 1, 0.90, 0.97, -0.02, 0.95, 0.20, 0.90, 0.30)
                .withReadersMinWords(7);
        DoubleSupplier sure = () -> 1.0;

        assertThat(calibration.readersRefuse(false, 6, 0.99, sure)).isFalse(); // "the kids had so much fun"
        assertThat(calibration.readersRefuse(false, 7, 0.99, sure)).isTrue();
        assertThat(calibration.readersRefuse(true, 4, 0.50, sure)).isTrue(); // the exemplars refuse it: not vetoed
        assertThat(calibration.readersRefuse(true, 4, 0.10, sure)).isFalse(); // their veto stands
    }

    @Test
    void theMeaningHeadIsAskedOnlyWhenItsAnswerCouldChangeTheVerdict() {
        var calibration = new Calibration(0.50, 0.04, 1, 0.90, 0.97, -0.02, 0.95, 0.20, 0.90, 0.30);
        var asked = new java.util.concurrent.atomic.AtomicInteger();
        DoubleSupplier meaning = () -> {
            asked.incrementAndGet();
            return 1.0;
        };

        assertThat(calibration.readersRefuse(false, 0.79, meaning)).isFalse(); // (0.79 + 1) / 2 < 0.90
        assertThat(calibration.readersRefuse(false, 0.96, meaning)).isTrue(); // the wording model alone
        assertThat(calibration.readersRefuse(true, 0.19, meaning)).isFalse(); // the wording model's veto
        assertThat(asked).hasValue(0);
        assertThat(calibration.readersRefuse(false, 0.80, meaning)).isTrue();
        assertThat(calibration.readersRefuse(true, 0.5, meaning)).isTrue();
        assertThat(asked).hasValue(2);
    }

    @Test
    void aReviewThatDoesNotNeedTheMeaningHeadDoesNotLoadItAndOneThatDoesIsRefusedUntilItLoads() {
        var loading = new java.util.concurrent.CompletableFuture<Optional<MeaningHead>>();
        var asked = new java.util.concurrent.atomic.AtomicInteger();
        var classifier = new SemanticClassifier(model, Exemplars.load(), Calibration.load(), () -> {
            asked.incrementAndGet();
            return loading;
        });
        var sentence = new SemanticClassifier.Sentence(List.of(), "the fox ran home at dusk.",
                List.of("the fox ran home at dusk."));

        // a gentle sentence: the wording model's probability is far under what the meaning head could lift
        assertThat(classifier.classify("the fox ran home at dusk.", remembered, java.time.Duration.ofMillis(1)))
                .isEmpty();
        assertThat(asked).as("not even asked to start loading").hasValue(0);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> classifier.meaning(sentence, java.time.Duration.ofMillis(10)))
                .isInstanceOf(ReviewUnavailableException.class).hasMessageContaining("starting up");

        loading.complete(Optional.empty());
        assertThat(classifier.meaning(sentence, java.time.Duration.ofMillis(10))).isNaN();
    }
}
