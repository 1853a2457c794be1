package io.storyloom.narration;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a page's text into sentences, as character ranges of the text without surrounding spaces. A
 * sentence never runs over a line break, so each lies within one paragraph of the printed page.
 */
final class Sentences {

    private Sentences() {
    }

    /** One sentence: {@code text.substring(start, end)}. */
    record Span(int start, int end) {
    }

    static List<Span> of(String text, String languageTag) {
        Locale locale = languageTag == null ? Locale.ENGLISH : Locale.forLanguageTag(languageTag);
        List<Span> spans = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                line(text, lineStart, i, locale, spans);
                lineStart = i + 1;
            }
        }
        return spans;
    }

    private static void line(String text, int from, int to, Locale locale, List<Span> spans) {
        if (to <= from) {
            return;
        }
        BreakIterator breaks = BreakIterator.getSentenceInstance(locale);
        breaks.setText(text.substring(from, to));
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            int s = from + start;
            int e = from + end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                spans.add(new Span(s, e));
            }
        }
    }
}
