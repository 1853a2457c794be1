package io.storyloom.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.storyloom.ai.ChatMessage;
import io.storyloom.ai.PromptKind;
import io.storyloom.ai.ProviderException;
import io.storyloom.ai.TextCompletion;
import io.storyloom.ai.TextPrompt;
import io.storyloom.ai.TokenUsage;
import jakarta.validation.Validation;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Answers that fail validation were paid for: a failure carries what they cost. */
class StructuredAnswersSpendingTest {

    record Title(@NotBlank String title) {
    }

    private static final TextPrompt PROMPT = new TextPrompt(PromptKind.BASE_STYLE,
            List.of(ChatMessage.user("A title?")), null, Map.of(), 1, 100);

    private static StructuredAnswers answers(io.storyloom.ai.TextModel model) {
        return new StructuredAnswers(model, JsonMapper.builder().build(),
                Validation.buildDefaultValidatorFactory().getValidator(), new PromptTemplates());
    }

    @Test
    void twoUnusableAnswersFailWithTheTokensOfBoth() {
        var failure = catchThrowableOfType(SpentOnFailure.class, () -> answers(prompt ->
                new TextCompletion("{\"title\":\"\"}", false, "m", new TokenUsage(100, 40)))
                .ask(PROMPT, Title.class, t -> List.of()));

        assertThat(failure.reason()).isEqualTo(ProviderException.Reason.BAD_ANSWER);
        assertThat(failure.getMessage()).contains("could not use, twice");
        assertThat(failure.usage()).isEqualTo(new TokenUsage(200, 80));
        assertThat(failure.calls()).isEqualTo(2);
    }

    @Test
    void aRepairCallThatFailsKeepsTheFirstAnswersTokensAndItsOwnReason() {
        var calls = new AtomicInteger();
        var failure = catchThrowableOfType(SpentOnFailure.class, () -> answers(prompt -> {
            if (calls.incrementAndGet() == 2) {
                throw new ProviderException(ProviderException.Reason.NO_CREDIT, "Together", "No credit left.");
            }
            return new TextCompletion("not json", false, "m", new TokenUsage(100, 40));
        }).ask(PROMPT, Title.class, t -> List.of()));

        assertThat(failure.reason()).isEqualTo(ProviderException.Reason.NO_CREDIT);
        assertThat(failure.getMessage()).isEqualTo("No credit left.");
        assertThat(failure.usage()).isEqualTo(new TokenUsage(100, 40));
        assertThat(failure.calls()).isEqualTo(1);
    }
}
