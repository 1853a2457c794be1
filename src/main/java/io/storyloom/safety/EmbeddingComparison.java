package io.storyloom.safety;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Compares the two sentence-embedding models as readers of harm ({@code bench/safety/compare-embeddings}): the same
 * logistic-regression head ({@link MeaningHeadTraining#fit}) learnt on each model's embeddings of the same sentences
 * (what the meaning head learns, less the sixth batch: the exemplars, the book sentences, the tuning split and the
 * training ideas before it), scored on whole ideas it did not learn (the sixth batch, the seventh batch, the check
 * set): the area under the ROC curve, and the harmful ideas refused at the cut-off that refuses 2%, 5% and 10% of the
 * harmless ones. Then e5's head at several L2 weights. The held-out split is never read.
 */
final class EmbeddingComparison {

    private static final double[] L2_WEIGHTS = {0.01, 0.03, 0.1, 0.3, 1.0};

    private EmbeddingComparison() {
    }

    /** A labelled idea as the review judges it: its sentences and their glosses. */
    private record Idea(boolean harmful, List<String> judged) {
    }

    public static void main(String[] args) throws Exception {
        Path ideas = Path.of("bench/safety/ideas.tsv");
        var split = WordingCutoffs.Split.of(Path.of("bench/safety/training-ideas.tsv"), "Sixth batch");
        // what the meaning head learns from, less the sixth batch
        List<MeaningHeadTraining.Learnt> learnt = new ArrayList<>();
        for (String[] f : HeadTraining.tuningRows(ideas)) {
            learnt.addAll(MeaningHeadTraining.idea(f[5], f[1].equals("harmful")));
        }
        learnt.addAll(MeaningHeadTraining.learntBeside(split.before(), Path.of("bench/safety/story-texts.txt")));
        Map<String, List<Idea>> unseen = new LinkedHashMap<>();
        for (int i = 0; i < split.blind().size(); i++) { // each batch on its own: the sixth, the seventh
            unseen.computeIfAbsent(split.batches().get(i).toLowerCase(Locale.ROOT), batch -> new ArrayList<>())
                    .addAll(ideas(List.<String[]>of(split.blind().get(i)), 0, 3));
        }
        unseen.put("check set", ideas(WordingCutoffs.checkRows(Path.of("bench/safety/check-ideas.tsv")).stream()
                .map(c -> new String[] {c[0], c[c.length - 1]}).toList(), 0, 1));

        var miniLm = new SentenceEmbedder();
        var e5 = SentenceEmbedder.e5SmallV2();
        Map<String, Function<String, float[]>> models = new LinkedHashMap<>();
        models.put("MiniLM-L6", remembered(text -> SemanticClassifier.unit(miniLm.embed(text).content().vector())));
        models.put("e5-small-v2", remembered(text -> MeaningHead.embed(e5, text)));
        for (var model : models.entrySet()) {
            for (double l2 : model.getKey().startsWith("e5") ? L2_WEIGHTS : new double[] {HeadTraining.L2}) {
                HarmfulnessHead head = MeaningHeadTraining.fit(learnt, model.getValue(), l2);
                for (var set : unseen.entrySet()) {
                    System.out.printf(Locale.ROOT, "%s, l2 %s, %s: %s%n", model.getKey(), l2, set.getKey(),
                            score(set.getValue(), head, model.getValue()));
                }
            }
        }
        System.exit(0); // ONNX Runtime's threads
    }

    private static List<Idea> ideas(List<String[]> rows, int label, int text) {
        return rows.stream().map(row -> new Idea(row[label].equals("harmful"),
                SemanticClassifier.judged(TextNormalizer.normalize(row[text]), Glossary.shared()))).toList();
    }

    private static Function<String, float[]> remembered(Function<String, float[]> embed) {
        Map<String, float[]> vectors = new HashMap<>();
        return text -> vectors.computeIfAbsent(text, embed);
    }

    /** An idea's score is its most harmful sentence's, as the review takes it. */
    private static String score(List<Idea> ideas, HarmfulnessHead head, Function<String, float[]> vector) {
        double[] harmful = ideas.stream().filter(Idea::harmful).mapToDouble(idea -> max(idea, head, vector)).toArray();
        double[] harmless = ideas.stream().filter(idea -> !idea.harmful()).mapToDouble(idea -> max(idea, head, vector))
                .sorted().toArray();
        double pairs = 0;
        for (double h : harmful) {
            for (double g : harmless) {
                pairs += h > g ? 1 : h == g ? 0.5 : 0;
            }
        }
        var line = new StringBuilder(String.format(Locale.ROOT, "AUC %.3f", pairs / harmful.length / harmless.length));
        for (double share : new double[] {0.02, 0.05, 0.10}) {
            double cutOff = harmless[(int) Math.floor(harmless.length * (1 - share))];
            line.append(String.format(Locale.ROOT, ", harmful refused at %.0f%% of harmless %d/%d", share * 100,
                    Arrays.stream(harmful).filter(h -> h > cutOff).count(), harmful.length));
        }
        return line.toString();
    }

    private static double max(Idea idea, HarmfulnessHead head, Function<String, float[]> vector) {
        return idea.judged().stream().mapToDouble(text -> head.probability(vector.apply(text))).max().orElse(0);
    }
}
