package io.storyloom.ai.together;

/**
 * The body of Together's {@code POST /images/generations}. Free width and height (no {@code size}),
 * {@code response_format} is {@code base64} (not OpenAI's {@code b64_json}), {@code steps} left out for the
 * model's own default, and {@code image_url} carries a reference picture for FLUX.1 Kontext models.
 */
record TogetherImageRequest(
        String model,
        String prompt,
        int width,
        int height,
        Integer steps,
        int n,
        long seed,
        String responseFormat,
        String outputFormat,
        String imageUrl) {
}
