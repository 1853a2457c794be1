package io.storyloom.safety;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Trains the {@link WordingModel} ({@code bench/safety/train-wording}): L2-regularised logistic regression,
 * harmful against harmless, on the {@link WordingFeatures} of the tuning split of {@code bench/safety/ideas.tsv}
 * (the held-out rows are never read), every row of {@code bench/safety/training-ideas.tsv}, the exemplars and,
 * as harmless at a fifth of the weight, each sentence of the offline writer's book texts. Not the check set
 * ({@code check-ideas.tsv}): it stays the unseen measure of the result. The two classes weigh the same in
 * total. Fitted by accelerated gradient descent from zero, so the same input always gives the same model.
 */
final class WordingTraining {

    /** sklearn's C: the summed log-loss against half the squared weights; 16 of 4-32, cross-validated (README, Safety). */
    static final double C = 16;
    static final double STORY_WEIGHT = 0.2;
    private static final int ITERATIONS = 3000;

    private WordingTraining() {
    }

    record Example(String text, boolean harmful, double weight) {
    }

    /** The text the model reads for a normalised sentence or idea: it, and its English gloss when it has one. */
    static String read(String normalized, Glossary glossary) {
        return glossary.language(normalized).map(language -> normalized + " " + glossary.gloss(normalized, language))
                .orElse(normalized);
    }

    /** The fitted model, its {@code input} left blank: what it learnt from is for the caller to name. */
    static WordingModel fit(List<Example> examples, double c) {
        int n = examples.size();
        // how rare each place is among the training texts: log((1 + n) / (1 + texts with it)) + 1
        int[] texts = new int[WordingFeatures.BUCKETS];
        for (Example example : examples) {
            for (int[] kind : WordingFeatures.places(example.text())) {
                for (int i = 0; i < kind.length; i++) {
                    if (i == 0 || kind[i] != kind[i - 1]) {
                        texts[kind[i]]++;
                    }
                }
            }
        }
        float[] idf = new float[WordingFeatures.BUCKETS];
        for (int place = 0; place < idf.length; place++) {
            idf[place] = texts[place] == 0 ? 0 : (float) (Math.log((1.0 + n) / (1.0 + texts[place])) + 1);
        }
        WordingFeatures.Vector[] x = new WordingFeatures.Vector[n];
        double[] y = new double[n];
        double[] s = ClassBalance.weights(examples, Example::harmful, Example::weight);
        for (int i = 0; i < n; i++) {
            x[i] = WordingFeatures.vector(examples.get(i).text(), idf);
            y[i] = examples.get(i).harmful() ? 1 : 0;
        }
        // minimise (1/S) sum s_i loss_i + (lambda/2) |w|^2 with lambda = 1 / (C S): sklearn's objective, scaled
        double sum = 0;
        for (double v : s) {
            sum += v;
        }
        double lambda = 1 / (c * sum);
        int d = WordingFeatures.BUCKETS + 1; // the bias last, not regularised
        // the loss's curvature is at most a quarter of |x|^2 <= 2 (two unit kinds) + 1 (the bias)
        double step = 1 / (0.75 + lambda);
        double[] theta = new double[d];
        double[] look = new double[d];
        double[] gradient = new double[d];
        float[] w = new float[d - 1];
        double momentum = 1;
        double lastLoss = Double.MAX_VALUE;
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            Arrays.fill(gradient, 0);
            for (int j = 0; j < d - 1; j++) {
                w[j] = (float) look[j];
            }
            double loss = 0;
            for (int i = 0; i < n; i++) {
                double z = x[i].dot(w) + look[d - 1];
                double p = 1 / (1 + Math.exp(-z));
                double g = s[i] * (p - y[i]) / sum;
                int[] places = x[i].places();
                float[] values = x[i].values();
                for (int k = 0; k < places.length; k++) {
                    gradient[places[k]] += g * values[k];
                }
                gradient[d - 1] += g;
                double softplus = Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
                loss += s[i] * (y[i] == 1 ? softplus - z : softplus) / sum;
            }
            double largest = 0;
            for (int j = 0; j < d; j++) {
                if (j < d - 1) {
                    gradient[j] += lambda * look[j];
                    loss += lambda / 2 * look[j] * look[j];
                }
                largest = Math.max(largest, Math.abs(gradient[j]));
            }
            if (largest < 1e-7) { // converged: a small problem (tests) gets there long before the last iteration
                theta = look;
                break;
            }
            // Nesterov's momentum, restarted whenever the loss rises, so the descent never runs away
            double nextMomentum = (1 + Math.sqrt(1 + 4 * momentum * momentum)) / 2;
            double beta = loss > lastLoss ? 0 : (momentum - 1) / nextMomentum;
            momentum = loss > lastLoss ? 1 : nextMomentum;
            lastLoss = loss;
            for (int j = 0; j < d; j++) {
                double next = look[j] - step * gradient[j];
                look[j] = next + beta * (next - theta[j]);
                theta[j] = next;
            }
        }
        return new WordingModel(idf, toFloat(theta, d - 1), theta[d - 1], "");
    }

    private static float[] toFloat(double[] v, int length) {
        float[] f = new float[length];
        for (int i = 0; i < length; i++) {
            f[i] = (float) v[i];
        }
        return f;
    }

    /** What the model learns from: the tuning ideas, the training ideas, the exemplars and the story sentences. */
    static List<Example> examples(Path ideas, Path trainingIdeas, Path stories) throws IOException {
        return examples(ideas, HeadTraining.trainingRows(trainingIdeas), stories);
    }

    /** The same, with these rows of the training ideas (label, category, language, text) in place of all of them. */
    static List<Example> examples(Path ideas, List<String[]> trainingRows, Path stories) throws IOException {
        List<Example> examples = new ArrayList<>();
        for (String[] f : HeadTraining.tuningRows(ideas)) {
            examples.add(example(f[5], f[1].equals("harmful")));
        }
        examples.addAll(examplesBesideTuning(trainingRows, stories));
        return examples;
    }

    /** What the model learns from but the tuning split: these training ideas, the exemplars, the story sentences. */
    static List<Example> examplesBesideTuning(List<String[]> trainingRows, Path stories) throws IOException {
        List<Example> examples = new ArrayList<>();
        for (String[] f : trainingRows) {
            examples.add(example(f[3], f[0].equals("harmful")));
        }
        var glossary = Glossary.shared();
        var exemplars = Exemplars.load();
        exemplars.harmful().forEach(e -> examples.add(new Example(TextNormalizer.normalize(e.text()), true, 1)));
        exemplars.harmless().forEach(text -> examples.add(new Example(read(TextNormalizer.normalize(text), glossary),
                false, 1)));
        for (String sentence : HeadTraining.storySentences(Files.readAllLines(stories, StandardCharsets.UTF_8))) {
            examples.add(new Example(sentence, false, STORY_WEIGHT));
        }
        return examples;
    }

    /** An idea as the model learns it: its normalised words and their gloss, at full weight. */
    static Example example(String idea, boolean harmful) {
        return new Example(read(TextNormalizer.normalize(idea), Glossary.shared()), harmful, 1);
    }

    /** What the model learnt from, in short, as written in its file: a changed input means the model is stale. */
    static String inputDigest(List<Example> examples) {
        List<String> lines = examples.stream().map(e -> (e.harmful() ? "1 " : "0 ") + e.weight() + " " + e.text())
                .toList();
        return HexFormat.of().formatHex(ExemplarVectors.digest(lines)).substring(0, 12);
    }

    static void write(WordingModel model, String input, OutputStream target) throws IOException {
        try (var out = new DataOutputStream(new GZIPOutputStream(target))) {
            out.writeInt(WordingModel.MAGIC);
            out.writeUTF(input);
            out.writeDouble(model.bias());
            int count = 0;
            for (float idf : model.idf()) {
                count += idf > 0 ? 1 : 0;
            }
            out.writeInt(count);
            for (int place = 0; place < model.idf().length; place++) {
                if (model.idf()[place] > 0) {
                    out.writeInt(place);
                    out.writeFloat(model.idf()[place]);
                    out.writeFloat(model.weights()[place]);
                }
            }
        }
    }

    /**
     * {@code bench/safety/train-wording}: remakes the model; with {@code --folds K}, first prints how K-fold
     * cross-validation on the ideas ranks them (refused at each cut-off, the held-out rows never read).
     */
    public static void main(String[] args) throws Exception {
        Path ideas = Path.of("bench/safety/ideas.tsv");
        Path trainingIdeas = Path.of("bench/safety/training-ideas.tsv");
        Path stories = Path.of("bench/safety/story-texts.txt");
        List<Example> examples = examples(ideas, trainingIdeas, stories);
        int folds = args.length > 1 && args[0].equals("--folds") ? Integer.parseInt(args[1]) : 0;
        if (folds > 1) {
            crossValidate(examples, folds);
        }
        long started = System.nanoTime();
        WordingModel model = fit(examples, C);
        Path target = Path.of("src/main/resources/" + WordingModel.PATH);
        String input = inputDigest(examples);
        try (OutputStream out = Files.newOutputStream(target)) {
            write(model, input, out);
        }
        System.out.printf(Locale.ROOT, "Wording model trained on %d texts in %.1f s, written to %s (input %s)%n",
                examples.size(), (System.nanoTime() - started) / 1e9, target, input);
    }

    private static void crossValidate(List<Example> examples, int folds) {
        int n = examples.size();
        int[] fold = new int[n];
        var random = new Random(1);
        for (int i = 0; i < n; i++) {
            fold[i] = random.nextInt(folds);
        }
        double[] p = new double[n];
        for (int k = 0; k < folds; k++) {
            List<Example> train = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (fold[i] != k) {
                    train.add(examples.get(i));
                }
            }
            WordingModel model = fit(train, C);
            for (int i = 0; i < n; i++) {
                if (fold[i] == k) {
                    p[i] = model.probability(examples.get(i).text());
                }
            }
        }
        for (double cut : new double[] {0.5, 0.7, 0.8, 0.9, 0.95, 0.97}) {
            int harmful = 0, caught = 0, harmless = 0, refused = 0, story = 0, storyRefused = 0;
            for (int i = 0; i < n; i++) {
                Example e = examples.get(i);
                if (e.weight() < 1) {
                    story++;
                    storyRefused += p[i] >= cut ? 1 : 0;
                } else if (e.harmful()) {
                    harmful++;
                    caught += p[i] >= cut ? 1 : 0;
                } else {
                    harmless++;
                    refused += p[i] >= cut ? 1 : 0;
                }
            }
            System.out.printf(Locale.ROOT, "cut-off %.2f: harmful %d/%d, harmless %d/%d, story sentences %d/%d%n",
                    cut, caught, harmful, refused, harmless, storyRefused, story);
        }
    }
}
