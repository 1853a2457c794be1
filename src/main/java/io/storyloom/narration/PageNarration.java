package io.storyloom.narration;

import java.util.List;
import java.util.UUID;

/**
 * A page's recording, as stored.
 *
 * @param audioKey    the recording in the media store
 * @param durationMs  how long it plays
 * @param sentences   when each sentence of the page's text is heard, in order
 * @param fingerprint what it was made from: the page's text, the voice and the speed
 * @param characters  how many characters the narrator billed for it
 */
public record PageNarration(
        UUID storyId,
        int page,
        String audioKey,
        String mediaType,
        long durationMs,
        List<SentenceTime> sentences,
        String voice,
        double speed,
        String model,
        int characters,
        String fingerprint) {

    public PageNarration {
        sentences = List.copyOf(sentences);
    }
}
