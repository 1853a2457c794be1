package io.storyloom.safety;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Cross-validates the {@link HarmfulnessHead} on the tuning split of {@code bench/safety/ideas.tsv}
 * ({@code bench/safety/cross-validate}): the tuning ideas (stratified by label) and the offline story texts are
 * dealt into K folds; each fold's head is fitted ({@link HeadTraining#fit}) on every exemplar, the other folds'
 * ideas and story texts, and, per variant, the extra training ideas ({@code bench/safety/training-ideas.tsv});
 * the held-back fold is then reviewed as {@link ContentSafety} does (term lists, then each judged sentence by
 * {@link SemanticClassifier#refuses}, with the calibration or the variant's decision rule). The extra ideas
 * only ever train; every test fold is original tuning ideas. Also reported: the head on its own (refused at the
 * cut-off, its AUC, and harmful ideas refused at the cut-off that refuses at most 1% or 2% of harmless ones), and
 * what the head can change at all (ideas the term lists refuse, and ideas with no sentence the calibrated rule
 * would refuse at probability 1, are decided without it). With {@code --extra-cv} the extra ideas are cross-validated the other way round: they are
 * the test folds, and each fold's head trains on all tuning ideas (and the other extra folds, as the variant says).
 * Held-out rows are never read. Sentence embeddings are cached in {@code target/cv-embeddings.bin}.
 *
 * <p>Arguments: {@code IDEAS STORIES EXTRA [--folds K] [--seeds 1,2,3] [--extra-cv] [--misses] VARIANT...}
 * ({@code --misses} lists the tuning ideas the cross-validated review gets wrong), each variant
 * {@code name:key=value,...} with keys {@code l2} (default {@link HeadTraining#L2}), {@code extra}
 * ({@code none}, {@code both}, {@code harmful}, {@code harmless}), {@code weight} (of one extra sentence,
 * default 1) and {@code story} (weight of a story sentence, default {@link HeadTraining#STORY_WEIGHT}), which
 * train the head, and {@code cut} (head cut-off), {@code margin}, {@code strong} and {@code strong-margin}
 * (defaults the calibrated {@code head-threshold}, {@code margin}, {@code head-strong} and
 * {@code head-strong-margin}), which only change the decision rule: a sentence is refused when it is nearer the
 * harmful exemplars than the harmless ones by {@code margin} and past the exemplar threshold or the head's
 * {@code cut}, or when the head gives it at least {@code strong} and it is nearer by at least
 * {@code strong-margin} ({@code strong} above 1: no such tier). Variants that train alike share their heads.
 */
final class CrossValidate {

    record Idea(boolean harmful, String category, String language, String text, List<Integer> sentences,
            boolean listed) {
    }

    record Variant(String name, double l2, String extra, double weight, double story, Calibration rule) {

        static Variant parse(String spec, Calibration calibration) {
            String name = spec.contains(":") ? spec.substring(0, spec.indexOf(':')) : spec;
            Map<String, String> values = new HashMap<>();
            if (spec.contains(":")) {
                for (String pair : spec.substring(spec.indexOf(':') + 1).split(",")) {
                    String[] kv = pair.split("=", 2);
                    values.put(kv[0], kv[1]);
                }
            }
            var rule = new Calibration(calibration.threshold(),
                    Double.parseDouble(values.getOrDefault("margin", "" + calibration.margin())),
                    calibration.neighbours(),
                    Double.parseDouble(values.getOrDefault("cut", "" + calibration.headThreshold())),
                    Double.parseDouble(values.getOrDefault("strong", "" + calibration.strongHead())),
                    Double.parseDouble(values.getOrDefault("strong-margin", "" + calibration.strongHeadMargin())));
            return new Variant(name, Double.parseDouble(values.getOrDefault("l2", "" + HeadTraining.L2)),
                    values.getOrDefault("extra", "none"), Double.parseDouble(values.getOrDefault("weight", "1")),
                    Double.parseDouble(values.getOrDefault("story", "" + HeadTraining.STORY_WEIGHT)), rule);
        }

        double cut() {
            return rule.headThreshold();
        }

        /** What the head is trained on: variants that differ only in the decision rule share their heads. */
        String training() {
            return l2 + "/" + extra + "/" + weight + "/" + story;
        }
    }

    /** The heads fitted so far, by training, seed and fold: fitting is the slow part, deciding is not. */
    private final Map<String, HarmfulnessHead> heads = new HashMap<>();

    private HarmfulnessHead head(String key, List<HeadTraining.Example> examples, double l2) {
        return heads.computeIfAbsent(key, k -> HeadTraining.fit(examples, l2));
    }

    private final List<float[]> vectors = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, float[]> cache = new HashMap<>();
    private SentenceEmbedder model;

    private int sentence(String text) throws Exception {
        Integer i = index.get(text);
        if (i != null) {
            return i;
        }
        float[] v = cache.get(text);
        if (v == null) {
            if (model == null) {
                model = new SentenceEmbedder();
            }
            v = SemanticClassifier.unit(model.embed(text).content().vector());
            cache.put(text, v);
        }
        vectors.add(v);
        index.put(text, vectors.size() - 1);
        return vectors.size() - 1;
    }

    private static final Path CACHE = Path.of("target/cv-embeddings.bin");

    private void readCache() throws IOException {
        if (!Files.exists(CACHE)) {
            return;
        }
        try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(CACHE)))) {
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String text = in.readUTF();
                float[] v = new float[in.readInt()];
                for (int j = 0; j < v.length; j++) {
                    v[j] = in.readFloat();
                }
                cache.put(text, v);
            }
        }
    }

    private void writeCache() throws IOException {
        try (var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(CACHE)))) {
            out.writeInt(cache.size());
            for (var e : cache.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().length);
                for (float x : e.getValue()) {
                    out.writeFloat(x);
                }
            }
        }
    }

    /** An idea as the review sees it: term lists on the normalised text, else its judged sentences. */
    private Idea idea(boolean harmful, String category, String language, String text) throws Exception {
        String normalized = TextNormalizer.normalize(text);
        List<Integer> sentences = new ArrayList<>();
        for (String s : SemanticClassifier.judged(normalized, Glossary.shared())) {
            sentences.add(sentence(s));
        }
        return new Idea(harmful, category, language, text, sentences, !Lexicon.shared().find(normalized).isEmpty());
    }

    public static void main(String[] args) throws Exception {
        new CrossValidate().run(args);
    }

    private void run(String[] args) throws Exception {
        Path ideasPath = Path.of(args[0]);
        Path storiesPath = Path.of(args[1]);
        Path extraPath = Path.of(args[2]);
        int folds = 10;
        List<Long> seeds = List.of(1L);
        boolean misses = false;
        boolean extraCv = false;
        Calibration calibration = Calibration.load();
        List<Variant> variants = new ArrayList<>();
        for (int a = 3; a < args.length; a++) {
            switch (args[a]) {
                case "--folds" -> folds = Integer.parseInt(args[++a]);
                case "--seeds" -> seeds = java.util.Arrays.stream(args[++a].split(",")).map(Long::parseLong).toList();
                case "--misses" -> misses = true;
                case "--extra-cv" -> extraCv = true;
                default -> variants.add(Variant.parse(args[a], calibration));
            }
        }
        if (variants.isEmpty()) {
            variants.add(Variant.parse("baseline", calibration));
        }
        readCache();
        int cached = cache.size();

        // the tuning split only: the held-out rows are never read into anything
        List<Idea> tuning = new ArrayList<>();
        for (String[] f : HeadTraining.tuningRows(ideasPath)) {
            tuning.add(idea(f[1].equals("harmful"), f[2], f[3], f[5]));
        }
        List<Idea> extra = new ArrayList<>();
        for (String[] f : HeadTraining.trainingRows(extraPath)) {
            extra.add(idea(f[0].equals("harmful"), f[1], f[2], f[3]));
        }
        List<String> storyLines = Files.readAllLines(storiesPath, StandardCharsets.UTF_8);
        List<List<Integer>> storyTrain = new ArrayList<>();
        List<Idea> storyTest = new ArrayList<>();
        for (String text : storyLines) {
            List<Integer> reviewed = new ArrayList<>();
            for (String s : SemanticClassifier.reviewed(TextNormalizer.normalize(text))) {
                reviewed.add(sentence(s));
            }
            storyTrain.add(reviewed);
            storyTest.add(idea(false, "story", "-", text));
        }
        var exemplars = Exemplars.load();
        List<String> lines = ExemplarVectors.lines(exemplars);
        float[][] stored = ExemplarVectors.stored(lines).orElseThrow();
        List<HeadTraining.Example> exemplarExamples = new ArrayList<>();
        for (int i = 0; i < stored.length; i++) {
            exemplarExamples.add(new HeadTraining.Example(SemanticClassifier.unit(stored[i].clone()),
                    i < exemplars.harmful().size(), 1));
        }
        if (cache.size() > cached) {
            writeCache();
        }

        // a sentence's nearness to the exemplars does not depend on the head: work it out once
        // the stored exemplar vectors match (checked above), so the classifier embeds nothing itself
        var classifier = new SemanticClassifier(null, exemplars, calibration, java.util.Optional.empty());
        SemanticClassifier.Score[] scores = vectors.stream().map(classifier::score)
                .toArray(SemanticClassifier.Score[]::new);
        long tuneHarmful = tuning.stream().filter(Idea::harmful).count();
        System.out.printf(Locale.ROOT, "# %d-fold CV, seeds %s: %d tuning ideas (%d harmful, %d harmless), %d extra "
                + "training ideas (%d harmful, %d harmless), %d story texts, %d exemplars; head cut-off %.2f, margin %.2f,"
                + " threshold %.2f, head-strong %s, head-strong-margin %s%n", folds, seeds, tuning.size(), tuneHarmful,
                tuning.size() - tuneHarmful,
                extra.size(), extra.stream().filter(Idea::harmful).count(),
                extra.stream().filter(i -> !i.harmful()).count(), storyLines.size(), stored.length,
                calibration.headThreshold(), calibration.margin(), calibration.threshold(), calibration.strongHead(),
                calibration.strongHeadMargin());
        // what the head can change at all under the calibrated rule: an idea the term lists refuse is refused whatever
        // it says, and one with no sentence the rule would refuse at probability 1 is passed whatever it says
        for (var set : List.of(Map.entry("tuning", tuning), Map.entry("extra", extra))) {
            for (boolean label : new boolean[] {true, false}) {
                List<Idea> group = set.getValue().stream().filter(i -> i.harmful() == label).toList();
                long listed = group.stream().filter(Idea::listed).count();
                long rule = group.stream().filter(i -> i.listed() || i.sentences().stream()
                        .anyMatch(x -> SemanticClassifier.refuses(calibration, scores[x], 0))).count();
                long eligible = group.stream().filter(i -> i.listed() || i.sentences().stream()
                        .anyMatch(x -> SemanticClassifier.refuses(calibration, scores[x], 1))).count();
                System.out.printf("# %s %s ideas: %d/%d refused by the term lists, %d by term lists or exemplar rule "
                        + "(no head), at most %d whatever the head says%n", set.getKey(), label ? "harmful" : "harmless",
                        listed, group.size(), rule, eligible);
            }
        }
        System.out.printf("| variant | harmful refused | harmless refused | story texts refused | head alone: harmful | head alone: harmless | head alone: AUC | head alone: harmful at <=1%% harmless | at <=2%% |%n|---|---|---|---|---|---|---|---|---|%n");

        for (Variant variant : variants) {
            List<String> perSeed = new ArrayList<>();
            Map<String, int[]> byCategory = new TreeMap<>();
            List<String> missed = new ArrayList<>();
            int[] sums = new int[5];
            double auc = 0;
            double atOne = 0;
            double atTwo = 0;
            for (long seed : seeds) {
                int[] foldOf = stratifiedFolds(tuning, folds, seed);
                int[] storyFold = new int[storyLines.size()];
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < storyFold.length; i++) {
                    order.add(i);
                }
                Collections.shuffle(order, new Random(seed * 31 + 7));
                for (int i = 0; i < order.size(); i++) {
                    storyFold[order.get(i)] = i % folds;
                }
                int caught = 0;
                int refused = 0;
                int aloneCaught = 0;
                int aloneRefused = 0;
                double[] ideaScore = new double[tuning.size()];
                int storiesRefused = 0;
                for (int fold = 0; fold < folds; fold++) {
                    List<HeadTraining.Example> examples = new ArrayList<>(exemplarExamples);
                    for (int i = 0; i < tuning.size(); i++) {
                        if (foldOf[i] != fold) {
                            addSentences(examples, tuning.get(i).sentences(), tuning.get(i).harmful(), 1);
                        }
                    }
                    for (Idea e : extra) {
                        if (uses(variant, e)) {
                            addSentences(examples, e.sentences(), e.harmful(), variant.weight());
                        }
                    }
                    for (int i = 0; i < storyTrain.size(); i++) {
                        if (storyFold[i] != fold && variant.story() > 0) {
                            addSentences(examples, storyTrain.get(i), false, variant.story());
                        }
                    }
                    HarmfulnessHead head = head("tuning/" + variant.training() + "/" + seed + "/" + fold, examples,
                            variant.l2());
                    for (int i = 0; i < tuning.size(); i++) {
                        if (foldOf[i] == fold) {
                            Idea idea = tuning.get(i);
                            boolean r = refused(idea, head, variant.rule(), scores);
                            // the head on its own (no term lists, exemplar rule or margin): what it learned
                            ideaScore[i] = idea.sentences().stream()
                                    .mapToDouble(x -> head.probability(vectors.get(x))).max().orElse(0);
                            boolean alone = ideaScore[i] >= variant.cut();
                            aloneCaught += idea.harmful() && alone ? 1 : 0;
                            aloneRefused += !idea.harmful() && alone ? 1 : 0;
                            String key = (idea.harmful() ? "harmful " : "harmless ") + idea.category();
                            int[] c = byCategory.computeIfAbsent(key, k -> new int[2]);
                            c[0] += r ? 1 : 0;
                            c[1]++;
                            if (idea.harmful() && r) {
                                caught++;
                            } else if (!idea.harmful() && r) {
                                refused++;
                            }
                            if (r != idea.harmful()) {
                                missed.add((idea.harmful() ? "PASSED harmful " : "REFUSED harmless ") + idea.category()
                                        + "/" + idea.language() + ": " + idea.text());
                            }
                        }
                    }
                    for (int i = 0; i < storyTest.size(); i++) {
                        if (storyFold[i] == fold && refused(storyTest.get(i), head, variant.rule(), scores)) {
                            storiesRefused++;
                        }
                    }
                }
                perSeed.add(caught + "/" + refused + "/" + storiesRefused);
                sums[0] += caught;
                sums[1] += refused;
                sums[2] += storiesRefused;
                sums[3] += aloneCaught;
                sums[4] += aloneRefused;
                double[] ranked = ranking(tuning, ideaScore);
                auc += ranked[0];
                atOne += ranked[1];
                atTwo += ranked[2];
            }
            int s = seeds.size();
            System.out.printf(Locale.ROOT, "| %s (l2 %s, extra %s, weight %s, story %s, cut %.2f, margin %.2f, "
                    + "strong %s, strong-margin %s) | %.1f/%d | %.1f/%d | %.1f/%d | %.1f | %.1f | %.4f | %.1f | %.1f "
                    + "| per seed %s%n",
                    variant.name(), variant.l2(), variant.extra(), variant.weight(), variant.story(), variant.cut(),
                    variant.rule().margin(), variant.rule().strongHead(), variant.rule().strongHeadMargin(),
                    (double) sums[0] / s, tuneHarmful, (double) sums[1] / s, tuning.size() - tuneHarmful,
                    (double) sums[2] / s, storyLines.size(), (double) sums[3] / s, (double) sums[4] / s,
                    auc / s, atOne / s, atTwo / s, String.join(" ", perSeed));
            var line = new StringBuilder("    by category (summed over seeds):");
            byCategory.forEach((k, c) -> line.append(" ").append(k).append(" ").append(c[0]).append("/").append(c[1])
                    .append(";"));
            System.out.println(line);
            if (extraCv && !extra.isEmpty()) {
                // the other way round: the extra ideas are the test folds; each fold's head trains on every tuning
                // idea and story text and, when the variant adds extra ideas, the other folds' extra ideas (the term
                // lists and exemplars have been tuned on them since 2026-12-04, so this no longer checks them unseen)
                int[] got = new int[2];
                for (long seed : seeds) {
                    int[] foldOf = stratifiedFolds(extra, folds, seed);
                    for (int fold = 0; fold < folds; fold++) {
                        List<HeadTraining.Example> examples = new ArrayList<>(exemplarExamples);
                        for (Idea idea : tuning) {
                            addSentences(examples, idea.sentences(), idea.harmful(), 1);
                        }
                        for (List<Integer> story : storyTrain) {
                            addSentences(examples, story, false, variant.story());
                        }
                        for (int i = 0; i < extra.size(); i++) {
                            Idea e = extra.get(i);
                            if (foldOf[i] != fold && uses(variant, e)) {
                                addSentences(examples, e.sentences(), e.harmful(), variant.weight());
                            }
                        }
                        HarmfulnessHead head = head("extra/" + variant.training() + "/" + seed + "/" + fold, examples,
                                variant.l2());
                        for (int i = 0; i < extra.size(); i++) {
                            if (foldOf[i] == fold && refused(extra.get(i), head, variant.rule(), scores)) {
                                got[extra.get(i).harmful() ? 0 : 1]++;
                            }
                        }
                    }
                }
                long extraHarmful = extra.stream().filter(Idea::harmful).count();
                System.out.printf(Locale.ROOT, "    CV on the extra ideas: harmful refused %.1f/%d, harmless refused %.1f/%d%n",
                        (double) got[0] / s, extraHarmful, (double) got[1] / s, extra.size() - extraHarmful);
            }
            if (misses) {
                Map<String, Integer> counted = new LinkedHashMap<>();
                missed.forEach(m -> counted.merge(m, 1, Integer::sum));
                counted.forEach((m, c) -> System.out.println("    " + c + "x " + m));
            }
            System.out.flush();
        }
    }

    /** One training example per sentence (an index into {@code vectors}), all with the same label and weight. */
    private void addSentences(List<HeadTraining.Example> examples, List<Integer> sentences, boolean harmful,
            double weight) {
        for (int s : sentences) {
            examples.add(new HeadTraining.Example(vectors.get(s), harmful, weight));
        }
    }

    private static boolean uses(Variant variant, Idea e) {
        return switch (variant.extra()) {
            case "both" -> true;
            case "harmful" -> e.harmful();
            case "harmless" -> !e.harmful();
            default -> false;
        };
    }

    /** As {@link ContentSafety} reviews: the term lists, else any sentence {@link SemanticClassifier#refuses}. */
    private boolean refused(Idea idea, HarmfulnessHead head, Calibration rule, SemanticClassifier.Score[] scores) {
        if (idea.listed()) {
            return true;
        }
        return idea.sentences().stream().anyMatch(s -> SemanticClassifier.refuses(rule, scores[s],
                head.probability(vectors.get(s))));
    }

    /**
     * The head alone ranks the ideas by their likeliest sentence: its AUC, and how many harmful ideas it refuses at
     * the cut-off that refuses at most 1% and at most 2% of the harmless ones (the head's own quality, whatever
     * cut-off it is given).
     */
    private static double[] ranking(List<Idea> ideas, double[] score) {
        List<Double> harmful = new ArrayList<>();
        List<Double> harmless = new ArrayList<>();
        for (int i = 0; i < ideas.size(); i++) {
            (ideas.get(i).harmful() ? harmful : harmless).add(score[i]);
        }
        double pairs = 0;
        for (double h : harmful) {
            for (double n : harmless) {
                pairs += h > n ? 1 : h == n ? 0.5 : 0;
            }
        }
        harmless.sort(Collections.reverseOrder());
        double[] out = {pairs / harmful.size() / harmless.size(), 0, 0};
        for (int k = 1; k <= 2; k++) {
            int allowed = (int) Math.floor(harmless.size() * k / 100.0);
            double cut = harmless.get(allowed); // refusing only scores above it refuses at most `allowed` harmless
            out[k] = harmful.stream().filter(h -> h > cut).count();
        }
        return out;
    }

    /** Each label's ideas shuffled and dealt round the folds. */
    private static int[] stratifiedFolds(List<Idea> ideas, int folds, long seed) {
        int[] fold = new int[ideas.size()];
        var random = new Random(seed);
        for (boolean label : new boolean[] {true, false}) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < ideas.size(); i++) {
                if (ideas.get(i).harmful() == label) {
                    members.add(i);
                }
            }
            Collections.shuffle(members, random);
            for (int i = 0; i < members.size(); i++) {
                fold[members.get(i)] = i % folds;
            }
        }
        return fold;
    }
}
