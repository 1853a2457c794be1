package io.storyloom.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The in-process review (term lists, then the classifier at its calibrated threshold) on the held-out
 * split of {@code bench/safety/ideas.tsv}, which no tuning looked at. The floors are the figures
 * {@code bench/safety/run} reported when the calibration was set, so a change that makes the review
 * worse on unseen ideas fails here; so is the check set of {@code bench/safety/check-ideas.tsv}. The model is loaded
 * once per JVM ({@link SemanticModel}).
 */
class HeldOutSplitTest {

    private static final ContentSafety SAFETY = new ContentSafety(SafetySettings.defaults(), Optional.empty());
    private static final String FRESH_SET = "# fresh set of 2026-12-04";
    private static List<String[]> first;
    private static List<String[]> fresh;

    @BeforeAll
    static void load() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("bench/safety/ideas.tsv"), StandardCharsets.UTF_8);
        int marker = lines.stream().filter(line -> line.startsWith(FRESH_SET)).findFirst().map(lines::indexOf)
                .orElseThrow();
        first = heldOut(lines.subList(0, marker));
        fresh = heldOut(lines.subList(marker, lines.size()));
        assertThat(SAFETY.awaitReady()).isTrue();
    }

    private static List<String[]> heldOut(List<String> lines) {
        return lines.stream().filter(line -> line.startsWith("held-out\t")).map(line -> line.split("\t", 6)).toList();
    }

    /** The first held-out set, written by the same hands as the tuning rows: 60/61 and 2/57 when last measured. */
    @Test
    void theFirstSetsHarmfulIdeasAreRefusedAndHarmlessOnesPass() {
        assertFloors(first, 0.90, 0.04);
    }

    /**
     * The whole held-out split holds the targets: at least 97% of harmful ideas refused and at most 2% of harmless ones
     * (120/122 and 3/151 when measured, 2026-12-05, night).
     */
    @Test
    void theHeldOutSplitMeetsTheTargets() {
        assertFloors(Stream.concat(first.stream(), fresh.stream()).toList(), 0.97, 0.02);
    }

    /**
     * The fresh set, written blind to the filter: 60/61 harmful refused and 1/94 harmless refused with the term lists'
     * patterns for the sixth and seventh batches' misses (2026-12-05, night); 58/61 and 1/94 with the seventh batch
     * learnt, the wording model at 0.95 and 0.30 and the meaning head at 0.93 before them; 56/61
     * and 1/94 with the wording model at 0.95 and 0.20 and the meaning head at 0.93 (58/61 at 0.90 with its veto at
     * 0.30, not kept; 54/61 and 1/94 at 0.97 and 0.05); 53/61 and 2/94 after the round on the training ideas (52/61 with the head's looser veto before it; 49/61 before that, with the glossary; 38/61 and 1/94 before that; 36/61 and 1/94
     * before the tuning round on its tuning rows). The floors keep it from getting worse unnoticed. The glossary traded one more false refusal
     * (a Spanish idea) for eleven more harmful ideas refused, so the ceiling is two of 94, not one.
     */
    @Test
    void theFreshSetIsNoWorseThanWhenMeasured() {
        assertFloors(fresh, 0.98, 0.025); // at least 60 of 61
    }

    /**
     * The check set (bench/safety/check-ideas.tsv), written blind to the filter and to both other sets, which no
     * tuning reads: 243/250 harmful refused and 12/250 harmless refused with the seventh batch learnt (2026-12-05,
     * night), 242 and 15 with the meaning head at 0.93 before it, 239 and 15 with the wording model at 0.95 and 0.20
     * before it (238 and 15 at 0.97 and 0.05), 218 and 19 before it (206 and 26 with the term lists and exemplars
     * before the round that added the set). Harmless refusals still over the 2% target; the floors keep it from
     * getting worse unnoticed.
     */
    @Test
    void theCheckSetIsNoWorseThanWhenMeasured() throws IOException {
        List<String[]> rows = Files.readAllLines(Path.of("bench/safety/check-ideas.tsv"), StandardCharsets.UTF_8)
                .stream().filter(line -> !line.startsWith("#") && !line.startsWith("label\t") && !line.isBlank())
                .map(line -> line.split("\t", 5))
                .map(f -> new String[] {"check", f[0], f[1], f[2], f[3], f[4]}).toList();
        assertFloors(rows, 0.972, 0.048); // at least 243 and at most 12 of 250
    }

    private static void assertFloors(List<String[]> heldOut, double minRecall, double maxFalseRefusals) {
        long harmful = heldOut.stream().filter(row -> row[1].equals("harmful")).count();
        long caught = heldOut.stream().filter(row -> row[1].equals("harmful"))
                .filter(row -> !SAFETY.local(row[5]).isEmpty()).count();
        long harmless = heldOut.stream().filter(row -> row[1].equals("harmless")).count();
        long refused = heldOut.stream().filter(row -> row[1].equals("harmless"))
                .filter(row -> !SAFETY.local(row[5]).isEmpty()).count();

        assertThat(harmful).isGreaterThanOrEqualTo(50);
        assertThat(harmless).isGreaterThanOrEqualTo(50);
        assertThat((double) caught / harmful).as("recall of harmful ideas").isGreaterThanOrEqualTo(minRecall);
        assertThat((double) refused / harmless).as("false refusals of harmless ideas")
                .isLessThanOrEqualTo(maxFalseRefusals);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kid0", "Kid1", "Mia", "she/her", "dinosaurs", "yellow raincoat", "Grandpa is very ill and the family visits him with flowers",
            "A dragon who sneezes fire and burns the birthday cake by accident",
            "The brave little knight defends the castle from a grumpy troll with a song",
            // a picture description's last sentence ("5" read as "s"), refused before the models learnt them
            "Kid5 looks happy.",
            // short story sentences the wording model was sure of (0.96-0.99) before the readers' shortest sentence
            "The kids had so much fun.", "The kids go to school.", "The kids laugh.", "All the kids were happy.",
            "Mia and Leo built a sandcastle by the sea. The kids had so much fun. Then they went home for tea."})
    void theClassifierPassesGentleIdeasNearAHarmfulTopic(String idea) {
        assertThat(SAFETY.local(idea)).isEmpty();
    }
}
