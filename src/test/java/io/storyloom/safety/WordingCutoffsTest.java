package io.storyloom.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the cut-off chooser counts as blind, and how it decides an idea as the review would. */
class WordingCutoffsTest {

    @TempDir
    Path dir;

    @Test
    void theBlindRowsAreThoseFromTheNamedBatchOnEachNamedByItsBatch() throws IOException {
        Path file = dir.resolve("training-ideas.tsv");
        Files.writeString(file, """
                # Training ideas
                label\tcategory\tlanguage\ttext
                harmful\tviolence\ten\tfirst
                # Fifth batch (2026-12-04): tuned on
                harmless\t-\ten\tsecond
                # Sixth batch (2026-12-05): 1,600 ideas written blind, by four writers
                # in German (half of the harmful ones slang)
                harmful\tdrugs\tde\tthird
                # Seventh batch (2026-12-05): more
                harmless\t-\tfr\tfourth
                """);

        var split = WordingCutoffs.Split.of(file, "Sixth batch");

        assertThat(split.before()).extracting(row -> row[3]).containsExactly("first", "second");
        assertThat(split.blind()).extracting(row -> row[3]).containsExactly("third", "fourth");
        assertThat(split.batches()).containsExactly("Sixth batch", "Seventh batch");
        assertThatThrownBy(() -> WordingCutoffs.Split.of(file, "Eighth batch"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static final String LONG = "a sentence long enough for the readers to refuse it alone";

    @Test
    void anIdeaIsRefusedAsTheReviewWouldRefuseIt() {
        var refusedByExemplars = new SemanticClassifier.Judgement(Optional.of(ContentCategory.VIOLENCE),
                ContentCategory.VIOLENCE, 0.6);
        var passedByExemplars = new SemanticClassifier.Judgement(Optional.empty(), ContentCategory.HORROR, 0.3);
        var idea = new WordingCutoffs.Seen("batch", true, false, List.of(
                new SemanticClassifier.Sentence(List.of(passedByExemplars, refusedByExemplars), "one", List.of("one")),
                new SemanticClassifier.Sentence(List.of(passedByExemplars), "two", List.of(LONG))));

        // the exemplars' refusal stands unless the wording model's probability is under the veto
        assertThat(idea.refused(new double[] {0.2, 0.1}, 0.9, 0.05)).isTrue();
        assertThat(idea.refused(new double[] {0.2, 0.1}, 0.9, 0.3)).isFalse();
        // a sentence the exemplars pass is refused at the cut-off
        assertThat(idea.refused(new double[] {0.01, 0.95}, 0.9, 0.05)).isTrue();
        assertThat(idea.refused(new double[] {0.01, 0.85}, 0.9, 0.05)).isFalse();
        // but not a sentence too short for the readers to refuse alone (calibration.properties: readers-min-words)
        var shortIdea = new WordingCutoffs.Seen("batch", true, false, List.of(new SemanticClassifier.Sentence(
                List.of(passedByExemplars), "the kids laugh", List.of("the kids laugh"))));
        assertThat(shortIdea.refused(new double[] {0.99}, 0.9, 0.05)).isFalse();
        // the term lists' refusal is never vetoed
        assertThat(new WordingCutoffs.Seen("batch", true, true, List.of()).refused(new double[0], 0.9, 1)).isTrue();
    }

    @Test
    void theRulePicksNoCellThatRefusesMoreHarmlessIdeasOfTheTuningSplitThanShipped() {
        var shipped = new WordingCutoffs.Cell(0.97, 0.05, 1025, 93, 392, 2, 236, 15, 0);
        // more harmful blind ideas refused and fewer harmless ones, but the held-out split's kind of near-miss refused
        var lower = new WordingCutoffs.Cell(0.75, 0.40, 1329, 86, 393, 14, 245, 15, 0);
        var vetoed = new WordingCutoffs.Cell(0.97, 0.10, 1024, 82, 392, 2, 236, 15, 0);
        var readsBooks = new WordingCutoffs.Cell(0.90, 0.05, 1196, 90, 394, 2, 244, 15, 1);

        assertThat(WordingCutoffs.pick(List.of(lower, shipped, vetoed, readsBooks), shipped)).contains(shipped);
        assertThat(WordingCutoffs.pick(List.of(lower, vetoed), shipped)).contains(vetoed);
        assertThat(WordingCutoffs.pick(List.of(lower, readsBooks), shipped)).isEmpty();
    }
}
