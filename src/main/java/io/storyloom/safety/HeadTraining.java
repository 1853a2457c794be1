package io.storyloom.safety;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Trains the {@link HarmfulnessHead} ({@code bench/safety/train-head}): L2-regularised logistic
 * regression, harmful against harmless, on the unit-length embeddings of every exemplar and of every
 * judged sentence (glosses included) of the tuning split of {@code bench/safety/ideas.tsv} (rows whose
 * split column is {@code tune}; the held-out rows are never read) as harmful or harmless, and of the offline writer's
 * book texts ({@code bench/safety/story-texts.txt}) as harmless: the classifier reviews every page a
 * writer produces, and a head that never saw ordinary story text refused some of it (cross-validated).
 * The two classes weigh the same in total. Fitted by Newton's method, so the same input always gives
 * the same weights.
 */
final class HeadTraining {

    /** The L2 weight that 10-fold cross-validation on the tuning split chose (see the README). */
    static final double L2 = 0.1;
    /**
     * The weight of one story sentence against one exemplar or idea: there are several thousand of them, and
     * at full weight they would drown the harmless near-miss ideas the head must also learn.
     */
    static final double STORY_WEIGHT = 0.2;

    private HeadTraining() {
    }

    record Example(float[] unit, boolean harmful, double weight) {
    }

    /** Fits the head; {@code l2} weighs the squared weights (not the bias) against the summed log-loss. */
    static HarmfulnessHead fit(List<Example> examples, double l2) {
        int n = examples.size();
        int d = examples.getFirst().unit().length + 1;
        double[][] x = new double[n][d];
        double[] y = new double[n];
        double[] w = ClassBalance.weights(examples, Example::harmful, Example::weight);
        for (int i = 0; i < n; i++) {
            float[] v = examples.get(i).unit();
            for (int j = 0; j < v.length; j++) {
                x[i][j] = v[j];
            }
            x[i][d - 1] = 1;
            y[i] = examples.get(i).harmful() ? 1 : 0;
        }
        double[] theta = new double[d];
        double loss = loss(x, y, w, theta, l2);
        for (int iteration = 0; iteration < 100; iteration++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            for (int i = 0; i < n; i++) {
                double p = sigmoid(dot(x[i], theta));
                double g = w[i] * (p - y[i]);
                double h = w[i] * p * (1 - p);
                for (int j = 0; j < d; j++) {
                    gradient[j] += g * x[i][j];
                    double hx = h * x[i][j];
                    for (int k = 0; k <= j; k++) {
                        hessian[j][k] += hx * x[i][k];
                    }
                }
            }
            for (int j = 0; j < d; j++) {
                for (int k = 0; k < j; k++) {
                    hessian[k][j] = hessian[j][k];
                }
                if (j < d - 1) {
                    gradient[j] += 2 * l2 * theta[j];
                    hessian[j][j] += 2 * l2;
                }
            }
            double[] step = solve(hessian, gradient);
            // damped Newton: halve the step until the loss goes down, so a nearly separable set converges
            double scale = 1;
            double[] next = new double[d];
            double nextLoss;
            do {
                for (int j = 0; j < d; j++) {
                    next[j] = theta[j] - scale * step[j];
                }
                nextLoss = loss(x, y, w, next, l2);
                scale /= 2;
            } while (nextLoss > loss && scale > 1e-6);
            boolean done = loss - nextLoss < 1e-10 * Math.max(1, loss);
            theta = next;
            loss = Math.min(loss, nextLoss);
            if (done) {
                break;
            }
        }
        float[] weights = new float[d - 1];
        for (int j = 0; j < d - 1; j++) {
            weights[j] = (float) theta[j];
        }
        return new HarmfulnessHead(weights, theta[d - 1]);
    }

    private static double loss(double[][] x, double[] y, double[] w, double[] theta, double l2) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            double z = dot(x[i], theta);
            // log(1 + e^-z) and log(1 + e^z), written so large |z| does not overflow
            double softplus = Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
            sum += w[i] * (y[i] == 1 ? softplus - z : softplus);
        }
        for (int j = 0; j < theta.length - 1; j++) {
            sum += l2 * theta[j] * theta[j];
        }
        return sum;
    }

    /** Solves a symmetric positive definite system by Cholesky decomposition. */
    private static double[] solve(double[][] a, double[] b) {
        int d = b.length;
        double[][] l = new double[d][d];
        for (int j = 0; j < d; j++) {
            double s = a[j][j];
            for (int k = 0; k < j; k++) {
                s -= l[j][k] * l[j][k];
            }
            l[j][j] = Math.sqrt(Math.max(s, 1e-12));
            for (int i = j + 1; i < d; i++) {
                double t = a[i][j];
                for (int k = 0; k < j; k++) {
                    t -= l[i][k] * l[j][k];
                }
                l[i][j] = t / l[j][j];
            }
        }
        double[] z = new double[d];
        for (int i = 0; i < d; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[i][k] * z[k];
            }
            z[i] = s / l[i][i];
        }
        double[] out = new double[d];
        for (int i = d - 1; i >= 0; i--) {
            double s = z[i];
            for (int k = i + 1; k < d; k++) {
                s -= l[k][i] * out[k];
            }
            out[i] = s / l[i][i];
        }
        return out;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** The sentences of book texts the models learn as ordinary story text: each text's reviewed sentences. */
    static List<String> storySentences(List<String> texts) {
        List<String> sentences = new ArrayList<>();
        for (String text : texts) {
            sentences.addAll(SemanticClassifier.reviewed(TextNormalizer.normalize(text)));
        }
        return sentences;
    }

    /** The tuning split's rows of the evaluation set, split into their columns (also bench/safety/cross-validate's). */
    static List<String[]> tuningRows(Path ideas) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String row : Files.readAllLines(ideas, StandardCharsets.UTF_8)) {
            if (row.startsWith("tune\t")) { // not the header, comments or the held-out split, which no tuning may see
                rows.add(row.split("\t", 6));
            }
        }
        return rows;
    }

    /**
     * The rows of {@code bench/safety/training-ideas.tsv} split into their columns (label, category, language, text):
     * all of them tuning rows (also bench/safety/cross-validate's); none when the file is missing.
     */
    static List<String[]> trainingRows(Path trainingIdeas) throws IOException {
        List<String[]> rows = new ArrayList<>();
        if (Files.exists(trainingIdeas)) {
            for (String row : Files.readAllLines(trainingIdeas, StandardCharsets.UTF_8)) {
                if (!row.isBlank() && !row.startsWith("#") && !row.startsWith("label\t")) {
                    rows.add(row.split("\t", 4));
                }
            }
        }
        return rows;
    }

    /**
     * What the head was trained on, in short (the exemplars, each tuning idea's label and text, the story texts),
     * as written in its header: a changed input means the head is stale.
     */
    static String inputDigest(List<String> exemplarLines, Path ideas, Path stories) throws IOException {
        List<String> trainedOn = new ArrayList<>(exemplarLines);
        for (String[] f : tuningRows(ideas)) {
            trainedOn.add(f[1] + "\t" + f[5]);
            // a glossary change changes what the head learns from a Spanish, French or German idea
            trainedOn.addAll(SemanticClassifier.judged(TextNormalizer.normalize(f[5]), Glossary.shared()));
        }
        trainedOn.addAll(Files.readAllLines(stories, StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(ExemplarVectors.digest(trainedOn)).substring(0, 12);
    }

    /** Remakes the head from the exemplars and the tuning split: {@code bench/safety/train-head IDEAS TARGET}. */
    public static void main(String[] args) throws Exception {
        Path ideas = Path.of(args.length > 0 ? args[0] : "bench/safety/ideas.tsv");
        Path target = Path.of(args.length > 1 ? args[1] : "src/main/resources/" + HarmfulnessHead.PATH);
        Path stories = Path.of(args.length > 2 ? args[2] : "bench/safety/story-texts.txt");
        var exemplars = Exemplars.load();
        List<String> lines = ExemplarVectors.lines(exemplars);
        var model = new SentenceEmbedder();
        float[][] vectors = ExemplarVectors.stored(lines).orElseThrow(() -> new IllegalStateException(
                "Remake the exemplar vectors first: bench/safety/embed-exemplars"));
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < vectors.length; i++) {
            examples.add(new Example(SemanticClassifier.unit(vectors[i]), i < exemplars.harmful().size(), 1));
        }
        int ideasUsed = 0;
        for (String[] f : tuningRows(ideas)) {
            ideasUsed++;
            for (String sentence : SemanticClassifier.judged(TextNormalizer.normalize(f[5]), Glossary.shared())) {
                examples.add(new Example(SemanticClassifier.unit(model.embed(sentence).content().vector()),
                        f[1].equals("harmful"), 1));
            }
        }
        List<String> storyTexts = Files.readAllLines(stories, StandardCharsets.UTF_8);
        for (String sentence : storySentences(storyTexts)) {
            examples.add(new Example(SemanticClassifier.unit(model.embed(sentence).content().vector()), false,
                    STORY_WEIGHT));
        }
        HarmfulnessHead head = fit(examples, L2);
        try (var out = new PrintWriter(Files.newBufferedWriter(target, StandardCharsets.UTF_8))) {
            out.println("# Logistic-regression head on the MiniLM sentence embeddings, made by bench/safety/train-head");
            out.println("# from the exemplars and the tuning split of bench/safety/ideas.tsv; do not edit by hand.");
            out.printf(Locale.ROOT, "# %d sentences (%d exemplars, %d tuning ideas, %d story texts at weight %s), l2 %s,"
                    + " input %s%n", examples.size(), lines.size(), ideasUsed, storyTexts.size(), STORY_WEIGHT, L2,
                    inputDigest(lines, ideas, stories));
            head.write(out);
        }
        System.out.printf("Head trained on %d sentences (%d exemplars, %d tuning ideas, %d story texts), written to %s%n",
                examples.size(), lines.size(), ideasUsed, storyTexts.size(), target);
    }
}
