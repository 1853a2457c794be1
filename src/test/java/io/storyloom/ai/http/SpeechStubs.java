package io.storyloom.ai.http;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;

/**
 * Narrator answers as ElevenLabs and OpenAI document them, with real MP3 frames (silence) so that the
 * recording's length can be read from them, for a WireMock server standing in for the real APIs.
 */
public final class SpeechStubs {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** An MPEG-1 layer III frame header: 128 kbit/s, 44.1 kHz, no padding, no CRC. */
    private static final byte[] HEADER = {(byte) 0xFF, (byte) 0xFB, (byte) 0x90, 0x00};
    private static final int FRAME_BYTES = 417;
    /** 1152 samples at 44.1 kHz. */
    public static final double FRAME_SECONDS = 1152.0 / 44100;

    private SpeechStubs() {
    }

    /** Silent MP3 of as many whole frames as fit in the time (at least one). */
    public static byte[] mp3(long millis) {
        int frames = (int) Math.max(1, Math.round(millis / 1000.0 / FRAME_SECONDS));
        var out = new ByteArrayOutputStream(frames * FRAME_BYTES);
        for (int i = 0; i < frames; i++) {
            out.writeBytes(HEADER);
            out.writeBytes(new byte[FRAME_BYTES - HEADER.length]);
        }
        return out.toByteArray();
    }

    /** How long {@link #mp3} of this time really plays, in ms. */
    public static long playedMillis(long millis) {
        int frames = (int) Math.max(1, Math.round(millis / 1000.0 / FRAME_SECONDS));
        return Math.round(frames * FRAME_SECONDS * 1000);
    }

    /**
     * The answer of ElevenLabs' {@code with-timestamps} call for this text: the audio in base64 and each
     * character's start and end, the characters read at an even pace over the recording.
     */
    public static String elevenLabs(String text, long millis) {
        List<String> characters = new ArrayList<>();
        List<Double> starts = new ArrayList<>();
        List<Double> ends = new ArrayList<>();
        double seconds = playedMillis(millis) / 1000.0;
        for (int i = 0; i < text.length(); i++) {
            characters.add(String.valueOf(text.charAt(i)));
            starts.add(round(seconds * i / text.length()));
            ends.add(round(seconds * (i + 1) / text.length()));
        }
        var alignment = new java.util.LinkedHashMap<String, Object>();
        alignment.put("characters", characters);
        alignment.put("character_start_times_seconds", starts);
        alignment.put("character_end_times_seconds", ends);
        var answer = new java.util.LinkedHashMap<String, Object>();
        answer.put("audio_base64", Base64.getEncoder().encodeToString(mp3(millis)));
        answer.put("alignment", alignment);
        answer.put("normalized_alignment", alignment);
        return JSON.writeValueAsString(answer);
    }

    private static double round(double seconds) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.3f", seconds));
    }
}
