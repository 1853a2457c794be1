package io.storyloom.ai.openai;

import io.storyloom.ai.ModerationModel;
import io.storyloom.ai.ModerationVerdict;
import io.storyloom.ai.http.ProviderClient;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Llama Guard through an OpenAI-compatible chat API (Together): each text is sent as a user turn and
 * the model answers {@code safe}, or {@code unsafe} with the hazard codes on the next line
 * ({@code S1,S10}).
 */
final class LlamaGuardModeration implements ModerationModel {

    private final ProviderClient client;

    LlamaGuardModeration(ProviderClient client) {
        this.client = client;
    }

    @Override
    public List<ModerationVerdict> moderate(List<String> texts) {
        return texts.stream().map(this::moderate).toList();
    }

    private ModerationVerdict moderate(String text) {
        var request = new ChatRequest(client.endpoint().model(), List.of(new ChatRequest.Message("user", text)),
                20, null, 0.0, null, null);
        ChatAnswer answer = client.post("/chat/completions", request, ChatAnswer.class, "moderation (Llama Guard)");
        String content = answer.choices().isEmpty() || answer.choices().getFirst().message() == null
                ? null : answer.choices().getFirst().message().content();
        if (content == null || content.isBlank()) {
            throw client.badAnswer("The moderation model sent an empty answer. Trying again usually helps.");
        }
        String[] lines = content.strip().split("\\s*\\n\\s*");
        String verdict = lines[0].toLowerCase(Locale.ROOT);
        if (verdict.equals("safe")) {
            return ModerationVerdict.safe();
        }
        if (!verdict.equals("unsafe")) {
            throw client.badAnswer("The moderation model's answer was neither safe nor unsafe. Trying again usually helps.");
        }
        List<String> codes = lines.length < 2 ? List.of()
                : Arrays.stream(lines[1].split("\\s*,\\s*")).filter(code -> !code.isBlank()).toList();
        return new ModerationVerdict(true, codes);
    }
}
