package io.storyloom.ai.openai;

import java.util.List;
import java.util.Map;

/**
 * The answer of OpenAI's {@code POST /moderations}: one result per input, in order, each with
 * {@code flagged} and a {@code categories} map of label (e.g. {@code violence/graphic}) to true or false.
 * Scores and input types are not used.
 */
record ModerationAnswer(String id, String model, List<Result> results) {

    ModerationAnswer {
        results = results == null ? List.of() : results;
    }

    record Result(boolean flagged, Map<String, Boolean> categories) {

        Result {
            categories = categories == null ? Map.of() : categories;
        }
    }
}
