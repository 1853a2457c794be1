package io.storyloom.safety;

import io.storyloom.ai.CpuBoundWork;
import io.storyloom.ai.ModerationModel;
import io.storyloom.ai.ModerationVerdict;
import io.storyloom.ai.ProviderException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Reviews text meant for a child's book, cheapest stage first: normalisation ({@link TextNormalizer}),
 * the per-language term and phrase lists ({@link Lexicon}), the in-process semantic classifier
 * ({@link SemanticClassifier}) and, when one is configured, the provider's moderation model. A text is
 * refused when any stage objects. Concerns name a category, never the words that caused them.
 *
 * <p>The classifier loads in the background once the app is ready, so start-up does not wait for it;
 * a review that arrives first waits up to {@code storyloom.safety.model-wait} and is then refused as
 * unavailable rather than passed half-reviewed.
 */
@Component
@EnableConfigurationProperties(SafetySettings.class)
public class ContentSafety {

    private static final Logger log = LoggerFactory.getLogger(ContentSafety.class);

    /** Sentence embeddings are computed there, not on the caller's virtual thread (see {@link CpuBoundWork}). */
    private static final CpuBoundWork REVIEWERS = new CpuBoundWork("safety-review-");
    /** Enough for every picture prompt of the books being made at once, each reviewed twice. */
    private static final int REMEMBERED = 256;
    /** Sentences: the offline writer's books share many of theirs, and a few bytes each. */
    private static final int REMEMBERED_SENTENCES = 4096;

    private final SafetySettings settings;
    private final Optional<ModerationModel> moderation;
    private final RememberedReviews<List<ContentConcern>> remembered;
    private final RememberedReviews<SemanticClassifier.Judgement> rememberedSentences;

    @Autowired
    ContentSafety(SafetySettings settings, ObjectProvider<ModerationModel> moderation) {
        this(settings, Optional.ofNullable(moderation.getIfAvailable()));
    }

    /** A review without Spring: the benchmark and tests; {@code moderation} empty for the local stages alone. */
    public ContentSafety(SafetySettings settings, Optional<ModerationModel> moderation) {
        this(settings, moderation, REMEMBERED, REMEMBERED_SENTENCES);
    }

    private ContentSafety(SafetySettings settings, Optional<ModerationModel> moderation, int texts, int sentences) {
        this.settings = settings;
        this.moderation = moderation;
        this.remembered = new RememberedReviews<>(texts);
        this.rememberedSentences = new RememberedReviews<>(sentences);
    }

    /** A review that remembers no verdict, so each one is worked out: the benchmark times it. */
    public static ContentSafety forgetful(SafetySettings settings) {
        return new ContentSafety(settings, Optional.empty(), 0, 0);
    }

    /** Waits until the classifier and its meaning head are loaded (the benchmark, tests); false if not within the wait. */
    public boolean awaitReady() {
        try {
            classifier().meaningHead(settings.modelWait());
            return true;
        } catch (ReviewUnavailableException e) {
            return false;
        }
    }

    /** The concerns about one text, each category once; empty when it is fine for a child. */
    public List<ContentConcern> review(String text) {
        return review(Map.of("text", text == null ? "" : text)).getOrDefault("text", List.of());
    }

    /**
     * The concerns about each of several texts (e.g. the fields of a request), reviewed together so the
     * moderation model is asked once. Only texts with concerns are in the answer, in the given order.
     *
     * @throws ReviewUnavailableException when a stage could not run (see the class comment)
     */
    public Map<String, List<ContentConcern>> review(Map<String, String> texts) {
        Map<String, Set<ContentConcern>> found = new LinkedHashMap<>();
        Map<String, String> toModerate = new LinkedHashMap<>();
        for (var entry : texts.entrySet()) {
            String text = entry.getValue();
            if (text == null || text.isBlank()) {
                continue;
            }
            toModerate.put(entry.getKey(), text);
            for (ContentConcern concern : local(text)) {
                found.computeIfAbsent(entry.getKey(), k -> new java.util.LinkedHashSet<>()).add(concern);
            }
        }
        moderation.ifPresent(model -> moderate(model, toModerate, found));
        Map<String, List<ContentConcern>> answer = new LinkedHashMap<>();
        texts.keySet().stream().filter(found::containsKey)
                .forEach(key -> answer.put(key, List.copyOf(found.get(key))));
        return answer;
    }

    /**
     * Runs the in-process stages on a text that is about to be reviewed (a page's picture prompt, while
     * the reference picture is drawn), so that review is a lookup when it comes. Judges nothing itself:
     * a classifier still loading is left for that review to wait for.
     */
    public void reviewAhead(String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        try {
            local(text);
        } catch (ReviewUnavailableException e) {
            log.debug("Review ahead skipped: {}", e.getMessage());
        }
    }

    /** The two in-process stages, or their remembered verdict when the same text was reviewed lately. */
    List<ContentConcern> local(String text) {
        return remembered.verdict(text, unseen -> List.copyOf(reviewLocally(unseen)));
    }

    /** The term lists, then the classifier for what they did not find. */
    private List<ContentConcern> reviewLocally(String text) {
        String normalized = TextNormalizer.normalize(text);
        List<ContentConcern> concerns = new ArrayList<>();
        Set<ContentCategory> listed = Lexicon.shared().find(normalized);
        listed.forEach(category -> concerns.add(new ContentConcern(category, ContentConcern.Stage.LEXICON)));
        if (listed.isEmpty()) {
            SemanticClassifier classifier = classifier();
            REVIEWERS.run("Storyloom", () -> classifier.classify(normalized, rememberedSentences, settings.modelWait()))
                    .forEach(category -> concerns.add(new ContentConcern(category, ContentConcern.Stage.SEMANTIC)));
        }
        return concerns;
    }

    private void moderate(ModerationModel model, Map<String, String> texts, Map<String, Set<ContentConcern>> found) {
        if (texts.isEmpty()) {
            return;
        }
        List<String> keys = List.copyOf(texts.keySet());
        List<ModerationVerdict> verdicts;
        try {
            verdicts = model.moderate(List.copyOf(texts.values()));
        } catch (ProviderException e) {
            if (settings.failClosed()) {
                throw new ReviewUnavailableException("The safety check could not be completed because the "
                        + "moderation service is not answering. Please try again in a few minutes.", e);
            }
            log.warn("Moderation model unavailable, going on with the local review alone: {}", e.getMessage());
            return;
        }
        for (int i = 0; i < keys.size() && i < verdicts.size(); i++) {
            if (verdicts.get(i).flagged()) {
                Set<ContentCategory> categories = ModerationLabels.categories(verdicts.get(i).labels());
                var concerns = found.computeIfAbsent(keys.get(i), k -> new java.util.LinkedHashSet<>());
                categories.forEach(c -> concerns.add(new ContentConcern(c, ContentConcern.Stage.MODERATION)));
            }
        }
    }

    private SemanticClassifier classifier() {
        return SemanticModel.awaitLoaded(SemanticModel.load(), settings.modelWait());
    }
}
