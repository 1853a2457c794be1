package io.storyloom.safety;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Trains the {@link CategoryHead} ({@code bench/safety/train-category-head}): softmax regression, L2-regularised, by
 * gradient descent from zero (so the same input always gives the same head), on the unit-length embeddings of every
 * harmful exemplar and of every judged sentence (glosses included) of the harmful ideas of the tuning split of
 * {@code ideas.tsv} (the held-out rows are never read) and of {@code training-ideas.tsv}, each labelled with its
 * category. Then it prints how often it names the category the writer gave to each harmful idea of the check set
 * ({@code check-ideas.tsv}), which it does not learn from, beside the nearest harmful exemplar: figures only, no row.
 */
final class CategoryHeadTraining {

    /** The weight of half the squared weights against the mean log-loss. */
    static final double L2 = 1e-4;
    private static final int ITERATIONS = 1000;
    private static final double STEP = 2;

    private CategoryHeadTraining() {
    }

    record Example(float[] unit, ContentCategory category) {
    }

    /** What the head learns from, as text: the input digest written in its file names a stale head. */
    record Labelled(String text, ContentCategory category) {
    }

    static CategoryHead fit(List<Example> examples) {
        ContentCategory[] categories = ContentCategory.values();
        int k = categories.length;
        int d = examples.getFirst().unit().length;
        double[][] w = new double[k][d + 1]; // the bias last
        int n = examples.size();
        double[] scores = new double[k];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[][] gradient = new double[k][d + 1];
            for (Example example : examples) {
                float[] x = example.unit();
                double max = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    double s = w[c][d];
                    for (int i = 0; i < d; i++) {
                        s += w[c][i] * x[i];
                    }
                    scores[c] = s;
                    max = Math.max(max, s);
                }
                double sum = 0;
                for (int c = 0; c < k; c++) {
                    scores[c] = Math.exp(scores[c] - max);
                    sum += scores[c];
                }
                for (int c = 0; c < k; c++) {
                    double g = (scores[c] / sum - (categories[c] == example.category() ? 1 : 0)) / n;
                    for (int i = 0; i < d; i++) {
                        gradient[c][i] += g * x[i];
                    }
                    gradient[c][d] += g;
                }
            }
            for (int c = 0; c < k; c++) {
                for (int i = 0; i <= d; i++) {
                    w[c][i] -= STEP * (gradient[c][i] + (i < d ? L2 * w[c][i] : 0));
                }
            }
        }
        var weights = new EnumMap<ContentCategory, float[]>(ContentCategory.class);
        var biases = new EnumMap<ContentCategory, Double>(ContentCategory.class);
        for (int c = 0; c < k; c++) {
            float[] row = new float[d];
            for (int i = 0; i < d; i++) {
                row[i] = (float) w[c][i];
            }
            weights.put(categories[c], row);
            biases.put(categories[c], w[c][d]);
        }
        return new CategoryHead(weights, biases);
    }

    /** The harmful ideas' judged sentences (and glosses), each with the idea's category; no exemplars. */
    static List<Labelled> ideas(Path ideas, Path trainingIdeas) throws IOException {
        List<Labelled> labelled = new ArrayList<>();
        for (String[] f : HeadTraining.tuningRows(ideas)) {
            if (f[1].equals("harmful")) {
                judged(f[5]).forEach(text -> labelled.add(new Labelled(text, ContentCategory.ofKey(f[2]))));
            }
        }
        for (String[] f : HeadTraining.trainingRows(trainingIdeas)) {
            if (f[0].equals("harmful")) {
                judged(f[3]).forEach(text -> labelled.add(new Labelled(text, ContentCategory.ofKey(f[1]))));
            }
        }
        return labelled;
    }

    private static List<String> judged(String idea) {
        return SemanticClassifier.judged(TextNormalizer.normalize(idea), Glossary.shared());
    }

    static String inputDigest(List<String> exemplarLines, List<Labelled> ideas) {
        List<String> trainedOn = new ArrayList<>(exemplarLines);
        ideas.forEach(idea -> trainedOn.add(idea.category().key() + "\t" + idea.text()));
        return HexFormat.of().formatHex(ExemplarVectors.digest(trainedOn)).substring(0, 12);
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of("src/main/resources/" + CategoryHead.PATH);
        var exemplars = Exemplars.load();
        List<String> lines = ExemplarVectors.lines(exemplars);
        float[][] vectors = ExemplarVectors.stored(lines).orElseThrow(() -> new IllegalStateException(
                "Remake the exemplar vectors first: bench/safety/embed-exemplars"));
        var model = new SentenceEmbedder();
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < exemplars.harmful().size(); i++) {
            examples.add(new Example(SemanticClassifier.unit(vectors[i]), exemplars.harmful().get(i).category()));
        }
        List<Labelled> ideas = ideas(Path.of("bench/safety/ideas.tsv"), Path.of("bench/safety/training-ideas.tsv"));
        for (Labelled idea : ideas) {
            examples.add(new Example(SemanticClassifier.unit(model.embed(idea.text()).content().vector()),
                    idea.category()));
        }
        long started = System.nanoTime();
        CategoryHead head = fit(examples);
        try (var out = new PrintWriter(Files.newBufferedWriter(target, StandardCharsets.UTF_8))) {
            out.println("# Softmax regression naming the category of a refused sentence, on the MiniLM sentence "
                    + "embeddings; made by");
            out.println("# bench/safety/train-category-head from the harmful exemplars and the harmful ideas of the "
                    + "tuning split and the training ideas; do not edit by hand.");
            out.printf(Locale.ROOT, "# %d sentences (%d exemplars, %d of ideas), l2 %s, input %s%n", examples.size(),
                    exemplars.harmful().size(), ideas.size(), L2, inputDigest(lines, ideas));
            out.println("# <category>=<bias>,<weight per dimension>");
            for (ContentCategory category : ContentCategory.values()) {
                var row = new StringBuilder(category.key()).append('=').append(head.biases().get(category));
                for (float value : head.weights().get(category)) {
                    row.append(',').append(value);
                }
                out.println(row);
            }
        }
        System.out.printf(Locale.ROOT, "Category head trained on %d sentences in %.1f s, written to %s%n",
                examples.size(), (System.nanoTime() - started) / 1e9, target);
        compareOnCheckSet(head, model, exemplars, vectors);
        System.exit(0); // ONNX Runtime's threads
    }

    /** How often the head and the nearest harmful exemplar name the writer's category of an unseen harmful idea. */
    private static void compareOnCheckSet(CategoryHead head, SentenceEmbedder model, Exemplars exemplars,
            float[][] vectors) throws IOException {
        float[][] harmful = new float[exemplars.harmful().size()][];
        for (int i = 0; i < harmful.length; i++) {
            harmful[i] = SemanticClassifier.unit(vectors[i].clone());
        }
        int ideas = 0;
        int byHead = 0;
        int byExemplar = 0;
        for (String[] f : WordingCutoffs.checkRows(Path.of("bench/safety/check-ideas.tsv"))) {
            if (!f[0].equals("harmful")) {
                continue;
            }
            float[] sum = new float[vectors[0].length];
            for (String text : judged(f[f.length - 1])) {
                float[] v = SemanticClassifier.unit(model.embed(text).content().vector());
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += v[i];
                }
            }
            float[] unit = SemanticClassifier.unit(sum);
            ContentCategory meant = ContentCategory.ofKey(f[1]);
            ideas++;
            byHead += head.name(unit) == meant ? 1 : 0;
            double nearest = Double.NEGATIVE_INFINITY;
            ContentCategory named = null;
            for (int i = 0; i < harmful.length; i++) {
                double similarity = 0;
                for (int j = 0; j < unit.length; j++) {
                    similarity += harmful[i][j] * unit[j];
                }
                if (similarity > nearest) {
                    nearest = similarity;
                    named = exemplars.harmful().get(i).category();
                }
            }
            byExemplar += named == meant ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "Check set (not learnt), %d harmful ideas: the writer's category named by "
                + "the head %d (%.1f%%), by the nearest harmful exemplar %d (%.1f%%)%n", ideas, byHead,
                100.0 * byHead / ideas, byExemplar, 100.0 * byExemplar / ideas);
    }
}
