package io.storyloom.ai.offline.writer;

import io.storyloom.ai.ChatMessage;
import io.storyloom.ai.TextCompletion;
import io.storyloom.ai.TextModel;
import io.storyloom.ai.TextPrompt;
import io.storyloom.ai.TokenUsage;
import io.storyloom.ai.offline.SimulatedLatency;
import java.time.Duration;
import java.util.Objects;

/**
 * A text model that needs no network: it writes every answer from the prompt's facts with phrase
 * banks and a small lexicon, so Storyloom runs end to end offline, in demos and in tests. Answers are
 * deterministic for the same facts and seed; a different seed may vary the story's phrasing.
 */
public final class OfflineTextModel implements TextModel {

    static final String MODEL = "storyloom-offline-writer";
    /** A rough, honest token estimate: about four characters per token. */
    private static final int CHARS_PER_TOKEN = 4;

    private final SimulatedLatency latency;
    private final Lexicon lexicon = Lexicon.get();
    private final StoryWriter storyWriter = new StoryWriter();
    private final CharacterDesigner characterDesigner = new CharacterDesigner(lexicon);
    private final ArtDirector artDirector = new ArtDirector(lexicon);
    private final ScenePlanner scenePlanner = new ScenePlanner(lexicon);

    /** @param simulatedLatency how long each call takes, writing included, to behave like a real API; zero for none */
    public OfflineTextModel(Duration simulatedLatency) {
        this.latency = new SimulatedLatency(Objects.requireNonNull(simulatedLatency, "simulatedLatency"));
    }

    /**
     * Answers from the facts alone. A repair round carries the same facts, so it answers the original
     * question again; the offline answers pass the checks, so a repair only follows someone else's miss.
     */
    @Override
    public String modelId() {
        return MODEL;
    }

    @Override
    public TextCompletion complete(TextPrompt prompt) {
        return latency.call(MODEL, () -> answer(prompt));
    }

    private TextCompletion answer(TextPrompt prompt) {
        var facts = BookFacts.from(prompt.offlineFacts());
        var premise = Premise.of(facts, lexicon);
        Object answer = switch (prompt.kind()) {
            case STRUCTURED_STORY -> storyWriter.write(facts, premise, prompt.seed());
            case VISUAL_PROFILE -> characterDesigner.design(facts, premise);
            case BASE_STYLE -> artDirector.style(facts, premise);
            case SCENE_MOMENT -> scenePlanner.scene(facts, premise);
            case SCENE_MOMENTS -> scenePlanner.scenes(facts, premise);
        };
        String json = SnakeCaseJson.write(answer);
        return new TextCompletion(json, false, MODEL, usage(prompt, json));
    }

    private static TokenUsage usage(TextPrompt prompt, String answer) {
        long promptChars = prompt.messages().stream().map(ChatMessage::content).filter(Objects::nonNull)
                .mapToLong(String::length).sum();
        return new TokenUsage(tokens(promptChars), tokens(answer.length()));
    }

    private static long tokens(long chars) {
        return (chars + CHARS_PER_TOKEN - 1) / CHARS_PER_TOKEN;
    }
}
