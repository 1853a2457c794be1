package io.storyloom.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * A second reader of meaning: the probability that a sentence is harmful, from a logistic-regression head
 * ({@code resources/safety/meaning-head.txt}) on its e5-small-v2 embedding. That model has twice MiniLM's layers and,
 * read by a head learnt from the same ideas, tells harmful from harmless blind ideas better than a head on MiniLM
 * does (see the README, Safety); it costs about 3 ms a sentence. Its probability is weighed with the
 * {@link WordingModel}'s, never alone: the two read a sentence in different ways. Trained by
 * {@code bench/safety/train-meaning-head} ({@link MeaningHeadTraining}).
 */
final class MeaningHead {

    static final String PATH = "safety/meaning-head.txt";
    /** e5 was trained with this prefix before a text that is compared as a whole. */
    private static final String PREFIX = "query: ";

    private final SentenceEmbedder embedder;
    private final HarmfulnessHead head;

    MeaningHead(SentenceEmbedder embedder, HarmfulnessHead head) {
        this.embedder = embedder;
        this.head = head;
    }

    /** The head on the class path with its model; empty when there is no head (the other stages then decide). */
    static Optional<MeaningHead> load() {
        return HarmfulnessHead.load(PATH).map(head -> {
            try {
                return new MeaningHead(SentenceEmbedder.e5SmallV2(), head);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ai.onnxruntime.OrtException e) {
                throw new IllegalStateException("The e5-small-v2 model could not be loaded", e);
            }
        });
    }

    /** The probability that the sentence (normalised) is harmful. */
    double probability(String sentence) {
        return head.probability(embed(embedder, sentence));
    }

    /** A sentence's unit-length e5 embedding, as the head reads it (also what it is trained on). */
    static float[] embed(SentenceEmbedder e5, String sentence) {
        return SemanticClassifier.unit(e5.embed(PREFIX + sentence).content().vector());
    }
}
