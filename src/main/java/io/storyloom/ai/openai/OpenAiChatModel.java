package io.storyloom.ai.openai;

import io.storyloom.ai.ChatMessage;
import io.storyloom.ai.ProviderException;
import io.storyloom.ai.TextCompletion;
import io.storyloom.ai.TextModel;
import io.storyloom.ai.TextPrompt;
import io.storyloom.ai.TokenUsage;
import io.storyloom.ai.http.ProviderCallException;
import io.storyloom.ai.http.ProviderClient;
import io.storyloom.ai.http.ProviderJson;
import io.storyloom.ai.http.TextProviderSettings.StructuredOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A language model behind an OpenAI-compatible {@code /chat/completions} API: Together, OpenAI, or a
 * local Ollama, vLLM or LM Studio. Answers with a schema are asked for as {@code json_schema} (strict);
 * a server that refuses that, or silently ignores it (older Ollama and the like answer prose or JSON of another
 * shape), gets {@code json_object} with the schema in the prompt from then on, which this model remembers.
 * Checking the answer against the records is the caller's job; here an answer cut off at the token
 * limit ({@code finish_reason: length}) is reported as truncated, and any other finish ({@code stop},
 * Together's {@code eos}) as complete.
 */
public final class OpenAiChatModel implements TextModel {

    private static final Logger log = LoggerFactory.getLogger(OpenAiChatModel.class);

    private final ProviderClient client;
    private final boolean maxCompletionTokens;
    private final Double temperature;
    private final AtomicReference<StructuredOutput> structuredOutput;

    /**
     * @param maxCompletionTokens send {@code max_completion_tokens} (OpenAI) instead of {@code max_tokens}
     * @param temperature         the temperature to send, or {@code null} for the model's own
     */
    public OpenAiChatModel(ProviderClient client, boolean maxCompletionTokens, Double temperature,
            StructuredOutput structuredOutput) {
        this.client = client;
        this.maxCompletionTokens = maxCompletionTokens;
        this.temperature = temperature;
        this.structuredOutput = new AtomicReference<>(structuredOutput);
    }

    @Override
    public TextCompletion complete(TextPrompt prompt) {
        StructuredOutput mode = structuredOutput.get();
        TextCompletion answer;
        try {
            answer = send(prompt, mode);
        } catch (ProviderCallException e) {
            if (prompt.schema() == null || mode != StructuredOutput.JSON_SCHEMA || !refusesSchema(e)) {
                throw e;
            }
            switchToJsonObject("refused json_schema answers (" + e.providerMessage() + ")");
            return send(prompt, StructuredOutput.JSON_OBJECT);
        }
        if (prompt.schema() == null || mode != StructuredOutput.JSON_SCHEMA || answer.truncated()
                || !SchemaIgnored.by(answer.content(), prompt.schema().schema())) {
            return answer;
        }
        switchToJsonObject("ignored the json_schema of a " + prompt.kind() + " answer");
        TextCompletion again = send(prompt, StructuredOutput.JSON_OBJECT);
        // Both answers were paid for.
        return new TextCompletion(again.content(), again.truncated(), again.model(), answer.usage().plus(again.usage()));
    }

    @Override
    public String modelId() {
        return client.endpoint().model();
    }

    private void switchToJsonObject(String why) {
        if (structuredOutput.compareAndSet(StructuredOutput.JSON_SCHEMA, StructuredOutput.JSON_OBJECT)) {
            log.atWarn().addKeyValue("provider", client.endpoint().id()).addKeyValue("model", client.endpoint().model())
                    .log("{} at {} {}; using json_object with the schema in the prompt for this server from now on",
                            client.endpoint().provider(), client.endpoint().safeBaseUrl(), why);
        }
    }

    private TextCompletion send(TextPrompt prompt, StructuredOutput mode) {
        ChatAnswer answer = client.post("/chat/completions", request(prompt, mode), ChatAnswer.class,
                "chat " + prompt.kind() + (prompt.isRepair() ? " (repair)" : ""));
        if (answer.choices().isEmpty() || answer.choices().getFirst().message() == null) {
            throw client.badAnswer(who() + " sent an empty answer. Trying again usually helps.");
        }
        ChatAnswer.Choice choice = answer.choices().getFirst();
        String finish = choice.finishReason() == null ? "stop" : choice.finishReason().toLowerCase(Locale.ROOT);
        String refusal = choice.message().refusal();
        if (finish.equals("content_filter") || (refusal != null && !refusal.isBlank())) {
            throw new ProviderException(ProviderException.Reason.SAFETY, client.endpoint().provider(),
                    "The story writer's safety filter (" + client.endpoint().provider() + ") declined this part of "
                            + "the story. Changing the story idea or the lesson, then pressing Retry, may help.");
        }
        String content = choice.message().content() == null ? "" : choice.message().content();
        TokenUsage usage = answer.usage() == null ? TokenUsage.NONE
                : new TokenUsage(answer.usage().promptTokens(), answer.usage().completionTokens());
        String model = answer.model() == null || answer.model().isBlank() ? client.endpoint().model() : answer.model();
        return new TextCompletion(content, finish.equals("length"), model, usage);
    }

    ChatRequest request(TextPrompt prompt, StructuredOutput mode) {
        List<ChatRequest.Message> messages = prompt.messages().stream()
                .map(m -> new ChatRequest.Message(m.role().name().toLowerCase(Locale.ROOT), m.content()))
                .toList();
        ChatRequest.ResponseFormat format = null;
        if (prompt.schema() != null && mode == StructuredOutput.JSON_SCHEMA) {
            format = ChatRequest.ResponseFormat.jsonSchema(prompt.schema().name(), StrictSchema.of(prompt.schema().schema()));
        } else if (prompt.schema() != null) {
            format = ChatRequest.ResponseFormat.jsonObject();
            messages = withSchemaInPrompt(messages, prompt.schema().name(),
                    ProviderJson.MAPPER.writeValueAsString(prompt.schema().schema()));
        }
        // Some servers take only 32-bit seeds; the low bits keep answers just as reproducible.
        long seed = prompt.seed() & Integer.MAX_VALUE;
        return new ChatRequest(client.endpoint().model(), messages,
                maxCompletionTokens ? null : prompt.maxTokens(),
                maxCompletionTokens ? prompt.maxTokens() : null,
                temperature, seed, format);
    }

    /** JSON mode constrains answers to JSON only; the shape has to be asked for in words. */
    private static List<ChatRequest.Message> withSchemaInPrompt(List<ChatRequest.Message> messages, String name,
            String schema) {
        String instruction = "Answer with a single JSON object, and nothing else, that follows this JSON Schema (named \""
                + name + "\"):\n" + schema;
        var out = new ArrayList<ChatRequest.Message>();
        boolean added = false;
        for (ChatRequest.Message message : messages) {
            if (!added && message.role().equals(ChatMessage.Role.SYSTEM.name().toLowerCase(Locale.ROOT))) {
                out.add(new ChatRequest.Message(message.role(), message.content() + "\n\n" + instruction));
                added = true;
            } else {
                out.add(message);
            }
        }
        if (!added) {
            out.addFirst(new ChatRequest.Message("system", instruction));
        }
        return out;
    }

    /** A 400 naming the response format: the server does not do {@code json_schema}. */
    private static boolean refusesSchema(ProviderCallException e) {
        String said = e.providerMessage().toLowerCase(Locale.ROOT);
        return (e.status() == 400 || e.status() == 422)
                && (said.contains("json_schema") || said.contains("response_format") || said.contains("schema"));
    }

    private String who() {
        return "The story writer (" + client.endpoint().provider() + ")";
    }
}
