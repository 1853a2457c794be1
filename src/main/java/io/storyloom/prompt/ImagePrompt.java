package io.storyloom.prompt;

import io.storyloom.ai.SceneSketch;

/**
 * A picture to ask for: the full text prompt for text-to-image models and the same picture as facts.
 */
public record ImagePrompt(String text, SceneSketch sketch) {
}
