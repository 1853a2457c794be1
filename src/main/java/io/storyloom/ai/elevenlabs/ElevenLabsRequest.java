package io.storyloom.ai.elevenlabs;

/** The body of {@code POST /v1/text-to-speech/{voice_id}/with-timestamps}. */
record ElevenLabsRequest(String text, String modelId, VoiceSettings voiceSettings) {

    /** Stability and similarity at ElevenLabs' own defaults; speed 0.7 to 1.2. */
    record VoiceSettings(double stability, double similarityBoost, double speed) {
    }
}
