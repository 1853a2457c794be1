package io.storyloom.ai.openai;

/** The body of OpenAI's {@code POST /v1/audio/speech}. */
record SpeechBody(String model, String input, String voice, double speed, String responseFormat) {
}
