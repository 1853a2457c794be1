package io.storyloom.safety;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The semantic stage: compares each sentence of a normalised text with the exemplars by meaning
 * (cosine similarity of sentence embeddings) and names the category whose nearest exemplars it is
 * close to, unless the nearest harmless near-misses are about as close. A sentence is scored against
 * the mean of its {@code neighbours} nearest exemplars of a category (and of the harmless ones), not
 * against the single nearest: one exemplar that happens to share a word ("beats", "grooming") does
 * not decide alone. Catches what no word list does: "make the dragon eat the child", euphemisms, new
 * spellings of old ideas. A sentence in Spanish, French or German is judged as well in the English words
 * of its {@link Glossary gloss}, since the model was trained on English.
 */
final class SemanticClassifier {

    private static final Logger log = LoggerFactory.getLogger(SemanticClassifier.class);
    private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?;:\\n])\\s+|\\n+");
    /** Longer sentences are split at commas too, so one harmful clause is not diluted by a harmless one. */
    private static final int LONG_SENTENCE = 160;
    private static final int MIN_WORDS = 3;
    private static final Pattern WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final ContentCategory[] ALL = ContentCategory.values();
    /** How long a caller without settings of its own (the benchmarks, tests) waits for the meaning head. */
    private static final Duration DEFAULT_WAIT = SafetySettings.defaults().modelWait();

    private final EmbeddingModel model;
    private final float[][] harmful;
    private final ContentCategory[] categories;
    private final float[][] harmless;
    private final Calibration calibration;
    private final Optional<HarmfulnessHead> head;
    private final Optional<WordingModel> wording;
    private final Optional<CategoryHead> categoryHead;
    /**
     * Loaded when a sentence first needs it (its model is the larger, and most reviews never do), so neither the
     * first review nor a process that never needs it pays for it.
     */
    private final Supplier<CompletableFuture<Optional<MeaningHead>>> meaning;
    private final Glossary glossary = Glossary.shared();

    SemanticClassifier(EmbeddingModel model, Exemplars exemplars, Calibration calibration) {
        this(model, exemplars, calibration, () -> CompletableFuture.completedFuture(MeaningHead.load()));
    }

    /** With the meaning head loaded on demand: a sentence that needs it waits for it ({@link #meaning}). */
    SemanticClassifier(EmbeddingModel model, Exemplars exemplars, Calibration calibration,
            Supplier<CompletableFuture<Optional<MeaningHead>>> meaning) {
        this(model, exemplars, calibration, HarmfulnessHead.load(), WordingModel.load(), CategoryHead.load(), meaning);
    }

    SemanticClassifier(EmbeddingModel model, Exemplars exemplars, Calibration calibration,
            Optional<HarmfulnessHead> head) {
        this(model, exemplars, calibration, head, Optional.empty());
    }

    SemanticClassifier(EmbeddingModel model, Exemplars exemplars, Calibration calibration,
            Optional<HarmfulnessHead> head, Optional<WordingModel> wording) {
        this(model, exemplars, calibration, head, wording, Optional.empty());
    }

    /** {@code categoryHead} names a refused sentence's category; without it, its nearest harmful exemplar does. */
    SemanticClassifier(EmbeddingModel model, Exemplars exemplars, Calibration calibration,
            Optional<HarmfulnessHead> head, Optional<WordingModel> wording, Optional<CategoryHead> categoryHead) {
        this(model, exemplars, calibration, head, wording, categoryHead, Optional.<MeaningHead>empty());
    }

    /** {@code meaning} is a second reader, weighed with the wording model (see {@link #decide}). */
    SemanticClassifier(EmbeddingModel model, Exemplars exemplars, Calibration calibration,
            Optional<HarmfulnessHead> head, Optional<WordingModel> wording, Optional<CategoryHead> categoryHead,
            Optional<MeaningHead> meaning) {
        this(model, exemplars, calibration, head, wording, categoryHead,
                () -> CompletableFuture.completedFuture(meaning));
    }

    private SemanticClassifier(EmbeddingModel model, Exemplars exemplars, Calibration calibration,
            Optional<HarmfulnessHead> head, Optional<WordingModel> wording, Optional<CategoryHead> categoryHead,
            Supplier<CompletableFuture<Optional<MeaningHead>>> meaning) {
        this.model = model;
        this.meaning = meaning;
        this.categoryHead = categoryHead;
        this.calibration = calibration;
        this.head = head;
        this.wording = wording;
        List<String> lines = ExemplarVectors.lines(exemplars);
        float[][] vectors = ExemplarVectors.stored(lines).orElseGet(() -> {
            log.warn("{} does not match the exemplars; embedding {} of them now (remake it with "
                    + "bench/safety/embed-exemplars)", ExemplarVectors.PATH, lines.size());
            return lines.stream().map(line -> model.embed(line).content().vector()).toArray(float[][]::new);
        });
        int count = exemplars.harmful().size();
        this.harmful = new float[count][];
        this.categories = new ContentCategory[count];
        for (int i = 0; i < count; i++) {
            harmful[i] = unit(vectors[i]);
            categories[i] = exemplars.harmful().get(i).category();
        }
        this.harmless = new float[vectors.length - count][];
        for (int i = count; i < vectors.length; i++) {
            harmless[i - count] = unit(vectors[i]);
        }
    }

    /**
     * The categories the text is close to, empty when it is fine. Sentences of fewer than three words (a
     * name, "Kid1", one favourite thing) are left to the term lists: their embeddings say little, and
     * nearness to a harmful exemplar would be chance. A sentence (or gloss) whose judgement is {@code remembered}
     * is not embedded again.
     *
     * <p>Each sentence is then weighed by the {@link WordingModel} too, on its words and its gloss's: a sentence
     * the exemplars refuse passes when the wording model gives it less than {@code wordingVeto} (the exemplars
     * met a harmless story about a hard subject), and one they pass is refused, in the category of its nearest
     * harmful exemplars, when the wording model gives it at least {@code wordingThreshold}. The {@link MeaningHead}
     * adds its say when it could change the verdict: a sentence the exemplars pass is refused too when its probability
     * and the wording model's are at least {@code meaningThreshold} on average, and one they refuse passes when it
     * gives less than {@code meaningVeto}.
     */
    Set<ContentCategory> classify(String normalized, RememberedReviews<Judgement> remembered, Duration wait) {
        Set<ContentCategory> found = EnumSet.noneOf(ContentCategory.class);
        for (Sentence sentence : judgedSentences(normalized, remembered)) {
            decide(sentence.judgements(), sentence.words(),
                    () -> wording.map(w -> w.probability(sentence.wording())).orElse(Double.NaN),
                    () -> meaning(sentence, wait)).forEach(found::add);
        }
        return found;
    }

    /** The same, waiting the default model wait for the meaning head if a sentence needs it. */
    Set<ContentCategory> classify(String normalized, RememberedReviews<Judgement> remembered) {
        return classify(normalized, remembered, DEFAULT_WAIT);
    }

    /**
     * A reviewed sentence as the exemplars see it: their judgement of it and, when it has one, of its English gloss;
     * the text the wording model reads (the sentence and its gloss); and what was judged (the sentence, and its gloss
     * when that was judged too).
     */
    record Sentence(List<Judgement> judgements, String wording, List<String> judged) {

        /** How many words the sentence itself has (its gloss not counted). */
        int words() {
            return wordCount(judged.getFirst());
        }
    }

    /** The exemplars' judgements of each reviewed sentence of a normalised text (what {@link #classify} decides on). */
    List<Sentence> judgedSentences(String normalized, RememberedReviews<Judgement> remembered) {
        Optional<String> language = glossary.language(normalized);
        List<Sentence> sentences = new ArrayList<>();
        for (String sentence : reviewed(normalized)) {
            Optional<String> gloss = language.map(lang -> glossary.gloss(sentence, lang));
            List<String> judged = new ArrayList<>(List.of(sentence));
            judgedGloss(sentence, gloss).ifPresent(judged::add);
            List<Judgement> judgements = judged.stream().map(text -> remembered.verdict(text, this::judge)).toList();
            sentences.add(new Sentence(judgements, gloss.map(g -> sentence + " " + g).orElse(sentence), judged));
        }
        return sentences;
    }

    /**
     * The categories a sentence is refused in, from the judgements of it and its gloss and the wording model's
     * probability of harm (NaN without a wording model: the exemplars decide alone) and the meaning head's (asked only
     * when it could change the verdict; NaN without one).
     */
    Set<ContentCategory> decide(List<Judgement> judgements, int words, DoubleSupplier wordingProbability,
            DoubleSupplier meaningProbability) {
        Set<ContentCategory> refused = EnumSet.noneOf(ContentCategory.class);
        judgements.forEach(judgement -> judgement.refused().ifPresent(refused::add));
        double probability = wordingProbability.getAsDouble();
        if (Double.isNaN(probability)) {
            return refused;
        }
        if (!calibration.readersRefuse(!refused.isEmpty(), words, probability, meaningProbability)) {
            return Set.of();
        }
        return !refused.isEmpty() ? refused
                : Set.of(judgements.stream().max(Comparator.comparingDouble(Judgement::nearness)).orElseThrow().nearest());
    }

    /** The same for a sentence long enough for the readers to refuse it alone. */
    Set<ContentCategory> decide(List<Judgement> judgements, DoubleSupplier wordingProbability,
            DoubleSupplier meaningProbability) {
        return decide(judgements, Integer.MAX_VALUE, wordingProbability, meaningProbability);
    }

    /** The same without a meaning head. */
    Set<ContentCategory> decide(List<Judgement> judgements, DoubleSupplier wordingProbability) {
        return decide(judgements, wordingProbability, () -> Double.NaN);
    }

    /**
     * The meaning head's probability of harm for a sentence: the larger of its own and its gloss's; NaN without a
     * meaning head. About 3 ms for each text judged, so asked only when it could change a verdict.
     */
    double meaning(Sentence sentence) {
        return meaning(sentence, DEFAULT_WAIT);
    }

    /**
     * The same, waiting up to {@code wait} for the meaning head while it loads.
     *
     * @throws ReviewUnavailableException when it is not loaded by then: nothing is passed half-reviewed
     */
    double meaning(Sentence sentence, Duration wait) {
        return meaningHead(wait)
                .map(m -> sentence.judged().stream().mapToDouble(m::probability).max().orElse(Double.NaN))
                .orElse(Double.NaN);
    }

    /** The meaning head once loaded (empty when there is none), waiting up to {@code wait}; starts loading it. */
    Optional<MeaningHead> meaningHead(Duration wait) {
        return SemanticModel.awaitLoaded(meaning.get(), wait);
    }

    /**
     * What the exemplars say of one sentence: the category it is refused in, if any; the category it would be refused
     * in (named by the {@link CategoryHead}, or else its nearest harmful exemplar's: what a sentence the wording model
     * refuses is refused as); and how alike its nearest harmful exemplar is.
     */
    record Judgement(Optional<ContentCategory> refused, ContentCategory nearest, double nearness) {
    }

    /**
     * What is judged of a normalised text: its {@link #reviewed} sentences and, when it is in a language the
     * glossary knows, each one's English gloss after it (the model reads English).
     */
    static List<String> judged(String normalized, Glossary glossary) {
        Optional<String> language = glossary.language(normalized);
        List<String> judged = new ArrayList<>();
        for (String sentence : reviewed(normalized)) {
            judged.add(sentence);
            judgedGloss(sentence, language.map(lang -> glossary.gloss(sentence, lang))).ifPresent(judged::add);
        }
        return judged;
    }

    /** A sentence's gloss, when it is judged beside the sentence: it says something else, in three words or more. */
    private static Optional<String> judgedGloss(String sentence, Optional<String> gloss) {
        return gloss.filter(english -> !english.equals(sentence) && isReviewed(english));
    }

    /** What the exemplars say of one sentence. */
    private Judgement judge(String sentence) {
        float[] v = embed(sentence);
        Score score = score(v);
        double probability = head.map(h -> h.probability(v)).orElse(0.0); // without a head the exemplar rule decides
        ContentCategory named = categoryHead.map(h -> h.name(v)).orElse(score.category());
        return new Judgement(refuses(calibration, score, probability) ? Optional.of(named) : Optional.empty(), named,
                score.harmful());
    }

    /**
     * Whether a sentence with this score and head probability is refused (also what
     * {@code bench/safety/cross-validate} evaluates). The head stands in for the similarity threshold, the
     * harmless near-misses keeping their veto: alone it gave high odds to short harmless phrases unlike anything
     * it learned from ("a naked mole rat who wants a sweater"). But the veto also passed harmful sentences the head
     * was all but sure of, so when it is very sure ({@code strongHead}) a looser veto ({@code strongHeadMargin})
     * applies.
     */
    static boolean refuses(Calibration calibration, Score score, double probability) {
        double nearer = score.harmful() - score.harmless();
        boolean usual = nearer >= calibration.margin()
                && (score.harmful() >= calibration.threshold() || probability >= calibration.headThreshold());
        boolean sure = probability >= calibration.strongHead() && nearer >= calibration.strongHeadMargin();
        return usual || sure;
    }

    /** The sentences of a normalised text that the classifier judges: those of three words or more. */
    static List<String> reviewed(String normalized) {
        return sentences(normalized).stream().filter(SemanticClassifier::isReviewed).toList();
    }

    private static boolean isReviewed(String sentence) {
        return wordCount(sentence) >= MIN_WORDS;
    }

    /** How many words a sentence has, as the review counts them (its shortest sentence, the readers' shortest). */
    private static int wordCount(String sentence) {
        return WORD.split(sentence.strip()).length;
    }

    /**
     * The category whose nearest exemplars are most alike (mean similarity of its {@code neighbours}
     * nearest), that mean, and the same mean over the harmless exemplars.
     */
    Score score(float[] v) {
        int k = calibration.neighbours();
        double[][] nearest = new double[ALL.length][];
        for (int i = 0; i < harmful.length; i++) {
            int c = categories[i].ordinal();
            if (nearest[c] == null) {
                nearest[c] = emptyTop(k);
            }
            keepTop(nearest[c], dot(v, harmful[i]));
        }
        double best = -1;
        ContentCategory category = null;
        for (ContentCategory candidate : ALL) {
            double mean = nearest[candidate.ordinal()] == null ? -1 : mean(nearest[candidate.ordinal()]);
            if (mean > best) {
                best = mean;
                category = candidate;
            }
        }
        double[] nearestHarmless = emptyTop(k);
        for (float[] h : harmless) {
            keepTop(nearestHarmless, dot(v, h));
        }
        return new Score(best, category, mean(nearestHarmless));
    }

    private static double[] emptyTop(int k) {
        double[] top = new double[k];
        Arrays.fill(top, Double.NaN);
        return top;
    }

    /** Keeps the k largest values seen, largest first; NaN marks a free place. */
    private static void keepTop(double[] top, double value) {
        for (int i = 0; i < top.length; i++) {
            if (Double.isNaN(top[i]) || value > top[i]) {
                System.arraycopy(top, i, top, i + 1, top.length - i - 1);
                top[i] = value;
                return;
            }
        }
    }

    private static double mean(double[] top) {
        double sum = 0;
        int n = 0;
        for (double value : top) {
            if (!Double.isNaN(value)) {
                sum += value;
                n++;
            }
        }
        return n == 0 ? -1 : sum / n;
    }

    record Score(double harmful, ContentCategory category, double harmless) {
    }

    static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        for (String sentence : SENTENCES.split(text.strip())) {
            if (sentence.isBlank()) {
                continue;
            }
            if (sentence.length() > LONG_SENTENCE) {
                for (String clause : sentence.split(",\\s*")) {
                    if (!clause.isBlank()) {
                        sentences.add(clause.strip());
                    }
                }
            } else {
                sentences.add(sentence.strip());
            }
        }
        return sentences;
    }

    private float[] embed(String text) {
        return unit(model.embed(text).content().vector());
    }

    /** The vector scaled to length 1, so a dot product is the cosine similarity. */
    static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < v.length; i++) {
            v[i] *= scale;
        }
        return v;
    }

    /**
     * The review's inner loop (each sentence against every exemplar), eight products a round into four
     * running sums, so no sum waits for the one before: a third quicker than one sum, in either compiler.
     */
    private static double dot(float[] a, float[] b) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int n = Math.min(a.length, b.length);
        int i = 0;
        for (; i + 7 < n; i += 8) {
            s0 += a[i] * b[i] + (double) (a[i + 4] * b[i + 4]);
            s1 += a[i + 1] * b[i + 1] + (double) (a[i + 5] * b[i + 5]);
            s2 += a[i + 2] * b[i + 2] + (double) (a[i + 6] * b[i + 6]);
            s3 += a[i + 3] * b[i + 3] + (double) (a[i + 7] * b[i + 7]);
        }
        for (; i < n; i++) {
            s0 += a[i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
