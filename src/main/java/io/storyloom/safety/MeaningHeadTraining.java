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
import java.util.function.Function;

/**
 * Trains the {@link MeaningHead} ({@code bench/safety/train-meaning-head}): the same logistic regression as the
 * {@link HarmfulnessHead}'s ({@link HeadTraining#fit}), on e5-small-v2 embeddings of every exemplar, of every judged
 * sentence (glosses included) of the tuning split of {@code bench/safety/ideas.tsv} and of
 * {@code bench/safety/training-ideas.tsv}, and of the offline writer's book sentences as harmless at a fifth of the
 * weight. Unlike the MiniLM head it learns the training ideas too: on e5 they made the head better on every blind set
 * (see the README, Safety). The held-out split and the check set are never read.
 */
final class MeaningHeadTraining {

    private MeaningHeadTraining() {
    }

    /** One text the head learns from (a judged sentence of an idea, an exemplar, a book sentence). */
    record Learnt(String text, boolean harmful, double weight) {
    }

    /** What the head learns from: the tuning split's ideas, then {@link #learntBeside} all the training ideas. */
    static List<Learnt> learnt(Path ideas, Path trainingIdeas, Path stories) throws IOException {
        List<Learnt> learnt = new ArrayList<>();
        for (String[] f : HeadTraining.tuningRows(ideas)) {
            learnt.addAll(idea(f[5], f[1].equals("harmful")));
        }
        learnt.addAll(learntBeside(HeadTraining.trainingRows(trainingIdeas), stories));
        return learnt;
    }

    /** What it learns beside the tuning split: these training ideas, the exemplars and the book sentences. */
    static List<Learnt> learntBeside(List<String[]> trainingRows, Path stories) throws IOException {
        List<Learnt> learnt = new ArrayList<>();
        for (String[] f : trainingRows) {
            learnt.addAll(idea(f[3], f[0].equals("harmful")));
        }
        var exemplars = Exemplars.load();
        List<String> lines = ExemplarVectors.lines(exemplars);
        for (int i = 0; i < lines.size(); i++) {
            learnt.add(new Learnt(lines.get(i), i < exemplars.harmful().size(), 1));
        }
        for (String sentence : HeadTraining.storySentences(Files.readAllLines(stories, StandardCharsets.UTF_8))) {
            learnt.add(new Learnt(sentence, false, HeadTraining.STORY_WEIGHT));
        }
        return learnt;
    }

    /** An idea as the head learns it: each sentence the review judges (glosses included), at full weight. */
    static List<Learnt> idea(String idea, boolean harmful) {
        return SemanticClassifier.judged(TextNormalizer.normalize(idea), Glossary.shared()).stream()
                .map(sentence -> new Learnt(sentence, harmful, 1)).toList();
    }

    /** Fits the head on these texts, each embedded with e5 ({@code vectors} remembers them). */
    static HarmfulnessHead fit(List<Learnt> learnt, Function<String, float[]> vectors) {
        return fit(learnt, vectors, HeadTraining.L2);
    }

    /** The same with another L2 weight, or on another model's embeddings ({@code bench/safety/compare-embeddings}). */
    static HarmfulnessHead fit(List<Learnt> learnt, Function<String, float[]> vectors, double l2) {
        List<HeadTraining.Example> examples = learnt.stream()
                .map(l -> new HeadTraining.Example(vectors.apply(l.text()), l.harmful(), l.weight())).toList();
        return HeadTraining.fit(examples, l2);
    }

    /** What the head learnt from, in short, as written in its header: a changed input means the head is stale. */
    static String inputDigest(Path ideas, Path trainingIdeas, Path stories) throws IOException {
        List<String> lines = learnt(ideas, trainingIdeas, stories).stream()
                .map(l -> (l.harmful() ? "1 " : "0 ") + l.weight() + " " + l.text()).toList();
        return HexFormat.of().formatHex(ExemplarVectors.digest(lines)).substring(0, 12);
    }

    /** {@code bench/safety/train-meaning-head [IDEAS TRAINING-IDEAS STORIES TARGET]}. */
    public static void main(String[] args) throws Exception {
        Path ideas = Path.of(args.length > 0 ? args[0] : "bench/safety/ideas.tsv");
        Path trainingIdeas = Path.of(args.length > 1 ? args[1] : "bench/safety/training-ideas.tsv");
        Path stories = Path.of(args.length > 2 ? args[2] : "bench/safety/story-texts.txt");
        Path target = Path.of(args.length > 3 ? args[3] : "src/main/resources/" + MeaningHead.PATH);
        var e5 = SentenceEmbedder.e5SmallV2();
        List<Learnt> learnt = learnt(ideas, trainingIdeas, stories);
        HarmfulnessHead head = fit(learnt, text -> MeaningHead.embed(e5, text));
        try (var out = new PrintWriter(Files.newBufferedWriter(target, StandardCharsets.UTF_8))) {
            out.println("# Logistic-regression head on e5-small-v2 sentence embeddings, made by bench/safety/train-meaning-head");
            out.println("# from the exemplars, the tuning split of bench/safety/ideas.tsv, bench/safety/training-ideas.tsv and");
            out.println("# the offline writer's book sentences; do not edit by hand.");
            out.printf(Locale.ROOT, "# %d sentences, l2 %s, input %s%n", learnt.size(), HeadTraining.L2,
                    inputDigest(ideas, trainingIdeas, stories));
            head.write(out);
        }
        System.out.printf("Meaning head trained on %d sentences, written to %s%n", learnt.size(), target);
        System.exit(0); // ONNX Runtime's threads
    }
}
