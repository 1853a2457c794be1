package io.storyloom.export;

import io.storyloom.narration.SentenceTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The parts of an EPUB 3 media overlay (SMIL): one clip of the page's recording per sentence. */
final class MediaOverlay {

    private MediaOverlay() {
    }

    /** One sentence: the element it lights up and the stretch of the recording it is read in. */
    record Clip(String id, String audio, String begin, String end) {
    }

    static List<Clip> clips(int page, String audio, List<SentenceTime> sentences) {
        List<Clip> clips = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            SentenceTime sentence = sentences.get(i);
            clips.add(new Clip(NarratedText.id(page, i + 1), audio, seconds(sentence.beginMs()),
                    seconds(Math.max(sentence.beginMs(), sentence.endMs()))));
        }
        return clips;
    }

    /** A SMIL clock value in seconds, e.g. {@code 2.345s}. */
    static String seconds(long millis) {
        return String.format(Locale.ROOT, "%d.%03ds", millis / 1000, millis % 1000);
    }

    /** A full clock value as {@code media:duration} wants it, e.g. {@code 0:00:12.345}. */
    static String clock(long millis) {
        long seconds = millis / 1000;
        return String.format(Locale.ROOT, "%d:%02d:%02d.%03d", seconds / 3600, seconds / 60 % 60, seconds % 60,
                millis % 1000);
    }
}
