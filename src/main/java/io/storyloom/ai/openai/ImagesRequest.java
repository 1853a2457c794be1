package io.storyloom.ai.openai;

/**
 * The body of OpenAI's {@code POST /images/generations}. gpt-image models always answer with
 * {@code b64_json} and refuse {@code response_format}; DALL·E models need it to answer inline.
 */
record ImagesRequest(String model, String prompt, int n, String size, String responseFormat) {
}
