package io.storyloom.prompt;

import io.storyloom.ai.ChatMessage;
import io.storyloom.ai.ProviderException;
import io.storyloom.ai.TextCompletion;
import io.storyloom.ai.TextModel;
import io.storyloom.ai.TextPrompt;
import io.storyloom.ai.TokenUsage;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asks the text model for a JSON answer, parses it into a record and validates it. An answer that
 * does not fit gets exactly one repair request quoting what was wrong; a second miss fails the step.
 */
@Component
class StructuredAnswers {

    private static final Logger log = LoggerFactory.getLogger(StructuredAnswers.class);
    static final String UNSUITABLE = "unsuitable for a children's book";

    private final TextModel model;
    private final JsonMapper json;
    private final Validator validator;
    private final PromptTemplates templates;

    StructuredAnswers(TextModel model, JsonMapper json, Validator validator, PromptTemplates templates) {
        this.model = model;
        // Models write "page": "3" or 3.0 now and then; unlike API clients, they get the benefit of the doubt.
        this.json = json.rebuild()
                .withCoercionConfigDefaults(config -> config.setAcceptBlankAsEmpty(true))
                .withCoercionConfig(tools.jackson.databind.type.LogicalType.Textual, config -> config
                        .setCoercion(tools.jackson.databind.cfg.CoercionInputShape.Integer,
                                tools.jackson.databind.cfg.CoercionAction.TryConvert))
                .withCoercionConfig(tools.jackson.databind.type.LogicalType.Integer, config -> config
                        .setCoercion(tools.jackson.databind.cfg.CoercionInputShape.String,
                                tools.jackson.databind.cfg.CoercionAction.TryConvert))
                .enable(tools.jackson.databind.DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .build();
        this.validator = validator;
        this.templates = templates;
    }

    /**
     * @param checks rules beyond the record's own constraints (page count, numbering); each returns
     *               the violations it finds, empty when the answer is fine
     */
    <T> Generated<T> ask(TextPrompt prompt, Class<T> type, Function<T, List<String>> checks) {
        TextCompletion first = model.complete(prompt);
        Attempt<T> attempt = read(first, type, checks);
        if (attempt.value() != null) {
            return new Generated<>(attempt.value(), first.usage(), first.model());
        }
        log.warn("Unusable {} answer, asking once more: {}", prompt.kind(), attempt.violations());
        TextPrompt repair = first.truncated()
                ? prompt.withMaxTokens(prompt.maxTokens() * 2)
                : prompt.followedBy(ChatMessage.assistant(first.content()),
                        ChatMessage.user(templates.render("repair", Map.of("violations", attempt.violations()))));
        TextCompletion second;
        try {
            second = model.complete(repair);
        } catch (ProviderException e) {
            throw new SpentOnFailure(e, first.usage(), 1);
        }
        TokenUsage usage = first.usage().plus(second.usage());
        Attempt<T> retried = read(second, type, checks);
        if (retried.value() != null) {
            return new Generated<>(retried.value(), usage, second.model(), 2);
        }
        log.warn("Unusable {} answer after repair: {}", prompt.kind(), retried.violations());
        if (retried.violations().stream().anyMatch(v -> v.contains(UNSUITABLE))) {
            throw new SpentOnFailure(new ProviderException(ProviderException.Reason.SAFETY, second.model(),
                    "The story writer wrote something not gentle enough for a child, twice. "
                            + "Try changing the idea a little, or press Retry."), usage, 2);
        }
        throw new SpentOnFailure(new ProviderException(ProviderException.Reason.BAD_ANSWER, second.model(),
                "The story writer gave an answer we could not use, twice. Trying again usually helps."), usage, 2);
    }

    private <T> Attempt<T> read(TextCompletion completion, Class<T> type, Function<T, List<String>> checks) {
        if (completion.truncated()) {
            return Attempt.failed(List.of("the answer was cut off before it ended; keep it shorter"));
        }
        T value;
        try {
            value = json.readValue(jsonPart(completion.content()), type);
        } catch (JacksonException e) {
            return Attempt.failed(List.of("not a valid JSON document of the schema: " + e.getOriginalMessage()));
        }
        if (value == null) {
            return Attempt.failed(List.of("the answer was empty"));
        }
        var violations = new ArrayList<String>();
        validator.validate(value).stream()
                .sorted(Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString()))
                .forEach(v -> violations.add(OutputSchemas.snakeCase(v.getPropertyPath().toString())
                        + ": " + v.getMessage()));
        if (violations.isEmpty()) {
            violations.addAll(checks.apply(value));
        }
        return violations.isEmpty() ? new Attempt<>(value, List.of()) : Attempt.failed(violations);
    }

    /** Models sometimes wrap JSON in a Markdown fence or a sentence; keep the outermost object. */
    static String jsonPart(String content) {
        if (content == null) {
            return "";
        }
        int start = content.indexOf('{');
        int end = content.lastIndexOf('}');
        return start >= 0 && end > start ? content.substring(start, end + 1) : content.strip();
    }

    private record Attempt<T>(T value, List<String> violations) {
        static <T> Attempt<T> failed(List<String> violations) {
            return new Attempt<>(null, violations);
        }
    }
}
