package io.storyloom.ai.offline.writer;

import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.JSON;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.brief;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.prompt;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storyloom.ai.ChatMessage;
import io.storyloom.ai.PromptKind;
import io.storyloom.ai.TextCompletion;
import io.storyloom.ai.TextPrompt;
import io.storyloom.prompt.StructuredStory;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OfflineStoryModelTest {

    @Test
    void answersAsTheOfflineWriterWithAnHonestTokenCount() {
        TextPrompt prompt = prompt(PromptKind.STRUCTURED_STORY, brief(), 1L);

        TextCompletion completion = new OfflineTextModel(Duration.ZERO).complete(prompt);

        assertThat(completion.model()).isEqualTo("storyloom-offline-writer");
        assertThat(completion.truncated()).isFalse();
        long promptChars = prompt.messages().stream().mapToLong(m -> m.content().length()).sum();
        assertThat(completion.usage().promptTokens()).isBetween(promptChars / 4, promptChars / 4 + 1);
        assertThat(completion.usage().completionTokens())
                .isBetween((long) completion.content().length() / 4, (long) completion.content().length() / 4 + 1);
    }

    @Test
    void takesAtLeastTheSimulatedLatency() {
        var model = new OfflineTextModel(Duration.ofMillis(200));

        long start = System.nanoTime();
        model.complete(prompt(PromptKind.BASE_STYLE, brief(), 1L));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
    }

    @Test
    void refusesANegativeLatency() {
        assertThatThrownBy(() -> new OfflineTextModel(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void answersTheOriginalQuestionAgainInARepairRound() {
        var model = new OfflineTextModel(Duration.ZERO);
        TextPrompt first = prompt(PromptKind.STRUCTURED_STORY, brief(), 3L);
        TextPrompt repair = first.followedBy(ChatMessage.assistant("{\"title\": \"\"}"),
                ChatMessage.user("Your answer could not be used:\n- title: must not be blank"));

        String answer = model.complete(repair).content();

        assertThat(repair.isRepair()).isTrue();
        assertThat(answer).isEqualTo(model.complete(first).content());
        assertThat(violations(JSON.readValue(answer, StructuredStory.class))).isEmpty();
    }

    @Test
    void anInterruptedWaitEndsTheCallLikeACancelledRequestAndKeepsTheInterrupt() {
        var model = new OfflineTextModel(Duration.ofSeconds(5));
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> model.complete(prompt(PromptKind.BASE_STYLE, brief(), 1L)))
                    .isInstanceOf(io.storyloom.ai.ProviderException.class)
                    .hasMessageContaining("cancelled");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
