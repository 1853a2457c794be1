package io.storyloom.narration;

import io.storyloom.ai.SpokenText;
import java.util.ArrayList;
import java.util.List;

/**
 * When each sentence is heard: from the narrator's per-character times when it gives them for exactly
 * the text it was sent (ElevenLabs), otherwise spread over the recording in proportion to each
 * sentence's length (OpenAI says nothing of timing; speech runs at a near even pace, close enough to
 * follow along).
 */
final class SentenceTimings {

    private SentenceTimings() {
    }

    static List<SentenceTime> of(String text, List<Sentences.Span> spans, List<SpokenText.CharacterTime> alignment,
            long durationMs) {
        if (spans.isEmpty()) {
            return List.of();
        }
        List<SentenceTime> aligned = alignment.size() == text.length() ? aligned(spans, alignment, durationMs) : null;
        return aligned != null ? aligned : proportional(spans, durationMs);
    }

    private static List<SentenceTime> aligned(List<Sentences.Span> spans, List<SpokenText.CharacterTime> alignment,
            long durationMs) {
        List<SentenceTime> times = new ArrayList<>();
        long previousEnd = 0;
        for (int i = 0; i < spans.size(); i++) {
            var span = spans.get(i);
            long begin = Math.max(previousEnd, Math.round(alignment.get(span.start()).start() * 1000));
            long end = i == spans.size() - 1 && durationMs > 0
                    ? Math.max(begin, durationMs)
                    : Math.max(begin, Math.round(alignment.get(span.end() - 1).end() * 1000));
            if (durationMs > 0 && end > durationMs) {
                return null; // times beyond the recording: not to be trusted
            }
            times.add(new SentenceTime(span.start(), span.end(), begin, end));
            previousEnd = end;
        }
        return times;
    }

    private static List<SentenceTime> proportional(List<Sentences.Span> spans, long durationMs) {
        long total = spans.stream().mapToLong(s -> s.end() - s.start()).sum();
        List<SentenceTime> times = new ArrayList<>();
        long done = 0;
        for (var span : spans) {
            long begin = total == 0 ? 0 : durationMs * done / total;
            done += span.end() - span.start();
            long end = total == 0 ? durationMs : durationMs * done / total;
            times.add(new SentenceTime(span.start(), span.end(), begin, end));
        }
        return times;
    }
}
