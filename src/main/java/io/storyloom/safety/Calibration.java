package io.storyloom.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.function.DoubleSupplier;

/**
 * The semantic classifier's calibrated cut-offs ({@code resources/safety/calibration.properties}), set
 * with {@code bench/safety} on the tuning split of the evaluation set: a sentence is refused when its
 * {@code neighbours} nearest exemplars of one harmful category are on average at least
 * {@code threshold} alike (cosine), or the {@link HarmfulnessHead} gives it a probability of at least
 * {@code headThreshold} (above 1: the head is not used), and in either case it is nearer those exemplars
 * than its {@code neighbours} nearest harmless exemplars by at least {@code margin}. A sentence the head is
 * very sure of, at least {@code strongHead}, is refused when it is nearer by at least the looser
 * {@code strongHeadMargin} (a {@code strongHead} above 1: no such tier). The {@link WordingModel} refuses a
 * sentence the exemplars pass at a probability of at least {@code wordingThreshold} (above 1: never), and passes
 * one they refuse below {@code wordingVeto} (0: never). With the {@link MeaningHead}, a sentence the exemplars pass
 * is refused too when the mean of its probability and the wording model's is at least {@code meaningThreshold}
 * (above 1: never), and one they refuse passes when the meaning head gives it less than {@code meaningVeto}
 * (0: never). Neither reader refuses alone a sentence of fewer than {@code readersMinWords} words: on a short sentence
 * their few features make them sure of anything ("the kids go to school" 0.98).
 */
record Calibration(double threshold, double margin, int neighbours, double headThreshold, double strongHead,
        double strongHeadMargin, double wordingThreshold, double wordingVeto, double meaningThreshold,
        double meaningVeto, int readersMinWords) {

    /** A calibration whose readers may refuse a sentence of any length alone. */
    Calibration(double threshold, double margin, int neighbours, double headThreshold, double strongHead,
            double strongHeadMargin, double wordingThreshold, double wordingVeto, double meaningThreshold,
            double meaningVeto) {
        this(threshold, margin, neighbours, headThreshold, strongHead, strongHeadMargin, wordingThreshold,
                wordingVeto, meaningThreshold, meaningVeto, 0);
    }

    /** A calibration without the wording model's say (tests and variants of the exemplar rule). */
    Calibration(double threshold, double margin, int neighbours, double headThreshold, double strongHead,
            double strongHeadMargin) {
        this(threshold, margin, neighbours, headThreshold, strongHead, strongHeadMargin, 2, 0);
    }

    /** A calibration without the meaning head's say. */
    Calibration(double threshold, double margin, int neighbours, double headThreshold, double strongHead,
            double strongHeadMargin, double wordingThreshold, double wordingVeto) {
        this(threshold, margin, neighbours, headThreshold, strongHead, strongHeadMargin, wordingThreshold,
                wordingVeto, 2, 0);
    }

    Calibration {
        if (neighbours < 1) {
            throw new IllegalArgumentException("Safety calibration: neighbours must be at least 1");
        }
    }


    private static final String PATH = "safety/calibration.properties";

    /** This calibration with the wording model's cut-off and veto in place of its own (the choosers' grids). */
    Calibration withWording(double cutOff, double veto) {
        return new Calibration(threshold, margin, neighbours, headThreshold, strongHead, strongHeadMargin,
                cutOff, veto, meaningThreshold, meaningVeto, readersMinWords);
    }

    /** This calibration with the meaning head's cut-off and veto in place of its own. */
    Calibration withMeaning(double cutOff, double veto) {
        return new Calibration(threshold, margin, neighbours, headThreshold, strongHead, strongHeadMargin,
                wordingThreshold, wordingVeto, cutOff, veto, readersMinWords);
    }

    /** This calibration with the readers' shortest sentence to refuse alone in place of its own. */
    Calibration withReadersMinWords(int words) {
        return new Calibration(threshold, margin, neighbours, headThreshold, strongHead, strongHeadMargin,
                wordingThreshold, wordingVeto, meaningThreshold, meaningVeto, words);
    }

    /**
     * Whether the wording model and the meaning head (NaN without one: it then neither refuses nor vetoes) refuse a
     * sentence, given whether the exemplars do. The meaning head is asked only when its answer could change that.
     */
    boolean readersRefuse(boolean exemplarsRefuse, int words, double wording, DoubleSupplier meaning) {
        if (!exemplarsRefuse && words < readersMinWords) {
            return false;
        }
        return readersRefuse(exemplarsRefuse, wording, meaning);
    }

    /** The same, for a sentence long enough for the readers to refuse it alone. */
    boolean readersRefuse(boolean exemplarsRefuse, double wording, DoubleSupplier meaning) {
        if (exemplarsRefuse) {
            return wording >= wordingVeto && (meaningVeto <= 0 || !(meaning.getAsDouble() < meaningVeto));
        }
        if (wording >= wordingThreshold) {
            return true;
        }
        // the mean cannot reach the cut-off even if the meaning head were sure
        return (wording + 1) / 2 >= meaningThreshold && (wording + meaning.getAsDouble()) / 2 >= meaningThreshold;
    }

    static Calibration load() {
        var properties = new Properties();
        try (InputStream in = Calibration.class.getClassLoader().getResourceAsStream(PATH)) {
            if (in == null) {
                throw new IllegalStateException("Safety calibration missing: " + PATH);
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Safety calibration unreadable: " + PATH, e);
        }
        return new Calibration(Double.parseDouble(properties.getProperty("threshold")),
                Double.parseDouble(properties.getProperty("margin")),
                Integer.parseInt(properties.getProperty("neighbours", "1")),
                Double.parseDouble(properties.getProperty("head-threshold", "2")),
                Double.parseDouble(properties.getProperty("head-strong", "2")),
                Double.parseDouble(properties.getProperty("head-strong-margin", properties.getProperty("margin"))),
                Double.parseDouble(properties.getProperty("wording-threshold", "2")),
                Double.parseDouble(properties.getProperty("wording-veto", "0")),
                Double.parseDouble(properties.getProperty("meaning-threshold", "2")),
                Double.parseDouble(properties.getProperty("meaning-veto", "0")),
                Integer.parseInt(properties.getProperty("readers-min-words", "0")));
    }
}
