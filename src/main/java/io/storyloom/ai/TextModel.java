package io.storyloom.ai;

/**
 * A language model that answers a chat prompt. When the prompt carries an {@link OutputSchema}
 * the answer is expected to be a JSON document of that shape; checking it is the caller's job.
 */
public interface TextModel {

    TextCompletion complete(TextPrompt prompt);
}
