package io.storyloom.ai.openai;

import java.util.List;

/** The body of OpenAI's {@code POST /moderations}: several texts in one call. */
record ModerationRequest(String model, List<String> input) {
}
