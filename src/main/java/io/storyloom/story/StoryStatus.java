package io.storyloom.story;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one list of states a story passes through, each with the message shown to parents. The API
 * publishes this list ({@code GET /stories/statuses}) and the page reads it from there.
 *
 * <p>{@link #GENERATING_PAGE_IMAGE} is one state per page: its code is {@code GENERATING_PAGE_IMAGE_{n}}
 * and it is entered when work on page n's picture begins. Pages are drawn concurrently and begun in
 * page order, so a story's history always lists them 1, 2, … n.
 */
public enum StoryStatus {
    PENDING("PENDING", "Waiting for a storyteller to start on your book",
            "Accepted and queued; no work has started yet."),
    GENERATING_OUTLINE("GENERATING_OUTLINE", "Writing the story",
            "The language model writes the title, setting, tone, lesson and every page's text."),
    GENERATING_REFERENCE_IMAGES("GENERATING_REFERENCE_IMAGES", "Designing the characters and the art style",
            "Each character's look and the book's art style are fixed, a character reference picture is drawn "
                    + "and the moment each page will show is chosen."),
    GENERATING_PAGE_IMAGE("GENERATING_PAGE_IMAGE_{n}", "Drawing the picture for page {n}",
            "Work on page n's picture has begun: scene moment, full image prompt, image, saved. "
                    + "Several pages are drawn at once; progress.pages_done counts the finished ones."),
    COMPLETE("COMPLETE", "Your book is ready!",
            "Every page has its text and its picture."),
    FAILED("FAILED", "We could not finish this book",
            "A step failed after its retries; status_message says why and whether trying again can help. "
                    + "POST /stories/{id}/retry resumes from the last finished step.");

    /** The status_message of a book its parent stopped: FAILED, and Retry continues it. */
    public static final String CANCELLED_MESSAGE = "Cancelled";

    private static final List<String> TERMINAL_CODES = Arrays.stream(values())
            .filter(StoryStatus::isTerminal).map(StoryStatus::code).toList();
    private static final Pattern PAGE_CODE = Pattern.compile("^GENERATING_PAGE_IMAGE_([1-9][0-9]?)$");

    private final String code;
    private final String message;
    private final String description;

    StoryStatus(String code, String message, String description) {
        this.code = code;
        this.message = message;
        this.description = description;
    }

    /** The status as written on the wire; {@code GENERATING_PAGE_IMAGE_{n}} for the page state. */
    public String code() {
        return code;
    }

    /** The code of this state for one page, e.g. {@code GENERATING_PAGE_IMAGE_3}. */
    public String code(int page) {
        return code.replace("{n}", Integer.toString(page));
    }

    /** The human message, with {@code {n}} standing for the page in the page state. */
    public String message() {
        return message;
    }

    public String message(int page) {
        return message.replace("{n}", Integer.toString(page));
    }

    public String description() {
        return description;
    }

    /** True for a book its parent stopped, rather than one that failed on its own. */
    public static boolean isStoppedByParent(String code, String statusMessage) {
        return FAILED.code.equals(code) && CANCELLED_MESSAGE.equals(statusMessage);
    }

    /** True for states no further work moves a story out of, unless a person asks for it. */
    public boolean isTerminal() {
        return this == COMPLETE || this == FAILED;
    }

    /** The codes of the terminal states, for queries (never spelled again in SQL). */
    public static List<String> terminalCodes() {
        return TERMINAL_CODES;
    }

    /** True while a job is (or should be) working on the story. */
    public boolean isActive() {
        return !isTerminal();
    }

    /** Reads a wire code such as {@code FAILED} or {@code GENERATING_PAGE_IMAGE_4}. */
    public static StoryStatus ofCode(String code) {
        if (code != null && PAGE_CODE.matcher(code).matches()) {
            return GENERATING_PAGE_IMAGE;
        }
        for (StoryStatus status : values()) {
            if (status != GENERATING_PAGE_IMAGE && status.code.equals(code)) {
                return status;
            }
        }
        throw new IllegalArgumentException("Unknown story status: " + code);
    }

    /** The page a {@code GENERATING_PAGE_IMAGE_{n}} code names, or 0 for any other code. */
    public static int pageOf(String code) {
        Matcher m = PAGE_CODE.matcher(code == null ? "" : code);
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }
}
