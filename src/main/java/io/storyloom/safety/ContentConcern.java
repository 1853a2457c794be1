package io.storyloom.safety;

/** One unsuitable term found in a text. */
public record ContentConcern(String term, ContentCategory category) {

    /** e.g. "mentions “gun” (violence)". */
    public String describe() {
        return "mentions \u201c" + term + "\u201d (" + category.description() + ")";
    }
}
