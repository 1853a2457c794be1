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
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/**
 * A finished book served to the page through Playwright routes, with the editing contract the page
 * is built against: PUT a page's words, its revisions, restore one, redraw its picture (a job that
 * reports PENDING → GENERATING_PAGE_IMAGE_n → COMPLETE through the status endpoint), and the book's
 * history with edits, and its narration (none unless a test records pages). The page itself, the status
 * list and the art styles come from the real app.
 */
final class FakeBook {

    static final String EMAIL = "parent@example.com";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    final String id = UUID.randomUUID().toString();
    private final String accountId = UUID.randomUUID().toString();
    final String title;
    final String childName;
    final List<Map<String, Object>> pages = new CopyOnWriteArrayList<>();
    private final Map<Integer, List<Map<String, Object>>> revisions = new LinkedHashMap<>();
    private final Queue<String> statuses = new ConcurrentLinkedQueue<>();
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final Map<Integer, Map<String, Object>> recordings = new java.util.concurrent.ConcurrentSkipListMap<>();
    private volatile String status = "COMPLETE";
    private volatile int redrawing;
    private volatile int redraws;

    FakeBook(String title, String childName, List<String> texts) {
        this.title = title;
        this.childName = childName;
        for (int n = 1; n <= texts.size(); n++) {
            var page = ScriptedStory.page(n, texts.get(n - 1), picture(n, 0));
            pages.add(page);
            revisions.put(n, new CopyOnWriteArrayList<>(List.of(
                    revision("WRITTEN", texts.get(n - 1), null, "storyteller"),
                    revision("DRAWN", null, picture(n, 0), "illustrator"))));
        }
    }

    static String picture(int page, int version) {
        return "/art-styles/" + (version == 0 ? "watercolor" : "crayon") + "/preview.png?page=" + page + "&v=" + version;
    }

    List<String> calls() {
        return calls;
    }

    /** Gives a page a recording: its sentences as [start, end, begin ms, end ms], served as silent MP3. */
    void narrate(int number, List<long[]> sentences) {
        recordings.put(number, Map.of("page", number, "audio_url", audioUrl(number),
                "duration_ms", sentences.getLast()[3],
                "sentences", sentences.stream().map(s -> Map.of("start", s[0], "end", s[1], "begin_ms", s[2],
                        "end_ms", s[3])).toList()));
    }

    String audioUrl(int number) {
        return "/stories/" + id + "/pages/" + number + "/audio?v=1";
    }

    Map<String, Object> page(int number) {
        return pages.get(number - 1);
    }

    void serve(Page page) {
        page.route("**/account/me", route -> reply(route, 200,
                Map.of("id", accountId, "email", EMAIL, "display_name", "Sam")));
        page.route(Pattern.compile(".*/stories/" + id + "(/[^?]*)?(\\?.*)?$"), this::handle);
    }

    private void handle(Route route) {
        String method = route.request().method();
        String url = route.request().url();
        String path = url.replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*$", "");
        String rest = path.substring(("/stories/" + id).length());
        calls.add(method + " " + rest);
        Matcher pageMatch = Pattern.compile("^/pages/(\\d+)(/.*)?$").matcher(rest);
        if (rest.isEmpty() && method.equals("GET")) {
            reply(route, 200, book());
        } else if (rest.equals("/status")) {
            String next = statuses.poll();
            if (next != null) {
                status = next;
            }
            if (status.equals("COMPLETE") && redrawing > 0) {
                page(redrawing).put("image_url", picture(redrawing, ++redraws));
                revisions.get(redrawing).add(revision("REDRAWN", null, page(redrawing).get("image_url"), "illustrator"));
                redrawing = 0;
            }
            reply(route, 200, statusView());
        } else if (rest.equals("/history")) {
            reply(route, 200, Map.of(
                    "statuses", List.of(Map.of("status", "COMPLETE", "status_message", StoryStatus.COMPLETE.message(),
                            "pages_done", pages.size(), "actor", "storyteller", "changed_at", OffsetDateTime.now().toString())),
                    "edits", revisions.values().stream().flatMap(List::stream)
                            .filter(r -> !List.of("WRITTEN", "DRAWN").contains(r.get("kind"))).toList()));
        } else if (rest.equals("/narration")) {
            reply(route, 200, Map.of("enabled", !recordings.isEmpty(), "pages", List.copyOf(recordings.values())));
        } else if (pageMatch.matches() && "/audio".equals(pageMatch.group(2)) && recordings.containsKey(
                Integer.parseInt(pageMatch.group(1)))) {
            route.fulfill(new Route.FulfillOptions().setStatus(200).setContentType("audio/mpeg")
                    .setBodyBytes(io.storyloom.ai.http.SpeechStubs.mp3(3000)));
        } else if (pageMatch.matches()) {
            handlePage(route, method, Integer.parseInt(pageMatch.group(1)), pageMatch.group(2));
        } else {
            route.fallback();
        }
    }

    private void handlePage(Route route, String method, int number, String action) {
        var page = page(number);
        if (action == null && method.equals("PUT")) {
            String text = JSON.readTree(route.request().postData()).get("text").asString();
            edit(page, text, "EDITED");
            reply(route, 200, page);
        } else if ("/revisions".equals(action)) {
            reply(route, 200, revisions.get(number));
        } else if (action != null && action.matches("/revisions/[^/]+/restore")) {
            String revisionId = action.split("/")[2];
            var old = revisions.get(number).stream().filter(r -> r.get("revision_id").equals(revisionId)).findFirst()
                    .orElseThrow();
            edit(page, (String) old.get("text"), "RESTORED");
            reply(route, 200, page);
        } else if ("/illustration".equals(action) && method.equals("POST")) {
            redrawing = number;
            status = "PENDING";
            statuses.addAll(List.of(StoryStatus.GENERATING_PAGE_IMAGE.code(number), "COMPLETE"));
            reply(route, 202, statusView());
        } else {
            route.fallback();
        }
    }

    private void edit(Map<String, Object> page, String text, String kind) {
        page.put("text", text);
        page.put("source", "USER");
        page.put("updated_by", EMAIL);
        page.put("updated_at", OffsetDateTime.now().toString());
        revisions.get((Integer) page.get("number")).add(revision(kind, text, null, EMAIL));
    }

    private static Map<String, Object> revision(String kind, String text, Object imageUrl, String actor) {
        var revision = new LinkedHashMap<String, Object>();
        revision.put("revision_id", UUID.randomUUID().toString());
        revision.put("kind", kind);
        revision.put("text", text);
        revision.put("image_url", imageUrl);
        revision.put("source", text != null && !kind.equals("WRITTEN") ? "USER" : "AI");
        revision.put("actor", actor);
        revision.put("changed_at", OffsetDateTime.now().toString());
        return revision;
    }

    private Map<String, Object> statusView() {
        int page = StoryStatus.pageOf(status);
        var view = new LinkedHashMap<String, Object>();
        view.put("status", status);
        view.put("status_message", page > 0 ? StoryStatus.GENERATING_PAGE_IMAGE.message(page)
                : StoryStatus.ofCode(status).message());
        view.put("progress", Map.of("pages_done", redrawing > 0 ? pages.size() - 1 : pages.size(), "pages_total", pages.size()));
        view.put("updated_at", OffsetDateTime.now().toString());
        return view;
    }

    Map<String, Object> book() {
        var book = new LinkedHashMap<String, Object>();
        book.put("story_id", id);
        book.put("title", title);
        book.put("status", status);
        book.put("status_message", statusView().get("status_message"));
        book.put("progress", statusView().get("progress"));
        book.put("child", Map.of("name", childName, "age", 5, "interests", List.of()));
        book.put("page_count", pages.size());
        book.put("art_style", "watercolor");
        book.put("language", "en");
        book.put("reference_image_url", null);
        book.put("pages", new ArrayList<>(pages));
        return book;
    }

    static void reply(Route route, int status, Object body) {
        route.fulfill(new Route.FulfillOptions().setStatus(status).setContentType("application/json")
                .setBody(Api.json(body)));
    }
}
