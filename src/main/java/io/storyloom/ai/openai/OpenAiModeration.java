package io.storyloom.ai.openai;

import io.storyloom.ai.ModerationModel;
import io.storyloom.ai.ModerationVerdict;
import io.storyloom.ai.http.ProviderClient;
import java.util.List;
import java.util.Map;

/** OpenAI's moderation endpoint ({@code omni-moderation-latest}): all texts in one call. */
final class OpenAiModeration implements ModerationModel {

    private final ProviderClient client;

    OpenAiModeration(ProviderClient client) {
        this.client = client;
    }

    @Override
    public List<ModerationVerdict> moderate(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        ModerationAnswer answer = client.post("/moderations", new ModerationRequest(client.endpoint().model(), texts),
                ModerationAnswer.class, "moderation of " + texts.size());
        if (answer.results().size() != texts.size()) {
            throw client.badAnswer("The moderation model answered for " + answer.results().size() + " texts instead of "
                    + texts.size() + ". Trying again usually helps.");
        }
        return answer.results().stream()
                .map(result -> new ModerationVerdict(result.flagged(), result.categories().entrySet().stream()
                        .filter(Map.Entry::getValue).map(Map.Entry::getKey).sorted().toList()))
                .toList();
    }
}
