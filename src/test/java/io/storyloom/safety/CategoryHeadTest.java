package io.storyloom.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The head that names a refused sentence's category: its file, its choice, and what a parent then reads. */
class CategoryHeadTest {

    @Test
    void namesTheCategoryWithTheHighestScore() throws IOException {
        String file = Arrays.stream(ContentCategory.values())
                .map(category -> category.key() + "=" + (category == ContentCategory.HORROR ? "0.5,0,2" : "0,1,0"))
                .collect(Collectors.joining("\n", "# comment\n", "\n"));

        CategoryHead head = CategoryHead.parse(new BufferedReader(new StringReader(file)));

        assertThat(head.name(new float[] {0, 1})).isEqualTo(ContentCategory.HORROR); // 0.5 + 2
        assertThat(head.name(new float[] {1, 0})).isNotEqualTo(ContentCategory.HORROR); // 1 against 0.5
    }

    @Test
    void aFileWithoutEveryCategoryIsRefused() {
        assertThatThrownBy(() -> CategoryHead.parse(new BufferedReader(new StringReader("violence=0,1,2\n"))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theShippedHeadHasARowPerCategoryOverTheEmbedding() {
        assertThat(CategoryHead.load()).hasValueSatisfying(head -> {
            assertThat(head.weights()).containsOnlyKeys(ContentCategory.values());
            assertThat(head.weights().values()).allSatisfy(row -> assertThat(row).hasSize(384));
        });
    }

    /** Fails until bench/safety/train-category-head is run after the exemplars, ideas or glossary change. */
    @Test
    void theShippedHeadLearntFromTheIdeasAsTheyAre() throws IOException {
        String header = Files.readAllLines(Path.of("src/main/resources/" + CategoryHead.PATH), StandardCharsets.UTF_8)
                .stream().filter(line -> line.contains(" input ")).findFirst().orElseThrow();
        String digest = CategoryHeadTraining.inputDigest(ExemplarVectors.lines(Exemplars.load()), CategoryHeadTraining
                .ideas(Path.of("bench/safety/ideas.tsv"), Path.of("bench/safety/training-ideas.tsv")));

        assertThat(header).endsWith("input " + digest);
    }

    /** Ideas the classifier refuses whose nearest harmful exemplar is one of violence: the animals are the point. */
    @Test
    void aRefusalNamesTheCategoryAParentWouldName() throws Exception {
        var embedder = new SentenceEmbedder();
        var named = new SemanticClassifier(embedder, Exemplars.load(), Calibration.load(), HarmfulnessHead.load(),
                WordingModel.load(), CategoryHead.load());
        var byNearestExemplar = new SemanticClassifier(embedder, Exemplars.load(), Calibration.load(),
                HarmfulnessHead.load(), WordingModel.load(), Optional.empty());

        for (String idea : List.of("The children throw stones at the ducks until one stops moving",
                "The kids cheer as the fox is torn apart by the dogs")) {
            String normalized = TextNormalizer.normalize(idea);
            assertThat(named.classify(normalized, new RememberedReviews<>(16))).as(idea)
                    .containsExactly(ContentCategory.ANIMAL_CRUELTY);
            assertThat(byNearestExemplar.classify(normalized, new RememberedReviews<>(16))).as(idea)
                    .containsExactly(ContentCategory.VIOLENCE);
        }
    }
}
