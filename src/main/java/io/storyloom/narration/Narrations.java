package io.storyloom.narration;

import io.storyloom.ai.ProviderException;
import io.storyloom.ai.SpeechModel;
import io.storyloom.ai.SpeechRequest;
import io.storyloom.ai.SpokenText;
import io.storyloom.media.MediaStore;
import io.storyloom.media.MediaTypes;
import io.storyloom.story.Page;
import io.storyloom.story.Story;
import io.storyloom.story.StoryContent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/**
 * Narrates books page by page and says which recordings are current. A recording is current while the
 * page's text is the one it was made from (and, while narration is on, the voice and speed are too);
 * {@link #narrateBook} makes every recording that is missing or stale, so it also resumes a stopped run.
 */
@Service
public class Narrations {

    private static final Logger log = LoggerFactory.getLogger(Narrations.class);

    private final SpeechModel speech;
    private final NarrationRepository narrations;
    private final StoryContent content;
    private final MediaStore media;
    private final Clock clock;

    Narrations(ObjectProvider<SpeechModel> speech, NarrationRepository narrations,
            StoryContent content, MediaStore media, Clock clock) {
        this.speech = speech.getIfAvailable();
        this.narrations = narrations;
        this.content = content;
        this.media = media;
        this.clock = clock;
    }

    /** Whether a narrator is configured; when not, books have no recordings and readers use the browser's speech. */
    public boolean enabled() {
        return speech != null;
    }

    /**
     * Keeps the voice and speed a book asked for; {@code null} for the configured defaults.
     *
     * @throws ErrorResponseException a 400 naming {@code narration.voice} when the narrator has no such voice
     */
    public void chooseVoice(UUID storyId, String voice, Double speed) {
        if (voice != null && speech != null && !speech.offersVoice(voice)) {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Please check: narration.voice.");
            problem.setTitle("Invalid request");
            problem.setProperty("errors", List.of(Map.of("field", "narration.voice",
                    "message", "is not a voice the narrator offers")));
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
        }
        if (voice != null || speed != null) {
            narrations.saveVoice(storyId, voice, speed);
        }
    }

    /**
     * Narrates every page of the book whose recording is missing or stale; nothing when narration is off.
     *
     * @param beforeEachCall runs before each call to the narrator, e.g. to stop when the book was cancelled
     */
    public void narrateBook(UUID storyId, Runnable beforeEachCall) {
        if (!enabled()) {
            return;
        }
        Story story = content.find(storyId).orElse(null);
        if (story == null) {
            return;
        }
        Voice voice = voiceOf(storyId);
        Map<Integer, PageNarration> made = narrations.findByStory(storyId).stream()
                .collect(Collectors.toMap(PageNarration::page, Function.identity()));
        for (Page page : content.pages(storyId)) {
            PageNarration existing = made.get(page.number());
            if (existing != null && existing.fingerprint().equals(fingerprint(page.text(), voice))) {
                continue;
            }
            beforeEachCall.run();
            narrate(story, page, voice);
        }
    }

    /** Narrates one page again if its recording is stale, e.g. after its text was edited. */
    public void narratePage(UUID storyId, int number) {
        if (!enabled()) {
            return;
        }
        Story story = content.find(storyId).orElse(null);
        Page page = content.page(storyId, number).orElse(null);
        if (story == null || page == null) {
            return;
        }
        Voice voice = voiceOf(storyId);
        boolean current = narrations.find(storyId, number)
                .filter(n -> n.fingerprint().equals(fingerprint(page.text(), voice))).isPresent();
        if (!current) {
            narrate(story, page, voice);
        }
    }

    /** The book's current recordings, by page number; pages without one are left out. */
    public Map<Integer, PageNarration> current(UUID storyId) {
        Voice voice = voiceOf(storyId);
        Map<Integer, String> texts = content.pages(storyId).stream()
                .collect(Collectors.toMap(Page::number, Page::text));
        return narrations.findByStory(storyId).stream()
                .filter(n -> texts.containsKey(n.page()) && isCurrent(n, texts.get(n.page()), voice))
                .collect(Collectors.toMap(PageNarration::page, Function.identity()));
    }

    /** A page's current recording. */
    public Optional<PageNarration> current(UUID storyId, int page) {
        return Optional.ofNullable(current(storyId).get(page));
    }

    private boolean isCurrent(PageNarration narration, String text, Voice voice) {
        String wanted = fingerprint(text, voice);
        // With narration off the voice settings say nothing: a recording of the same text still fits.
        return enabled() ? narration.fingerprint().equals(wanted)
                : narration.fingerprint().regionMatches(0, wanted, 0, wanted.indexOf('-'));
    }

    private void narrate(Story story, Page page, Voice voice) {
        long started = System.nanoTime();
        String text = page.text();
        SpokenText spoken = speech.speak(new SpeechRequest(text, voice.voice(), voice.speed(),
                story.ownerId() == null ? null : story.ownerId().toString()));
        // Paid for once spoken, even if what came back cannot be used.
        content.recordNarration(story.id(), spoken.characters());
        long duration = Mp3Duration.millis(spoken.audio());
        if (duration <= 0) {
            throw new ProviderException(ProviderException.Reason.BAD_ANSWER, spoken.model(),
                    "The narrator sent something that is not a recording. Trying again usually helps.");
        }
        var sentences = SentenceTimings.of(text, Sentences.of(text, story.language()), spoken.alignment(), duration);
        String key = "stories/" + story.id() + "/narration-page-" + page.number() + "-" + hash(spoken.audio())
                + "." + MediaTypes.extension(MediaTypes.MP3);
        media.put(key, spoken.audio(), MediaTypes.MP3);
        narrations.save(new PageNarration(story.id(), page.number(), key, MediaTypes.MP3, duration, sentences,
                voice.voice(), voice.speed(), spoken.model(), spoken.characters(), fingerprint(text, voice)), now());
        log.atInfo().addKeyValue("operation", "narrate_page").addKeyValue("page", page.number())
                .addKeyValue("duration_ms", (System.nanoTime() - started) / 1_000_000)
                .log("Page {} narrated: {} ms of audio, {} sentences", page.number(), duration, sentences.size());
    }

    /** The voice and speed the book's recordings are made with: its own, else the configured ones. */
    Voice voice(UUID storyId) {
        return voiceOf(storyId);
    }

    private Voice voiceOf(UUID storyId) {
        var chosen = narrations.voice(storyId).orElse(new NarrationRepository.BookVoice(null, null));
        // With narration off there are no defaults; only the text part of a fingerprint is compared then.
        String voice = chosen.voice() != null ? chosen.voice() : speech != null ? speech.defaultVoice() : "";
        double speed = chosen.speed() != null ? chosen.speed() : speech != null ? speech.defaultSpeed() : 1.0;
        return new Voice(voice, speed);
    }

    /** What a recording is made from: the text, then after a hyphen the voice and speed. */
    static String fingerprint(String text, Voice voice) {
        return sha256(text).substring(0, 40) + "-"
                + sha256(voice.voice() + "\u0000" + String.format(Locale.ROOT, "%.2f", voice.speed())).substring(0, 16);
    }

    private static String hash(byte[] bytes) {
        return sha256(bytes).substring(0, 12);
    }

    private static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    /** The voice and speed a book is read with. */
    record Voice(String voice, double speed) {
    }
}
