package io.storyloom.ai;

/**
 * A language model that answers a chat prompt. When the prompt carries an {@link OutputSchema}
 * the answer is expected to be a JSON document of that shape; checking it is the caller's job.
 */
public interface TextModel {

    TextCompletion complete(TextPrompt prompt);

    /** The model id calls are made with, for logs and metrics of calls that brought no answer to name it. */
    default String modelId() {
        return "unknown";
    }
}
