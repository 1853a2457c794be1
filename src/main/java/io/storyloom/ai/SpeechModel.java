package io.storyloom.ai;

/** A narrator: reads a text aloud and returns the recording. */
public interface SpeechModel {

    SpokenText speak(SpeechRequest request);

    /** The configured model's id, which names a failed call in logs and metrics (an answer names its own). */
    default String modelId() {
        return "unknown";
    }

    /** The voice used for a request that names none. */
    String defaultVoice();

    /** The speed used for a request that names none; 1.0 is normal. */
    double defaultSpeed();

    /** Whether the narrator has this voice, as far as it can tell without asking the provider. */
    default boolean offersVoice(String voice) {
        return true;
    }
}
