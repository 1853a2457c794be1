package io.storyloom.ai.http;

import java.util.List;

/**
 * The answer of an OpenAI-style {@code /images/generations} endpoint, as Together and OpenAI send it.
 * Only what is used is read: OpenAI's {@code created}, Together's {@code id} and {@code object} may be
 * there or not.
 */
public record ImagesAnswer(String model, List<Item> data) {

    public ImagesAnswer {
        data = data == null ? List.of() : data;
    }

    /** One picture: inline as base64, or a URL to fetch it from. */
    public record Item(String b64Json, String url) {
    }
}
