package io.storyloom.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.storyloom.support.Api;
import io.storyloom.support.AppTest;
import io.storyloom.support.OnEveryDatabase;
import io.storyloom.support.StoryClient;
import io.storyloom.support.Users;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An account's own data: passwords that are too easy are refused at sign-up; the owner can download
 * everything (a zip of JSON and pictures) and delete the account with everything in it; share links
 * can expire. Over real HTTP, checked in the database and the media store.
 */
@TestPropertySource(properties = {"storyloom.picture-cleanup.grace=200ms", "storyloom.picture-cleanup.interval=100ms",
        "jobrunr.background-job-server.permanently-delete-deleted-jobs-after=1s"})
abstract class AccountDataContract extends AppTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private DataSource dataSource;

    @Value("${storyloom.media.directory}")
    private Path mediaDirectory;

    // --- sign-up ---

    @Test
    void theMostCommonPasswordsAndTheEmailOrNameAreRefusedAtSignUpNamingThePasswordField() {
        String email = "robin.hood-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String local = email.substring(0, email.indexOf('@'));
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("password123", "most common passwords");
        refused.put("Sunshine2024!", "most common passwords");
        refused.put("qwerty uiop", "most common passwords");
        refused.put(email, "your email address or your name");
        refused.put(email.toUpperCase(), "your email address or your name");
        refused.put(local + "2024", "your email address or your name");
        refused.put("Maid Marian 1", "your email address or your name");

        Api browser = new Api(port);
        browser.header("X-XSRF-TOKEN", Users.csrf(browser));
        refused.forEach((password, message) -> {
            var answer = browser.postJson("/account/signup",
                    Map.of("email", email, "password", password, "display_name", "Maid Marian"));
            assertThat(answer.status()).as(password).isEqualTo(400);
            assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
            JsonNode errors = answer.json().get("errors");
            assertThat(errors).as(password).hasSize(1);
            assertThat(errors.get(0).get("field").asString()).isEqualTo("password");
            assertThat(errors.get(0).get("message").asString()).as(password).contains(message);
        });
        // Too short is still said as before, and only that.
        var tooShort = browser.postJson("/account/signup", Map.of("email", email, "password", "short", "display_name", "M"));
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.json().get("errors")).hasSize(1);
        assertThat(tooShort.json().get("errors").get(0).get("message").asString()).contains("between 10 and 64");

        // Nothing was created: the same email signs up with a good password.
        var created = browser.postJson("/account/signup",
                Map.of("email", email, "password", "Marian keeps bees in Sherwood", "display_name", "Maid Marian"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    // --- download ---

    @OnEveryDatabase
    @Test
    void theDownloadHoldsTheAccountItsTokensWithoutSecretsAndEveryBookWithItsPictures() throws IOException {
        String id = stories.create("Ada", 2);
        stories.awaitEnd(id);
        assertThat(api.put("/stories/" + id + "/pages/1", Api.json(Map.of("text", "Ada counted the stars."))).status())
                .isEqualTo(200);
        assertThat(api.postJson("/stories/" + id + "/share", Map.of("expires_in_days", 7)).status()).isEqualTo(201);
        String laptop = api.postJson("/account/tokens", Map.of("name", "laptop")).json().get("token").asString();
        var strangers = new StoryClient(Users.newAccountClient(port));
        String stranger = strangers.create("Zed", 1);
        strangers.awaitEnd(stranger);

        var download = api.get("/account/export");
        assertThat(download.status()).as(download.toString()).isEqualTo(200);
        assertThat(download.header("Content-Type")).isEqualTo("application/zip");
        assertThat(download.header("Content-Disposition")).startsWith("attachment").contains("storyloom-data-");
        Map<String, byte[]> files = unzip(download.bytes());
        String accountJson = new String(files.get("account.json"), StandardCharsets.UTF_8);
        JsonNode data = JSON.readTree(accountJson);

        JsonNode me = api.get("/account/me").json();
        assertThat(data.get("account").get("email").asString()).isEqualTo(me.get("email").asString());
        assertThat(data.get("account").get("display_name").asString()).isEqualTo("Sam");
        assertThat(data.get("api_tokens").valueStream().map(t -> t.get("name").asString()).toList())
                .containsExactlyInAnyOrder("tests", "laptop");
        assertThat(accountJson).doesNotContain(token, laptop, SecretTokens.hash(token), "password_hash", "token_hash");

        assertThat(data.get("books")).hasSize(1);
        JsonNode exported = data.get("books").get(0);
        JsonNode book = exported.get("book");
        assertThat(book.get("story_id").asString()).isEqualTo(id);
        assertThat(book.get("child").get("name").asString()).isEqualTo("Ada");
        assertThat(book.get("pages").get(0).get("text").asString()).isEqualTo("Ada counted the stars.");
        assertThat(exported.get("history").get("statuses").valueStream().map(s -> s.get("status").asString()).toList())
                .startsWith("PENDING").endsWith("COMPLETE");
        assertThat(exported.get("history").get("edits").valueStream().map(e -> e.get("kind").asString()).toList())
                .contains("WRITTEN", "DRAWN", "EDITED");
        assertThat(exported.get("share_links")).hasSize(1);
        assertThat(exported.get("share_links").get(0).get("expires_at").isNull()).isFalse();
        assertThat(exported.get("share_links").toString()).doesNotContain("sls_", "token");

        // Every picture: the character reference and each page's, as files that match what the API serves.
        List<JsonNode> pictures = exported.get("pictures").valueStream().toList();
        assertThat(pictures).extracting(p -> p.get("use").asString()).contains("reference", "page");
        for (JsonNode picture : pictures) {
            assertThat(files).containsKey(picture.get("file").asString());
        }
        for (int page = 1; page <= 2; page++) {
            int number = page;
            String file = pictures.stream().filter(p -> p.get("use").asString().equals("page")
                    && p.get("page").asInt() == number).findFirst().orElseThrow().get("file").asString();
            assertThat(files.get(file)).isEqualTo(api.get("/stories/" + id + "/pages/" + page + "/image").bytes());
        }
        assertThat(files.keySet()).allMatch(name -> name.equals("account.json") || name.startsWith("pictures/stories/" + id));
        assertThat(accountJson).doesNotContain(stranger, "Zed");
    }

    // --- deletion ---

    @OnEveryDatabase
    @Test
    void deletingTheAccountNeedsItsPasswordAndLeavesNoRowNoPictureNoJobNoSession() throws Exception {
        String email = api.get("/account/me").json().get("email").asString();
        UUID accountId = UUID.fromString(api.get("/account/me").json().get("id").asString());
        List<String> ids = new ArrayList<>();
        String finished = stories.create("Noor", 2);
        ids.add(finished);
        stories.awaitEnd(finished);
        assertThat(api.put("/stories/" + finished + "/pages/2", Api.json(Map.of("text", "Noor waved."))).status())
                .isEqualTo(200);
        assertThat(api.post("/stories/" + finished + "/pages/1/illustration", null).status()).isEqualTo(202);
        stories.awaitEnd(finished);
        assertThat(api.post("/stories/" + finished + "/share", null).status()).isEqualTo(201);
        String second = stories.create("Noor", 1);
        ids.add(second);
        stories.awaitEnd(second);
        // Someone else's book, which must stay.
        Api other = Users.newAccountClient(port);
        String theirs = new StoryClient(other).create("Olu", 1);
        new StoryClient(other).awaitEnd(theirs);
        // A browser session of the same account.
        Api browser = signedIn(email);
        assertThat(browser.get("/account/me").status()).isEqualTo(200);
        // And a book being made: its model call is held when the account goes.
        models.hold();
        String making = stories.create("Noor", 2);
        ids.add(making);
        models.nextCall();
        assertThat(mentions(accountId, email, ids)).as("before").isNotEmpty();

        var wrong = api.sendBytes("/account", "DELETE", Api.json(Map.of("password", "not my password")).getBytes(),
                "application/json");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("errors").get(0).get("field").asString()).isEqualTo("password");
        assertThat(api.sendBytes("/account", "DELETE", "{}".getBytes(), "application/json").status()).isEqualTo(400);
        assertThat(stories.book(finished).get("pages")).hasSize(2);

        var deleted = api.sendBytes("/account", "DELETE", Api.json(Map.of("password", Users.PASSWORD)).getBytes(),
                "application/json");
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);

        // The running job is stopped: its held call is interrupted and no further call is made.
        await().atMost(Duration.ofSeconds(5)).until(() -> models.interrupted() >= 1);
        int calls = models.arrived();
        models.open();
        // The token, the session and the API all forget the account.
        var gone = api.get("/account/me");
        assertThat(gone.status()).isEqualTo(401);
        assertThat(gone.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(browser.get("/account/me").status()).isEqualTo(401);
        assertThat(browser.get("/stories").status()).isEqualTo(401);
        // No row anywhere names the account, its email or its books; no picture is left; the jobs are gone.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(mentions(accountId, email, ids)).isEmpty();
            for (String id : ids) {
                assertThat(filesUnder(mediaDirectory.resolve("stories").resolve(id))).as(id).isEmpty();
            }
        });
        assertThat(models.arrived()).isEqualTo(calls);
        // Someone else's book is untouched.
        assertThat(new StoryClient(other).book(theirs).get("pages")).hasSize(1);
        assertThat(other.get("/stories/" + theirs + "/pages/1/image").status()).isEqualTo(200);
        var signIn = new Api(port);
        assertThat(signIn.form("/account/signin", "email=" + email + "&password=" + Users.PASSWORD.replace(" ", "+"),
                "X-XSRF-TOKEN", Users.csrf(signIn)).status()).isEqualTo(401);
    }

    @OnEveryDatabase
    @Test
    void aBrowserDeletesItsAccountWithItsCsrfTokenAndIsSignedOut() {
        String email = Users.signUp(port);
        Api browser = signedIn(email);
        byte[] body = Api.json(Map.of("password", Users.PASSWORD)).getBytes();
        assertThat(browser.sendBytes("/account", "DELETE", body, "application/json").status()).as("no CSRF").isEqualTo(403);
        assertThat(browser.get("/account/me").status()).isEqualTo(200);

        var deleted = browser.sendBytes("/account", "DELETE", body, "application/json", "X-XSRF-TOKEN", Users.csrf(browser));
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
        assertThat(browser.get("/account/me").status()).isEqualTo(401);
        assertThat(jdbc.sql("select count(*) from account where email = ?").param(email).query(Integer.class).single())
                .isZero();
    }

    // --- share links that expire ---

    @OnEveryDatabase
    @Test
    void aShareLinkCanExpireAndThenOpensNothingLikeARevokedOne() {
        String id = stories.create("Lena", 1);
        stories.awaitEnd(id);
        OffsetDateTime before = OffsetDateTime.now();
        var link = api.postJson("/stories/" + id + "/share", Map.of("expires_in_days", 7));
        assertThat(link.status()).as(link.toString()).isEqualTo(201);
        OffsetDateTime expiresAt = OffsetDateTime.parse(link.json().get("expires_at").asString());
        assertThat(expiresAt).isBetween(before.plusDays(7).minusMinutes(1), OffsetDateTime.now().plusDays(7).plusMinutes(1));
        String apiUrl = link.json().get("api_url").asString();
        String token = link.json().get("token").asString();
        Api anyone = new Api(port);
        var open = anyone.get(apiUrl);
        assertThat(open.status()).isEqualTo(200);
        String imageUrl = open.json().get("pages").get(0).get("image_url").asString();
        assertThat(anyone.get(imageUrl).status()).isEqualTo(200);

        // Its time runs out (moved into the past in the database, rather than waiting a week).
        jdbc.sql("update share_link set expires_at = ? where story_id = ?")
                .params(OffsetDateTime.now().minusSeconds(1), UUID.fromString(id)).update();
        var expired = anyone.get(apiUrl);
        assertThat(expired.status()).isEqualTo(404);
        var unknown = anyone.get(apiUrl.replace(token, "sls_" + "x".repeat(43)));
        assertThat(expired.text().replace(token, "T")).isEqualTo(unknown.text().replace("sls_" + "x".repeat(43), "T"));
        assertThat(anyone.get(imageUrl).status()).isEqualTo(404);

        // Without a body a link has no expiry; with expires_at it ends then.
        var forever = api.post("/stories/" + id + "/share", null);
        assertThat(forever.status()).isEqualTo(201);
        assertThat(forever.json().get("expires_at").isNull()).isTrue();
        assertThat(anyone.get(forever.json().get("api_url").asString()).status()).isEqualTo(200);
        String at = OffsetDateTime.now().plusHours(3).withNano(0).toString();
        var until = api.postJson("/stories/" + id + "/share", Map.of("expires_at", at));
        assertThat(until.status()).as(until.toString()).isEqualTo(201);
        assertThat(OffsetDateTime.parse(until.json().get("expires_at").asString())).isAtSameInstantAs(OffsetDateTime.parse(at));
        assertThat(anyone.get(forever.json().get("api_url").asString()).status()).as("the new link revoked the old").isEqualTo(404);
    }

    @Test
    void badExpiriesAreRefusedNamingTheField() {
        String id = stories.create("Ravi", 1);
        stories.awaitEnd(id);
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("{\"expires_in_days\":0}", "expires_in_days");
        cases.put("{\"expires_in_days\":366}", "expires_in_days");
        cases.put("{\"expires_in_days\":\"soon\"}", "expires_in_days");
        cases.put("{\"expires_at\":\"" + OffsetDateTime.now().minusDays(1) + "\"}", "expires_at");
        cases.put("{\"expires_at\":\"" + OffsetDateTime.now().plusDays(400) + "\"}", "expires_at");
        cases.put("{\"expires_at\":\"next tuesday\"}", "expires_at");
        cases.put("{\"expires_in_days\":3,\"expires_at\":\"" + OffsetDateTime.now().plusDays(2) + "\"}", "expires_at");
        cases.forEach((body, field) -> {
            var refused = api.post("/stories/" + id + "/share", body);
            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.header("Content-Type")).isEqualTo("application/problem+json");
            assertThat(refused.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                    .as(body).containsExactly(field);
        });
        assertThat(jdbc.sql("select count(*) from share_link where story_id = ?").param(UUID.fromString(id))
                .query(Integer.class).single()).isZero();
    }

    // --- helpers ---

    /** A browser session signed in with the email and the test password. */
    private Api signedIn(String email) {
        Api browser = new Api(port);
        var signIn = browser.form("/account/signin", "email=" + email + "&password=" + Users.PASSWORD.replace(" ", "+"),
                "X-XSRF-TOKEN", Users.csrf(browser));
        assertThat(signIn.status()).as(signIn.toString()).isEqualTo(200);
        return browser;
    }

    /** "table: value" for every value in every table that names the account, its email or one of the books. */
    private List<String> mentions(UUID accountId, String email, List<String> storyIds) throws SQLException {
        List<String> needles = new ArrayList<>(storyIds);
        needles.add(accountId.toString());
        needles.add(email);
        List<String> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = connection.getMetaData().getTables(null, null, "%", null)) {
                while (rows.next()) {
                    String schema = rows.getString("TABLE_SCHEM");
                    String type = rows.getString("TABLE_TYPE");
                    if (("TABLE".equalsIgnoreCase(type) || "BASE TABLE".equalsIgnoreCase(type)) && (schema == null
                            || !schema.equalsIgnoreCase("information_schema") && !schema.startsWith("pg_"))) {
                        tables.add((schema == null ? "" : schema + ".") + rows.getString("TABLE_NAME"));
                    }
                }
            }
            assertThat(tables).anyMatch(t -> t.endsWith("story")).anyMatch(t -> t.contains("jobrunr_jobs"));
            for (String table : tables) {
                try (var statement = connection.createStatement(); var rows = statement.executeQuery("select * from " + table)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int c = 1; c <= columns; c++) {
                            Object value = rows.getObject(c);
                            String text = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                                    : value instanceof java.sql.Clob clob ? clob.getSubString(1, (int) clob.length())
                                    : String.valueOf(value);
                            needles.stream().filter(text::contains).forEach(n -> found.add(table + ": " + n));
                        }
                    }
                }
            }
        }
        return found;
    }

    private static List<Path> filesUnder(Path dir) {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                assertThat(files).as("each file once").doesNotContainKey(entry.getName());
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        assertThat(files.keySet()).first().isEqualTo("account.json");
        return files;
    }
}
