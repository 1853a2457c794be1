package io.storyloom.export;

import io.storyloom.narration.SentenceTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A narrated page's text as paragraphs of pieces, each sentence a piece with an id that the page's
 * media overlay points at, so an e-reader can light up the sentence being read. The pieces together are
 * the text as printed: the same paragraphs {@link BookText#paragraphs} makes.
 */
final class NarratedText {

    private NarratedText() {
    }

    /** A run of text; a sentence has an id, the space between sentences none. */
    record Piece(String text, String id, boolean spoken) {
    }

    /** One paragraph's pieces. */
    record Paragraph(List<Piece> pieces) {
    }

    /** A sentence's element id, e.g. {@code p3-s2}. */
    static String id(int page, int sentence) {
        return "p" + page + "-s" + sentence;
    }

    static List<Paragraph> paragraphs(int page, String text, List<SentenceTime> sentences) {
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        int next = 0;
        while (at < text.length()) {
            SentenceTime sentence = next < sentences.size() ? sentences.get(next) : null;
            if (sentence != null && sentence.start() == at) {
                pieces.add(new Piece(BookText.line(text.substring(sentence.start(), sentence.end())), id(page, next + 1), true));
                at = sentence.end();
                next++;
                continue;
            }
            int end = sentence == null ? text.length() : Math.max(at + 1, sentence.start());
            String between = text.substring(at, end);
            int lineBreak = between.indexOf('\n');
            if (lineBreak >= 0) {
                end = at + lineBreak + 1;
                addSpace(pieces, text.substring(at, at + lineBreak));
                close(paragraphs, pieces);
                pieces = new ArrayList<>();
            } else {
                addSpace(pieces, between);
            }
            at = end;
        }
        close(paragraphs, pieces);
        return paragraphs;
    }

    private static void addSpace(List<Piece> pieces, String between) {
        String cleaned = BookText.line(between);
        if (!pieces.isEmpty()) {
            // Between two sentences a single space; text that is not a sentence is kept as it is.
            pieces.add(new Piece(cleaned.isEmpty() && !between.isEmpty() ? " " : cleaned.isEmpty() ? "" : " " + cleaned, null,
                    false));
        } else if (!cleaned.isEmpty()) {
            pieces.add(new Piece(cleaned, null, false));
        }
    }

    private static void close(List<Paragraph> paragraphs, List<Piece> pieces) {
        while (!pieces.isEmpty() && !pieces.getLast().spoken() && pieces.getLast().text().isBlank()) {
            pieces.removeLast();
        }
        if (!pieces.isEmpty()) {
            paragraphs.add(new Paragraph(List.copyOf(pieces)));
        }
    }
}
