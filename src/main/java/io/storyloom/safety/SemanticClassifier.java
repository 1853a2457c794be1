package io.storyloom.safety;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The semantic stage: compares each sentence of a normalised text with the exemplars by meaning
 * (cosine similarity of sentence embeddings) and names the category of a harmful exemplar it is close
 * to, unless a harmless near-miss is about as close. Catches what no word list does: "make the dragon
 * eat the child", euphemisms, new spellings of old ideas.
 */
final class SemanticClassifier {

    private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?;:\\n])\\s+|\\n+");
    /** Longer sentences are split at commas too, so one harmful clause is not diluted by a harmless one. */
    private static final int LONG_SENTENCE = 160;
    private static final int MIN_WORDS = 3;
    private static final Pattern WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final EmbeddingModel model;
    private final float[][] harmful;
    private final ContentCategory[] categories;
    private final float[][] harmless;
    private final Calibration calibration;

    SemanticClassifier(EmbeddingModel model, Exemplars exemplars, Calibration calibration) {
        this.model = model;
        this.calibration = calibration;
        this.harmful = new float[exemplars.harmful().size()][];
        this.categories = new ContentCategory[harmful.length];
        for (int i = 0; i < harmful.length; i++) {
            harmful[i] = embed(exemplars.harmful().get(i).text());
            categories[i] = exemplars.harmful().get(i).category();
        }
        this.harmless = exemplars.harmless().stream().map(this::embed).toArray(float[][]::new);
    }

    /**
     * The categories the text is close to, empty when it is fine. Sentences of fewer than three words (a
     * name, "Kid1", one favourite thing) are left to the term lists: their embeddings say little, and
     * nearness to a harmful exemplar would be chance.
     */
    Set<ContentCategory> classify(String normalized) {
        Set<ContentCategory> found = EnumSet.noneOf(ContentCategory.class);
        for (String sentence : sentences(normalized)) {
            if (WORD.split(sentence.strip()).length < MIN_WORDS) {
                continue;
            }
            Score score = score(sentence);
            if (score.harmful() >= calibration.threshold()
                    && score.harmful() - score.harmless() >= calibration.margin()) {
                found.add(score.category());
            }
        }
        return found;
    }

    /** The nearest harmful exemplar's similarity and category, and the nearest harmless one's similarity. */
    Score score(String sentence) {
        float[] v = embed(sentence);
        double best = -1;
        ContentCategory category = null;
        for (int i = 0; i < harmful.length; i++) {
            double s = dot(v, harmful[i]);
            if (s > best) {
                best = s;
                category = categories[i];
            }
        }
        double bestHarmless = -1;
        for (float[] h : harmless) {
            bestHarmless = Math.max(bestHarmless, dot(v, h));
        }
        return new Score(best, category, bestHarmless);
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
        float[] v = model.embed(text).content().vector();
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

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
