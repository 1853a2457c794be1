package io.storyloom.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import io.storyloom.story.StoryStatus;
import io.storyloom.support.Api;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A story whose backend answers are scripted, served to the page through Playwright routes: the
 * status endpoint answers the next status of the script on each call (then keeps answering the
 * last), and the book endpoint answers the book as it would be at the current status. Everything
 * else (the page itself, the published status list, art styles) comes from the real app.
 */
final class ScriptedStory {

    static final String TITLE = "Robin and the Runaway Kite";
    static final String CHILD = "Robin";
    static final String EMAIL = "parent@example.com";

    final String id = UUID.randomUUID().toString();
    private final String accountId = UUID.randomUUID().toString();
    final int pageCount;
    private final List<Map<String, Object>> script = new CopyOnWriteArrayList<>();
    private final List<String> statusRequests = new CopyOnWriteArrayList<>();
    private final List<String> otherRequests = new CopyOnWriteArrayList<>();
    private volatile int served;
    private volatile Map<String, Object> current;
    private volatile Function<Integer, String> pictureOf = n -> "/art-styles/watercolor/preview.png?page=" + n;

    ScriptedStory(int pageCount) {
        this.pageCount = pageCount;
    }

    /** The status answers, in order: status code, pages done, and a message (null: the published one). */
    ScriptedStory then(String status, int pagesDone, String message) {
        var answer = new LinkedHashMap<String, Object>();
        answer.put("status", status);
        answer.put("status_message", message != null ? message : messageOf(status));
        answer.put("progress", Map.of("pages_done", pagesDone, "pages_total", pageCount));
        answer.put("pages", pageStates(status, pagesDone));
        answer.put("updated_at", OffsetDateTime.now().toString());
        script.add(answer);
        return this;
    }

    /**
     * Each page's state as the server reports it: pages up to the done count are done; while pictures
     * are drawn, every page begun (up to the one the status names) is being painted; the rest wait.
     */
    private List<Map<String, Object>> pageStates(String status, int pagesDone) {
        int begun = status.startsWith("GENERATING_PAGE_IMAGE_") ? StoryStatus.pageOf(status)
                : status.equals("COMPLETE") ? pageCount : 0;
        var pages = new ArrayList<Map<String, Object>>();
        for (int n = 1; n <= pageCount; n++) {
            String state = n <= pagesDone || status.equals("COMPLETE") ? "done" : n <= begun ? "painting" : "waiting";
            pages.add(Map.of("number", n, "state", state));
        }
        return pages;
    }

    /** Replaces the page states of the last answer in the script (pages painted out of order, say). */
    ScriptedStory withPages(String... states) {
        var pages = new ArrayList<Map<String, Object>>();
        for (int n = 1; n <= states.length; n++) {
            pages.add(Map.of("number", n, "state", states[n - 1]));
        }
        script.getLast().put("pages", pages);
        return this;
    }

    ScriptedStory then(String status, int pagesDone) {
        return then(status, pagesDone, null);
    }

    /** Every status of a successful book: queued, outline, characters, each page, complete. */
    ScriptedStory wholeJourney() {
        then("PENDING", 0).then("GENERATING_OUTLINE", 0).then("GENERATING_REFERENCE_IMAGES", 0);
        for (int n = 1; n <= pageCount; n++) {
            then(StoryStatus.GENERATING_PAGE_IMAGE.code(n), n - 1);
        }
        return then("COMPLETE", pageCount);
    }

    void picturesAt(Function<Integer, String> urls) {
        this.pictureOf = urls;
    }

    static String messageOf(String code) {
        StoryStatus status = StoryStatus.ofCode(code);
        int page = StoryStatus.pageOf(code);
        return page > 0 ? status.message(page) : status.message();
    }

    List<Map<String, Object>> script() {
        return script;
    }

    String messageAt(int step) {
        return (String) script.get(step).get("status_message");
    }

    /**
     * What the progress view's message window shows at that step: the status message, or while the
     * pictures are drawn (several at once) the pictures counted.
     */
    String shownAt(int step) {
        String code = (String) script.get(step).get("status");
        if (!code.startsWith("GENERATING_PAGE_IMAGE_")) {
            return messageAt(step);
        }
        @SuppressWarnings("unchecked")
        int done = (int) ((Map<String, Object>) script.get(step).get("progress")).get("pages_done");
        return "Drawing the pictures — " + done + " of " + pageCount + " done";
    }

    int statusRequests() {
        return statusRequests.size();
    }

    List<String> otherRequests() {
        return otherRequests;
    }

    /**
     * Answers the page's calls for this story (and "who am I") from the script. The browser is one
     * without server-sent events, so the page asks for the status every 2 s, which the script answers.
     */
    void serve(Page page) {
        page.addInitScript("delete window.EventSource;");
        serveWithoutTheStream(page);
    }

    /**
     * Answers as {@link #serve} does, in a browser that has server-sent events; the test decides what
     * becomes of the event stream. window.__streamErrors counts the streams' error events, each
     * counted before the page's own handler sees it.
     */
    void serveWithEventSource(Page page) {
        page.addInitScript("""
                (() => {
                  const Real = window.EventSource;
                  window.__streamErrors = 0;
                  window.EventSource = class extends Real {
                    constructor(...args) {
                      super(...args);
                      this.addEventListener('error', () => { window.__streamErrors += 1; });
                    }
                  };
                })();
                """);
        serveWithoutTheStream(page);
    }

    private void serveWithoutTheStream(Page page) {
        page.route("**/account/me", route -> json(route, 200,
                Map.of("id", accountId, "email", EMAIL, "display_name", "Sam")));
        page.route("**/stories/" + id + "/status", route -> {
            statusRequests.add(route.request().url());
            int step = Math.min(served, script.size() - 1);
            served++;
            current = script.get(step);
            json(route, 200, current);
        });
        page.route("**/stories/" + id, route -> {
            otherRequests.add(route.request().method() + " " + route.request().url());
            json(route, 200, book());
        });
    }

    /** The book as it is at the current status: pages once written, pictures once drawn. */
    Map<String, Object> book() {
        var status = current == null ? script.getFirst() : current;
        String code = (String) status.get("status");
        @SuppressWarnings("unchecked")
        int done = (int) ((Map<String, Object>) status.get("progress")).get("pages_done");
        boolean written = !List.of("PENDING", "GENERATING_OUTLINE").contains(code);
        var pages = new ArrayList<Map<String, Object>>();
        @SuppressWarnings("unchecked")
        var states = (List<Map<String, Object>>) status.get("pages");
        if (written) {
            for (int n = 1; n <= pageCount; n++) {
                boolean painted = states != null ? "done".equals(states.get(n - 1).get("state")) : n <= done;
                pages.add(page(n, "Page " + n + ": " + CHILD + " chases the kite over the hill.",
                        painted ? pictureOf.apply(n) : null));
            }
        }
        var book = new LinkedHashMap<String, Object>();
        book.put("story_id", id);
        book.put("title", written ? TITLE : null);
        book.put("status", code);
        book.put("status_message", status.get("status_message"));
        book.put("progress", status.get("progress"));
        book.put("child", Map.of("name", CHILD, "age", 5, "interests", List.of()));
        book.put("page_count", pageCount);
        book.put("art_style", "watercolor");
        book.put("language", "en");
        book.put("reference_image_url", null);
        book.put("pages", pages);
        return book;
    }

    static Map<String, Object> page(int number, String text, String imageUrl) {
        var page = new LinkedHashMap<String, Object>();
        page.put("number", number);
        page.put("text", text);
        page.put("scene_moment", Map.of("page", number, "description", sceneOf(number)));
        page.put("image_prompt", "a picture");
        page.put("image_url", imageUrl);
        page.put("source", "AI");
        page.put("updated_by", null);
        page.put("updated_at", OffsetDateTime.now().toString());
        return page;
    }

    static String sceneOf(int number) {
        return "Robin runs after a red kite across a sunny meadow, page " + number;
    }

    static void json(Route route, int status, Object body) {
        route.fulfill(new Route.FulfillOptions().setStatus(status).setContentType("application/json")
                .setBody(Api.json(body)));
    }
}
