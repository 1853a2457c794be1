package io.storyloom.ai.openai;

import io.storyloom.ai.ModerationModel;
import io.storyloom.ai.ModerationVerdict;
import io.storyloom.ai.http.ProviderClient;
import io.storyloom.ai.http.ProviderJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;

/**
 * Any chat model (the configured story writer by default) as a moderation judge: the texts go in one
 * JSON message, the rules ({@code resources/moderation/judge-system.txt}) in the system message, and
 * the answer is a JSON verdict per text naming Storyloom's own categories.
 */
final class ChatJudgeModeration implements ModerationModel {

    private static final String SYSTEM = read("moderation/judge-system.txt");

    private final ProviderClient client;

    ChatJudgeModeration(ProviderClient client) {
        this.client = client;
    }

    record Verdicts(List<Verdict> verdicts) {
    }

    record Verdict(boolean flagged, List<String> categories) {
    }

    @Override
    public List<ModerationVerdict> moderate(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        var request = new ChatRequest(client.endpoint().model(),
                List.of(new ChatRequest.Message("system", SYSTEM),
                        new ChatRequest.Message("user", ProviderJson.MAPPER.writeValueAsString(Map.of("texts", texts)))),
                200 + 40 * texts.size(), null, 0.0, null, ChatRequest.ResponseFormat.jsonObject());
        ChatAnswer answer = client.post("/chat/completions", request, ChatAnswer.class, "moderation (chat judge)");
        String content = answer.choices().isEmpty() || answer.choices().getFirst().message() == null
                ? null : answer.choices().getFirst().message().content();
        Verdicts verdicts;
        try {
            verdicts = content == null ? null : ProviderJson.MAPPER.readValue(content, Verdicts.class);
        } catch (JacksonException e) {
            verdicts = null;
        }
        if (verdicts == null || verdicts.verdicts() == null || verdicts.verdicts().size() != texts.size()) {
            throw client.badAnswer("The moderation judge did not give one verdict per text. Trying again usually helps.");
        }
        return verdicts.verdicts().stream()
                .map(v -> new ModerationVerdict(v.flagged(), v.categories() == null ? List.of() : v.categories()))
                .toList();
    }

    private static String read(String path) {
        try (InputStream in = ChatJudgeModeration.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Moderation judge prompt missing: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
