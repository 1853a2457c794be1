package io.storyloom.ai.elevenlabs;

import java.util.List;

/** The answer of the {@code with-timestamps} call: the MP3 in base64 and each character's times in seconds. */
record ElevenLabsAnswer(String audioBase64, Alignment alignment) {

    record Alignment(List<String> characters, List<Double> characterStartTimesSeconds,
            List<Double> characterEndTimesSeconds) {
    }
}
