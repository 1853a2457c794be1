package io.storyloom.safety;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Shows what the {@link MeaningHead}'s cut-off and veto would refuse ({@code bench/safety/choose-meaning-cutoffs}),
 * with the wording model's as shipped, on the same ideas as {@link WordingCutoffs}: the blind batches from the one
 * named on ("Sixth batch") and the tuning split of {@code ideas.tsv}, 5-fold cross-validated with both the wording
 * model and the meaning head relearnt for each fold; then the check set and the book texts with the shipped models.
 * The rule: the most harmful blind ideas refused (then of the
 * check set) with no more harmless ones refused than without the meaning head on the blind batches, the tuning split
 * or the check set, and no book text refused; and no veto. The vetoes are shown, but a veto passed short harmful ideas
 * the exemplars refuse ("a zombie army attacks the school"): the head learnt from longer sentences and gives short
 * ones low odds, and none of these sets is made of such ideas to show it. The held-out split is never read.
 */
final class MeaningCutoffs {

    private static final double[] THRESHOLDS = {0.86, 0.88, 0.90, 0.91, 0.92, 0.93, 0.94, 0.95, 2};
    private static final double[] VETOES = {0, 0.1, 0.2, 0.3, 0.4};

    private MeaningCutoffs() {
    }

    /** Ideas as the review saw them, with both readers' probability for each of their sentences. */
    private record Read(List<WordingCutoffs.Seen> seen, double[][] wording, double[][] meaning) {

        /** Harmful refused, harmful, harmless refused, harmless. */
        int[] tally(Calibration calibration) {
            int[] t = new int[4];
            for (int i = 0; i < seen.size(); i++) {
                var idea = seen.get(i);
                boolean refused = idea.refused(wording[i], meaning[i], calibration);
                t[idea.harmful() ? 0 : 2] += refused ? 1 : 0;
                t[idea.harmful() ? 1 : 3]++;
            }
            return t;
        }
    }

    public static void main(String[] args) throws Exception {
        String firstBlind = args.length > 0 ? args[0] : "Sixth batch";
        Path ideas = Path.of("bench/safety/ideas.tsv");
        Path stories = Path.of("bench/safety/story-texts.txt");
        var split = WordingCutoffs.Split.of(Path.of("bench/safety/training-ideas.tsv"), firstBlind);
        SemanticClassifier classifier = SemanticModel.load().get();
        // the meaning head's probabilities come from this chooser's own heads (below), not the shipped one's
        ToDoubleFunction<SemanticClassifier.Sentence> notYet = sentence -> Double.NaN;
        var sets = WordingCutoffs.Sets.read(classifier, split, ideas, stories, notYet);
        var e5 = SentenceEmbedder.e5SmallV2();
        Map<String, float[]> vectors = new HashMap<>();
        Function<String, float[]> vector =
                text -> vectors.computeIfAbsent(text, t -> MeaningHead.embed(e5, t));

        List<String[]> pooledRows = new ArrayList<>(sets.tuningRows());
        pooledRows.addAll(split.blind());
        List<WordingCutoffs.Seen> pooled = new ArrayList<>(sets.tuning());
        pooled.addAll(sets.blind());
        List<WordingTraining.Example> wordingBeside = WordingTraining.examplesBesideTuning(split.before(), stories);
        List<MeaningHeadTraining.Learnt> meaningBeside = MeaningHeadTraining.learntBeside(split.before(), stories);
        int n = pooled.size();
        int[] fold = WordingCutoffs.folds(n);
        double[][] wording = new double[n][];
        double[][] meaning = new double[n][];
        for (int k = 0; k < WordingCutoffs.FOLDS; k++) {
            List<WordingTraining.Example> wordingTrain = new ArrayList<>(wordingBeside);
            List<MeaningHeadTraining.Learnt> meaningTrain = new ArrayList<>(meaningBeside);
            for (int i = 0; i < n; i++) {
                if (fold[i] != k) {
                    boolean harmful = pooledRows.get(i)[0].equals("harmful");
                    wordingTrain.add(WordingTraining.example(pooledRows.get(i)[3], harmful));
                    meaningTrain.addAll(MeaningHeadTraining.idea(pooledRows.get(i)[3], harmful));
                }
            }
            WordingModel wordingModel = WordingTraining.fit(wordingTrain, WordingTraining.C);
            HarmfulnessHead head = MeaningHeadTraining.fit(meaningTrain, vector);
            for (int i = 0; i < n; i++) {
                if (fold[i] == k) {
                    wording[i] = pooled.get(i).probabilities(wordingModel);
                    meaning[i] = meaning(pooled.get(i), head, vector);
                }
            }
            System.err.printf("fold %d of %d learnt%n", k + 1, WordingCutoffs.FOLDS);
        }
        int tuned = sets.tuning().size();
        var tuning = new Read(sets.tuning(), Arrays.copyOfRange(wording, 0, tuned),
                Arrays.copyOfRange(meaning, 0, tuned));
        var blind = new Read(sets.blind(), Arrays.copyOfRange(wording, tuned, n),
                Arrays.copyOfRange(meaning, tuned, n));
        WordingModel shippedWording = WordingModel.load().orElseThrow();
        HarmfulnessHead shippedHead = HarmfulnessHead.load(MeaningHead.PATH).orElseThrow();
        Read check = shipped(sets.check(), shippedWording, shippedHead, vector);
        Read books = shipped(sets.books(), shippedWording, shippedHead, vector);

        System.out.printf("# harmful refused, harmless refused: the blind batches and the tuning split cross-validated "
                + "(%d folds, both models), the check set and the book texts with the shipped models; the wording "
                + "model's cut-offs as shipped%n", WordingCutoffs.FOLDS);
        var calibration = Calibration.load();
        List<WordingCutoffs.Cell> cells = new ArrayList<>();
        WordingCutoffs.Cell without = null;
        for (double threshold : THRESHOLDS) {
            for (double veto : VETOES) {
                var rule = calibration.withMeaning(threshold, veto);
                int[] b = blind.tally(rule);
                int[] t = tuning.tally(rule);
                int[] c = check.tally(rule);
                int bookRefusals = books.tally(rule)[2];
                System.out.printf(Locale.ROOT, "threshold %.2f veto %.2f | blind %d/%d %d/%d | tuning %d/%d %d/%d | "
                        + "check %d/%d %d/%d | books refused %d%n", threshold, veto,
                        b[0], b[1], b[2], b[3], t[0], t[1], t[2], t[3], c[0], c[1], c[2], c[3], bookRefusals);
                var cell = new WordingCutoffs.Cell(threshold, veto, b[0], b[2], t[0], t[2], c[0], c[2], bookRefusals);
                cells.add(cell);
                if (threshold > 1 && veto == 0) {
                    without = cell;
                }
            }
        }
        System.out.println("without the meaning head: " + without);
        System.out.println("the most harmful blind ideas refused with no more harmless ones refused than without the "
                + "meaning head, on the blind batches, the tuning split and the check set, no book text and no veto "
                + "('cut-off' is the meaning threshold): "
                + WordingCutoffs.pick(cells.stream().filter(cell -> cell.veto() == 0).toList(), without)
                        .map(WordingCutoffs.Cell::toString).orElse("none"));
        System.exit(0); // ONNX Runtime's threads
    }

    private static Read shipped(List<WordingCutoffs.Seen> seen, WordingModel wording, HarmfulnessHead head,
            Function<String, float[]> vector) {
        return new Read(seen, seen.stream().map(s -> s.probabilities(wording)).toArray(double[][]::new),
                seen.stream().map(s -> meaning(s, head, vector)).toArray(double[][]::new));
    }

    /** Each sentence's meaning probability: the larger of its own and its gloss's, as the review takes it. */
    private static double[] meaning(WordingCutoffs.Seen seen, HarmfulnessHead head,
            Function<String, float[]> vector) {
        return seen.sentences().stream().mapToDouble(sentence -> sentence.judged().stream()
                .mapToDouble(text -> head.probability(vector.apply(text))).max().orElse(Double.NaN)).toArray();
    }
}
