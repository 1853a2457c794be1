package io.storyloom.safety;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.function.ToDoubleFunction;

/**
 * Shows what the wording model's cut-off and veto would refuse ({@code bench/safety/choose-wording-cutoffs}), on
 * ideas whose exemplar verdicts and terms nothing was tuned on: the blind batches at the end of
 * {@code training-ideas.tsv}, from the one whose comment begins with the name given ("Sixth batch") on; and on the
 * tuning split of {@code ideas.tsv}, whose ideas are of the held-out split's kind (the same hands, split by the same
 * hash), though the terms and exemplars were written from them. The whole local review is counted (the term lists,
 * the exemplars' judgements, the wording model), 5-fold cross-validated over both: each fold's model learns what the
 * shipped one does, less that fold. Then the check set and the offline writer's book texts (and the picture prompts
 * composed from its books, {@code picture-prompts.txt}), with a model that learnt
 * all of it, as the shipped one does. The held-out split is never read, so the cell its rule names is a candidate to
 * measure there, not a verdict. On 2026-12-05 the blind batches' near-misses alone did not stand for the held-out
 * split's (a cut-off of 0.75 doubled its harmless ideas refused); the tuning split's do (see the README, Safety).
 * The {@link MeaningHead} is the shipped one, which learnt the tuning split and the blind batches: only the wording
 * model is cross-validated here, so the counts there flatter the meaning head's say (its own cut-offs were chosen
 * with both cross-validated; see {@code calibration.properties}).
 */
final class WordingCutoffs {

    private static final double[] CUT_OFFS = {0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.99, 2};
    private static final double[] VETOES = {0, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7};
    static final int FOLDS = 5;
    /** The meaning head's cut-offs, which the grid keeps as shipped. */
    private static final Calibration SHIPPED = Calibration.load();

    private WordingCutoffs() {
    }

    /** A labelled idea of a batch (or the check set, or a book text), as the review sees it before the wording model. */
    record Seen(String batch, boolean harmful, boolean listed, List<SemanticClassifier.Sentence> sentences,
            double[] meaning) {

        /** An idea seen without a meaning head. */
        Seen(String batch, boolean harmful, boolean listed, List<SemanticClassifier.Sentence> sentences) {
            this(batch, harmful, listed, sentences, sentences.stream().mapToDouble(s -> Double.NaN).toArray());
        }

        /**
         * Whether the review refuses it, given the wording model's probability for each of its sentences and, when
         * {@code meaning} is not null, the meaning head's (else the shipped meaning head's, seen with it), weighed as
         * {@code calibration} says.
         */
        boolean refused(double[] probability, double[] meaning, Calibration calibration) {
            if (listed) {
                return true; // the term lists' refusals are not vetoed
            }
            for (int i = 0; i < sentences.size(); i++) {
                var judgements = sentences.get(i).judgements();
                boolean exemplarsRefuse = judgements.stream().anyMatch(j -> j.refused().isPresent());
                double meant = meaning != null ? meaning[i] : this.meaning[i];
                if (calibration.readersRefuse(exemplarsRefuse, sentences.get(i).words(), probability[i], () -> meant)) {
                    return true;
                }
            }
            return false;
        }

        boolean refused(double[] probability, double cutOff, double veto) {
            return refused(probability, null, SHIPPED.withWording(cutOff, veto));
        }

        double[] probabilities(WordingModel model) {
            return sentences.stream().mapToDouble(s -> model.probability(s.wording())).toArray();
        }
    }

    /** The rows of the training ideas before the named batch, and those from it on, each with its batch's name. */
    record Split(List<String[]> before, List<String[]> blind, List<String> batches) {

        static Split of(Path trainingIdeas, String firstBlind) throws IOException {
            List<String[]> before = new ArrayList<>();
            List<String[]> blind = new ArrayList<>();
            List<String> batches = new ArrayList<>();
            String batch = null;
            for (String row : Files.readAllLines(trainingIdeas, StandardCharsets.UTF_8)) {
                if (row.startsWith("# ") && (batch != null || row.startsWith("# " + firstBlind))
                        && row.matches("# \\S+ batch \\(.*")) {
                    batch = row.substring(2, row.indexOf(" ("));
                } else if (!row.isBlank() && !row.startsWith("#") && !row.startsWith("label\t")) {
                    String[] columns = row.split("\t", 4);
                    if (batch == null) {
                        before.add(columns);
                    } else {
                        blind.add(columns);
                        batches.add(batch);
                    }
                }
            }
            if (blind.isEmpty()) {
                throw new IllegalArgumentException("No batch in " + trainingIdeas + " begins with " + firstBlind);
            }
            return new Split(before, blind, batches);
        }
    }

    public static void main(String[] args) throws IOException, InterruptedException, ExecutionException {
        String firstBlind = args.length > 0 ? args[0] : "Sixth batch";
        Path ideas = Path.of("bench/safety/ideas.tsv");
        Path stories = Path.of("bench/safety/story-texts.txt");
        Split split = Split.of(Path.of("bench/safety/training-ideas.tsv"), firstBlind);
        SemanticClassifier classifier = SemanticModel.load().get();
        Sets sets = Sets.read(classifier, split, ideas, stories, classifier::meaning);
        List<String[]> tuningRows = sets.tuningRows();
        List<Seen> blind = sets.blind();
        List<Seen> tuning = sets.tuning();
        List<Seen> check = sets.check();
        List<Seen> books = sets.books();
        List<String[]> pooledRows = new ArrayList<>(tuningRows);
        pooledRows.addAll(split.blind());
        List<Seen> pooled = new ArrayList<>(tuning);
        pooled.addAll(blind);
        List<WordingTraining.Example> beside = WordingTraining.examplesBesideTuning(split.before(), stories);
        double[][] pooledProbability = crossValidate(beside, pooledRows, pooled);
        double[][] tuned = Arrays.copyOfRange(pooledProbability, 0, tuning.size());
        double[][] crossValidated = Arrays.copyOfRange(pooledProbability, tuning.size(), pooled.size());
        // what the shipped model learns, in its order (WordingTraining.examples): the tuning split first
        List<WordingTraining.Example> all = new ArrayList<>();
        tuningRows.forEach(row -> all.add(WordingTraining.example(row[3], row[0].equals("harmful"))));
        all.addAll(beside);
        split.blind().forEach(row -> all.add(WordingTraining.example(row[3], row[0].equals("harmful"))));
        WordingModel model = WordingTraining.fit(all, WordingTraining.C);
        double[][] checked = check.stream().map(seen -> seen.probabilities(model)).toArray(double[][]::new);
        double[][] booksRead = books.stream().map(seen -> seen.probabilities(model)).toArray(double[][]::new);

        System.out.printf("# harmful refused, harmless refused: the blind batches and the tuning split cross-validated "
                + "(%d folds), the check set and the %d book texts with the model learnt from all%n", FOLDS,
                books.size());
        var calibration = Calibration.load();
        List<Cell> cells = new ArrayList<>();
        for (double cutOff : CUT_OFFS) {
            for (double veto : VETOES) {
                var line = new StringBuilder(String.format(Locale.ROOT, "cut-off %.2f veto %.2f |", cutOff, veto));
                line.append(" all ").append(counts(blind, crossValidated, cutOff, veto, null));
                for (String batch : new TreeSet<>(split.batches())) {
                    line.append(" | ").append(batch).append(' ')
                            .append(counts(blind, crossValidated, cutOff, veto, batch));
                }
                line.append(" | tuning ").append(counts(tuning, tuned, cutOff, veto, null));
                line.append(" | check ").append(counts(check, checked, cutOff, veto, null));
                line.append(" | books refused ").append(refused(books, booksRead, cutOff, veto));
                System.out.println(line);
                cells.add(Cell.of(cutOff, veto, new Read(blind, crossValidated), new Read(tuning, tuned),
                        new Read(check, checked), new Read(books, booksRead)));
            }
        }
        Cell shipped = Cell.of(calibration.wordingThreshold(), calibration.wordingVeto(),
                new Read(blind, crossValidated), new Read(tuning, tuned), new Read(check, checked),
                new Read(books, booksRead));
        System.out.println("shipped:  " + shipped);
        System.out.println("the most harmful blind ideas refused with no more harmless ones refused than shipped, on "
                + "the blind batches, the tuning split and the check set, and no book text: "
                + pick(cells, shipped).map(Cell::toString).orElse("none"));
        System.exit(0); // ONNX Runtime's threads
    }

    /**
     * The ideas a chooser counts, as the review sees them: the blind batches, the tuning split (with its rows: label,
     * category, language, text), the check set and the book texts.
     */
    record Sets(List<String[]> tuningRows, List<Seen> blind, List<Seen> tuning, List<Seen> check, List<Seen> books) {

        /** {@code meaning}: the meaning head's probability for a sentence, as the grid is to weigh it (NaN: not). */
        static Sets read(SemanticClassifier classifier, Split split, Path ideas, Path stories,
                ToDoubleFunction<SemanticClassifier.Sentence> meaning) throws IOException {
            var remembered = new RememberedReviews<SemanticClassifier.Judgement>(1 << 16);
            List<Seen> blind = new ArrayList<>();
            for (int i = 0; i < split.blind().size(); i++) {
                String[] row = split.blind().get(i);
                blind.add(see(classifier, remembered, meaning, split.batches().get(i), row[0].equals("harmful"),
                        row[3]));
            }
            // the tuning split of ideas.tsv: the held-out split's own kind of ideas (the same hands, the same hash), so
            // its near-misses show what a cut-off does to the held-out split's without reading it
            List<String[]> tuningRows = HeadTraining.tuningRows(ideas).stream()
                    .map(f -> new String[] {f[1], f[2], f[3], f[5]}).toList();
            List<Seen> tuning = new ArrayList<>();
            for (String[] row : tuningRows) {
                tuning.add(see(classifier, remembered, meaning, "tuning", row[0].equals("harmful"), row[3]));
            }
            List<Seen> check = new ArrayList<>();
            for (String[] row : checkRows(Path.of("bench/safety/check-ideas.tsv"))) {
                check.add(see(classifier, remembered, meaning, "check", row[0].equals("harmful"), row[row.length - 1]));
            }
            // the book texts the models learn, and the picture prompts composed from those books, which they do not
            // learn (near-identical sentences by the thousand) but which the review reads before a picture is drawn
            List<Seen> books = new ArrayList<>();
            List<String> texts = new ArrayList<>(Files.readAllLines(stories, StandardCharsets.UTF_8));
            Path prompts = stories.resolveSibling("picture-prompts.txt");
            if (Files.exists(prompts)) {
                texts.addAll(Files.readAllLines(prompts, StandardCharsets.UTF_8));
            }
            for (String text : texts) {
                if (!text.isBlank()) {
                    books.add(see(classifier, remembered, meaning, "books", false, text));
                }
            }
            return new Sets(tuningRows, blind, tuning, check, books);
        }
    }

    /** Ideas as the review saw them, with the wording model's probability for each of their sentences. */
    record Read(List<Seen> seen, double[][] probability) {
    }

    /**
     * One cut-off and veto, and what they refuse: harmful and harmless ideas of the blind batches, of the tuning split
     * and of the check set, and book texts.
     */
    record Cell(double cutOff, double veto, int blindCaught, int blindRefused, int tuningCaught, int tuningRefused,
            int checkCaught, int checkRefused, int books) {

        static Cell of(double cutOff, double veto, Read blind, Read tuning, Read check, Read books) {
            int[] b = tally(blind.seen(), blind.probability(), cutOff, veto, null);
            int[] t = tally(tuning.seen(), tuning.probability(), cutOff, veto, null);
            int[] c = tally(check.seen(), check.probability(), cutOff, veto, null);
            return new Cell(cutOff, veto, b[0], b[2], t[0], t[2], c[0], c[2],
                    refused(books.seen(), books.probability(), cutOff, veto));
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "cut-off %.2f veto %.2f: blind %d harmful and %d harmless refused, "
                    + "tuning split %d and %d, check set %d and %d, book texts %d", cutOff, veto, blindCaught,
                    blindRefused, tuningCaught, tuningRefused, checkCaught, checkRefused, books);
        }
    }

    /**
     * The cell the stated rule names: the most harmful blind ideas refused (then of the check set, then the higher
     * cut-off) with no more harmless ideas refused than shipped on the blind batches, the tuning split or the check
     * set, and no book text refused.
     */
    static Optional<Cell> pick(List<Cell> cells, Cell shipped) {
        return cells.stream()
                .filter(cell -> cell.blindRefused() <= shipped.blindRefused()
                        && cell.tuningRefused() <= shipped.tuningRefused()
                        && cell.checkRefused() <= shipped.checkRefused() && cell.books() == 0)
                .max(Comparator.comparingInt(Cell::blindCaught).thenComparingInt(Cell::checkCaught)
                        .thenComparingDouble(Cell::cutOff));
    }

    static Seen see(SemanticClassifier classifier, RememberedReviews<SemanticClassifier.Judgement> remembered,
            ToDoubleFunction<SemanticClassifier.Sentence> meaning, String batch, boolean harmful, String text) {
        String normalized = TextNormalizer.normalize(text);
        boolean listed = !Lexicon.shared().find(normalized).isEmpty();
        List<SemanticClassifier.Sentence> sentences =
                listed ? List.of() : classifier.judgedSentences(normalized, remembered);
        return new Seen(batch, harmful, listed, sentences,
                sentences.stream().mapToDouble(meaning).toArray());
    }

    /** Each pooled idea's sentence probabilities from a model that learnt everything but its fold. */
    private static double[][] crossValidate(List<WordingTraining.Example> always, List<String[]> rows, List<Seen> seen) {
        int n = rows.size();
        int[] fold = folds(n);
        double[][] probability = new double[n][];
        for (int k = 0; k < FOLDS; k++) {
            List<WordingTraining.Example> train = new ArrayList<>(always);
            for (int i = 0; i < n; i++) {
                if (fold[i] != k) {
                    train.add(WordingTraining.example(rows.get(i)[3], rows.get(i)[0].equals("harmful")));
                }
            }
            WordingModel model = WordingTraining.fit(train, WordingTraining.C);
            for (int i = 0; i < n; i++) {
                if (fold[i] == k) {
                    probability[i] = seen.get(i).probabilities(model);
                }
            }
            System.err.printf("fold %d of %d learnt%n", k + 1, FOLDS);
        }
        return probability;
    }

    /** The fold of each of n pooled ideas, the same in every run. */
    static int[] folds(int n) {
        int[] fold = new int[n];
        var random = new Random(1);
        for (int i = 0; i < n; i++) {
            fold[i] = random.nextInt(FOLDS);
        }
        return fold;
    }

    private static String counts(List<Seen> seen, double[][] probability, double cutOff, double veto, String batch) {
        int[] t = tally(seen, probability, cutOff, veto, batch);
        return "%d/%d %d/%d".formatted(t[0], t[1], t[2], t[3]);
    }

    /** Harmful refused, harmful, harmless refused, harmless: of one batch, or of all when it is null. */
    private static int[] tally(List<Seen> seen, double[][] probability, double cutOff, double veto, String batch) {
        int harmful = 0;
        int caught = 0;
        int harmless = 0;
        int refused = 0;
        for (int i = 0; i < seen.size(); i++) {
            Seen idea = seen.get(i);
            if (batch != null && !idea.batch().equals(batch)) {
                continue;
            }
            boolean refuses = idea.refused(probability[i], cutOff, veto);
            if (idea.harmful()) {
                harmful++;
                caught += refuses ? 1 : 0;
            } else {
                harmless++;
                refused += refuses ? 1 : 0;
            }
        }
        return new int[] {caught, harmful, refused, harmless};
    }

    private static int refused(List<Seen> seen, double[][] probability, double cutOff, double veto) {
        int refused = 0;
        for (int i = 0; i < seen.size(); i++) {
            refused += seen.get(i).refused(probability[i], cutOff, veto) ? 1 : 0;
        }
        return refused;
    }

    /** The check set's rows, split into their columns (label first, text last); never printed. */
    static List<String[]> checkRows(Path check) throws IOException {
        return Files.readAllLines(check, StandardCharsets.UTF_8).stream()
                .filter(row -> !row.isBlank() && !row.startsWith("#") && !row.startsWith("label\t"))
                .map(row -> row.split("\t")).toList();
    }
}
