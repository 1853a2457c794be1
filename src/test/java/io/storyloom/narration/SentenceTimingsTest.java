package io.storyloom.narration;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyloom.ai.SpokenText;
import io.storyloom.ai.http.SpeechStubs;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentences, the length of a recording, and when each sentence is heard in it. */
class SentenceTimingsTest {

    @Test
    void sentencesAreRangesOfTheTextWithinALine() {
        String text = "Mia found an egg. Is it warm?\n  It was! \"Yes,\" she said.";

        var spans = Sentences.of(text, "en");

        assertThat(spans).extracting(s -> text.substring(s.start(), s.end()))
                .containsExactly("Mia found an egg.", "Is it warm?", "It was!", "\"Yes,\" she said.");
    }

    @Test
    void anMp3LastsAsLongAsItsFrames() {
        assertThat(Mp3Duration.millis(SpeechStubs.mp3(2000))).isEqualTo(SpeechStubs.playedMillis(2000));
        assertThat(Mp3Duration.millis(SpeechStubs.mp3(2000))).isBetween(1980L, 2020L);
        assertThat(Mp3Duration.millis("not audio at all".getBytes())).isZero();
        assertThat(Mp3Duration.millis(new byte[0])).isZero();
    }

    @Test
    void anId3TagInFrontIsSkipped() {
        byte[] mp3 = SpeechStubs.mp3(1000);
        byte[] tagged = new byte[10 + 20 + mp3.length];
        tagged[0] = 'I';
        tagged[1] = 'D';
        tagged[2] = '3';
        tagged[3] = 4;
        tagged[9] = 20; // syncsafe size: 20 bytes of tag, all 0xFF would look like a frame without the skip
        for (int i = 10; i < 30; i++) {
            tagged[i] = (byte) 0xFF;
        }
        System.arraycopy(mp3, 0, tagged, 30, mp3.length);

        assertThat(Mp3Duration.millis(tagged)).isEqualTo(Mp3Duration.millis(mp3));
    }

    @Test
    void characterTimesGiveEachSentenceItsOwnStretch() {
        String text = "One two. Three!";
        List<SpokenText.CharacterTime> alignment = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            alignment.add(new SpokenText.CharacterTime(String.valueOf(text.charAt(i)), i * 0.1, i * 0.1 + 0.1));
        }

        var times = SentenceTimings.of(text, Sentences.of(text, "en"), alignment, 1600);

        assertThat(times).containsExactly(new SentenceTime(0, 8, 0, 800), new SentenceTime(9, 15, 900, 1600));
    }

    @Test
    void withoutCharacterTimesSentencesShareTheRecordingByLength() {
        String text = "Short. A much longer sentence.";

        var times = SentenceTimings.of(text, Sentences.of(text, "en"), List.of(), 3000);

        assertThat(times).containsExactly(new SentenceTime(0, 6, 0, 620), new SentenceTime(7, 30, 620, 3000));
    }
}
