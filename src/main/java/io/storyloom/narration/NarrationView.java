package io.storyloom.narration;

import java.util.List;
import java.util.UUID;

/**
 * A book's narration as the reader gets it.
 *
 * @param enabled whether a narrator is configured; when not, read aloud with the browser's speech
 * @param voice   the voice new recordings are made with
 * @param speed   the speed new recordings are made with
 * @param pages   the pages with a current recording; a page left out has none
 */
record NarrationView(boolean enabled, String voice, Double speed, List<PageAudio> pages) {

    /**
     * One page's recording.
     *
     * @param audioUrl   where to fetch it; the URL changes when the recording does
     * @param sentences  when each sentence is heard: character ranges of the page's text and times in ms
     */
    record PageAudio(int page, String audioUrl, long durationMs, List<SentenceTime> sentences) {

        static PageAudio of(UUID storyId, PageNarration narration) {
            return new PageAudio(narration.page(), audioUrl(storyId, narration), narration.durationMs(),
                    narration.sentences());
        }

        static String audioUrl(UUID storyId, PageNarration narration) {
            String key = narration.audioKey();
            String version = key.substring(key.lastIndexOf('-') + 1, key.lastIndexOf('.'));
            return "/stories/" + storyId + "/pages/" + narration.page() + "/audio?v=" + version;
        }
    }
}
