package io.storyloom.safety;

import java.util.List;
import java.util.Optional;

/**
 * Overrules a term list's refusal of a text whose every sentence the {@link WordingModel} finds harmless, below
 * {@code term-veto}: a word on the list in a body-safety lesson, a grief story or a fire drill. The text then goes on
 * to the semantic classifier like any other, so it is still judged by meaning. A text with no sentence of three
 * words or more (a name, one favourite thing) keeps the term list's verdict: the model has too little to read.
 * Needs only the wording model, not the embedding model, so it does not wait for the classifier to load.
 */
final class TermVeto {

    private final Optional<WordingModel> wording;
    private final double below;
    private final Glossary glossary;

    TermVeto(Optional<WordingModel> wording, double below, Glossary glossary) {
        this.wording = wording;
        this.below = below;
        this.glossary = glossary;
    }

    static TermVeto shipped() {
        return Shipped.VETO;
    }

    private static final class Shipped {
        static final TermVeto VETO = new TermVeto(WordingModel.shared(), Calibration.load().termVeto(),
                Glossary.shared());
    }

    /** Whether the term lists' refusal of this normalised text is overruled. */
    boolean overrules(String normalized) {
        if (below <= 0 || wording.isEmpty()) {
            return false;
        }
        List<String> texts = SemanticClassifier.wordingTexts(normalized, glossary);
        return !texts.isEmpty() && texts.stream().allMatch(text -> wording.get().probability(text) < below);
    }
}
