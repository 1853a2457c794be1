package io.storyloom.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.storyloom.support.Api;
import io.storyloom.support.AppTest;
import io.storyloom.support.OnEveryDatabase;
import io.storyloom.support.StoryClient;
import io.storyloom.support.Users;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import tools.jackson.databind.JsonNode;

/** Accounts, ownership, tokens, share links, limits and child safety, over real HTTP. */
abstract class SecurityContract extends AppTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignInLimits limits;

    /** Every way to reach a story, as (name, call) pairs. */
    private static Map<String, Function<Api, Api.Response>> storyEndpoints(String id) {
        String s = "/stories/" + id;
        return Map.ofEntries(
                Map.entry("book", a -> a.get(s)),
                Map.entry("status", a -> a.get(s + "/status")),
                Map.entry("history", a -> a.get(s + "/history")),
                Map.entry("page image", a -> a.get(s + "/pages/1/image")),
                Map.entry("reference image", a -> a.get(s + "/reference-image")),
                Map.entry("retry", a -> a.post(s + "/retry", null)),
                Map.entry("share", a -> a.post(s + "/share", null)),
                Map.entry("edit page", a -> a.put(s + "/pages/1", "{\"text\":\"Hello\"}")),
                Map.entry("page revisions", a -> a.get(s + "/pages/1/revisions")),
                Map.entry("restore", a -> a.post(s + "/pages/1/revisions/1/restore", null)),
                Map.entry("revision image", a -> a.get(s + "/pages/1/revisions/1/image")),
                Map.entry("redraw", a -> a.post(s + "/pages/1/illustration", null)),
                Map.entry("export pdf", a -> a.get(s + "/export.pdf")),
                Map.entry("export epub", a -> a.get(s + "/export.epub")),
                Map.entry("events", a -> a.get(s + "/events")),
                Map.entry("cancel", a -> a.post(s + "/cancel", null)),
                Map.entry("unshare", a -> a.delete(s + "/share")),
                Map.entry("delete", a -> a.delete(s)));
    }

    @OnEveryDatabase
    @Test
    void anotherAccountsStoryIsNotFoundEverywhereExactlyLikeAMissingOne() {
        String id = stories.create("Matilda", 2);
        stories.awaitEnd(id);
        Api stranger = Users.newAccountClient(port);

        String missingId = UUID.randomUUID().toString();
        storyEndpoints(id).forEach((name, call) -> {
            var theirs = call.apply(stranger);
            var missing = storyEndpoints(missingId).get(name).apply(stranger);
            assertThat(theirs.status()).as(name).isEqualTo(404);
            // Identical but for the id the caller sent (echoed in "instance").
            assertThat(theirs.text().replace(id, "ID")).as(name).isEqualTo(missing.text().replace(missingId, "ID"))
                    .doesNotContain("Matilda");
        });
        assertThat(stranger.get("/stories?q=matilda").json().get("total_items").asInt()).isZero();
        // and the owner still has everything
        assertThat(api.get("/stories/" + id).status()).isEqualTo(200);
        assertThat(api.get("/stories/" + id + "/pages/1/image").status()).isEqualTo(200);
    }

    @Test
    void anonymousCallsAreRefusedWith401AndBrowsersAreSentToSignIn() {
        String id = stories.create("Otto", 1);
        stories.awaitEnd(id);
        Api anonymous = new Api(port);

        storyEndpoints(id).forEach((name, call) -> {
            var response = call.apply(anonymous);
            assertThat(response.status()).as(name).isIn(401, 403);
            assertThat(response.header("Content-Type")).as(name).isEqualTo("application/problem+json");
            assertThat(response.text()).as(name).doesNotContain("Otto");
        });
        for (var response : List.of(anonymous.get("/stories/" + id), anonymous.get("/stories"),
                anonymous.get("/account/me"), anonymous.get("/account/tokens"))) {
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
        }
        var browser = anonymous.get("/stories/" + id, "Accept", "text/html,application/xhtml+xml");
        assertThat(browser.status()).isEqualTo(302);
        assertThat(browser.header("Location")).endsWith("/signin");
    }

    @OnEveryDatabase
    @Test
    void aSessionSignsInNeedsItsCsrfTokenForChangesAndSignsOut() {
        String email = Users.signUp(port);
        Api browser = new Api(port);
        String csrf = Users.csrf(browser);

        var wrong = browser.form("/account/signin", "email=" + email + "&password=wrong-password", "X-XSRF-TOKEN", csrf);
        assertThat(wrong.status()).isEqualTo(401);
        var signedIn = browser.form("/account/signin", "email=" + email + "&password=" + Users.PASSWORD.replace(" ", "+"),
                "X-XSRF-TOKEN", csrf);
        assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(200);
        assertThat(signedIn.json().get("email").asString()).isEqualTo(email);
        assertThat(browser.get("/account/me").json().get("email").asString()).isEqualTo(email);

        String body = Api.json(StoryClient.request("Ida", 1));
        assertThat(browser.post("/stories/", body).status()).as("no CSRF token").isEqualTo(403);
        csrf = Users.csrf(browser); // signing in issues a new token
        var created = browser.sendBytes("/stories/", "POST", body.getBytes(), "application/json", "X-XSRF-TOKEN", csrf);
        assertThat(created.status()).as(created.toString()).isEqualTo(202);
        String id = created.json().get("story_id").asString();
        new StoryClient(browser).awaitEnd(id);
        assertThat(browser.get("/stories/" + id).json().get("pages").get(0).get("updated_by").asString())
                .isEqualTo("storyloom-offline-illustrator");
        assertThat(new StoryClient(browser).history(id)).isNotEmpty();
        assertThat(browser.get("/stories/" + id + "/history").json().get("statuses").get(0).get("actor").asString())
                .isEqualTo(email);

        assertThat(browser.form("/account/signout", "", "X-XSRF-TOKEN", csrf).status()).isEqualTo(204);
        assertThat(browser.get("/account/me").status()).isEqualTo(401);
    }

    @OnEveryDatabase
    @Test
    void apiTokensAreShownOnceListedWithoutSecretAndStopWorkingWhenRevoked() {
        var created = api.postJson("/account/tokens", Map.of("name", "my laptop"));
        assertThat(created.status()).isEqualTo(201);
        String secret = created.json().get("token").asString();
        String tokenId = created.json().get("id").asString();
        assertThat(secret).startsWith("slt_").hasSizeGreaterThan(40);

        Api laptop = new Api(port).header("Authorization", "Bearer " + secret);
        assertThat(laptop.get("/account/me").status()).isEqualTo(200);
        JsonNode listed = api.get("/account/tokens").json();
        assertThat(listed.valueStream().map(t -> t.get("name").asString()).toList()).contains("my laptop");
        assertThat(listed.toString()).doesNotContain(secret);
        assertThat(listed.valueStream().filter(t -> t.get("id").asString().equals(tokenId)).findFirst().orElseThrow()
                .get("token").isNull()).isTrue();

        assertThat(laptop.delete("/account/tokens/" + tokenId).status()).isEqualTo(204);
        var refused = laptop.get("/account/me");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(new Api(port).header("Authorization", "Bearer slt_forged").get("/stories").status()).isEqualTo(401);
        // a token cannot revoke someone else's token
        String other = Users.newAccountClient(port).postJson("/account/tokens", Map.of("name", "x")).json().get("id").asString();
        assertThat(api.delete("/account/tokens/" + other).status()).isEqualTo(404);
    }

    @Test
    void wrongPasswordsFromANewSourceAreRefusedForAWhileAlikeForExistingAndUnknownEmails() {
        String existing = Users.signUp(port);
        String unknown = "nobody-" + UUID.randomUUID() + "@example.com";
        var details = new java.util.ArrayList<String>();
        for (String email : List.of(existing, unknown)) {
            Api script = new Api(port); // this address never signed in to either email
            for (int i = 0; i < limits.failuresPerAccountPerHour(); i++) {
                var wrong = script.postJson("/auth/token", Map.of("email", email, "password", "guess-" + i, "name", "x"));
                assertThat(wrong.status()).as(email + " try " + i).isEqualTo(401);
            }
            var refused = script.postJson("/auth/token", Map.of("email", email, "password", Users.PASSWORD, "name", "x"));
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.header("Content-Type")).isEqualTo("application/problem+json");
            assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 3600L);
            var form = new Api(port);
            var refusedForm = form.form("/account/signin", "email=" + email + "&password=" + Users.PASSWORD.replace(" ", "+"),
                    "X-XSRF-TOKEN", Users.csrf(form));
            assertThat(refusedForm.status()).isEqualTo(429);
            assertThat(refusedForm.header("Retry-After")).isNotNull();
            details.add(refused.json().get("detail").asString().replaceAll("\\d+", "N"));
        }
        // the answer tells nothing about whether the account exists
        assertThat(details.get(0)).isEqualTo(details.get(1)).contains("device you used before");
    }

    @Test
    void passphrasesLongerThan72BytesSignUpAndSignIn() {
        // At most 64 characters, as the form allows, but far more than BCrypt's 72 bytes in UTF-8.
        String passphrase = "Mias Drachen-Ei im Garten: öäüß éèñ ☀☂☃ 雨の日の冒険 🐉🐉";
        assertThat(passphrase.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);
        assertThat(passphrase.length()).isLessThanOrEqualTo(64);
        String email = "long-" + UUID.randomUUID() + "@example.com";
        Api browser = new Api(port);
        var created = browser.sendBytes("/account/signup", "POST", Api.json(Map.of("email", email, "password", passphrase,
                "display_name", "Mia")).getBytes(StandardCharsets.UTF_8), "application/json", "X-XSRF-TOKEN", Users.csrf(browser));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(storedHash(email)).startsWith("{argon2}$argon2id$");

        var token = new Api(port).postJson("/auth/token", Map.of("email", email, "password", passphrase, "name", "x"));
        assertThat(token.status()).as(token.toString()).isEqualTo(201);
        assertThat(signInWithForm(email, passphrase).status()).isEqualTo(200);
        // every byte counts, not just the first 72
        String almost = passphrase.substring(0, passphrase.length() - 2) + "🐲";
        assertThat(new Api(port).postJson("/auth/token", Map.of("email", email, "password", almost, "name", "x"))
                .status()).isEqualTo(401);
    }

    @OnEveryDatabase
    @Test
    void accountsWithBcryptHashesSignInAndTheirHashIsUpgradedToArgon2id() {
        var bcrypt = new BCryptPasswordEncoder();
        // as stored before Argon2id: with the {bcrypt} prefix, and as a bare BCrypt hash
        String prefixed = insertAccount("{bcrypt}" + bcrypt.encode(Users.PASSWORD));
        String bare = insertAccount(bcrypt.encode(Users.PASSWORD));

        assertThat(new Api(port).postJson("/auth/token", Map.of("email", prefixed, "password", "wrong-password", "name", "x"))
                .status()).isEqualTo(401);
        assertThat(storedHash(prefixed)).startsWith("{bcrypt}$2");
        var token = new Api(port).postJson("/auth/token", Map.of("email", prefixed, "password", Users.PASSWORD, "name", "x"));
        assertThat(token.status()).as(token.toString()).isEqualTo(201);
        assertThat(signInWithForm(bare, Users.PASSWORD).status()).isEqualTo(200);

        for (String email : List.of(prefixed, bare)) {
            assertThat(storedHash(email)).as(email).startsWith("{argon2}$argon2id$v=19$m=7168,t=5,p=1$");
            assertThat(signInWithForm(email, Users.PASSWORD).status()).as(email).isEqualTo(200);
            assertThat(signInWithForm(email, "wrong-password").status()).as(email).isEqualTo(401);
        }
    }

    @Test
    void sessionAndCsrfCookiesAreSameSiteLaxAndSecureOnlyOverHttps() {
        String email = Users.signUp(port);
        // Forwarded headers from a peer that is not a configured proxy (none are, by default) change nothing.
        Api browser = new Api(port).header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.9");
        var csrf = browser.get("/account/csrf");
        String xsrfCookie = csrf.setCookie("XSRF-TOKEN");
        assertThat(xsrfCookie).as("the page reads it").containsIgnoringCase("SameSite=Lax")
                .doesNotContainIgnoringCase("HttpOnly");
        assertThat(isSecure(xsrfCookie)).isFalse();

        var signedIn = browser.form("/account/signin", "email=" + email + "&password=" + Users.PASSWORD.replace(" ", "+"),
                "X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN"));
        assertThat(signedIn.status()).isEqualTo(200);
        String session = signedIn.setCookie("JSESSIONID");
        assertThat(session).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(isSecure(session)).isFalse();
        String device = signedIn.setCookie("SL_DEVICE");
        assertThat(device).contains("HttpOnly", "Path=/account/signin").containsIgnoringCase("SameSite=Strict");
        assertThat(isSecure(device)).isFalse();
    }

    static boolean isSecure(String setCookie) {
        return java.util.regex.Pattern.compile("(?i);\\s*Secure\\s*(;|$)").matcher(setCookie).find();
    }

    private Api.Response signInWithForm(String email, String password) {
        Api browser = new Api(port);
        return browser.form("/account/signin", "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8), "X-XSRF-TOKEN", Users.csrf(browser));
    }

    private String insertAccount(String passwordHash) {
        String email = "older-" + UUID.randomUUID() + "@example.com";
        jdbc.sql("insert into account (id, email, display_name, password_hash, created_at) values (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), email, "Sam", passwordHash, OffsetDateTime.now()).update();
        return email;
    }

    private String storedHash(String email) {
        return jdbc.sql("select password_hash from account where email = ?").param(email).query(String.class).single();
    }

    @OnEveryDatabase
    @Test
    void aShareLinkShowsOnlyTheFinishedBookWithoutSigningInUntilRevoked() {
        String id = stories.create("Lotta", 2);
        var early = api.post("/stories/" + id + "/share", null);
        stories.awaitEnd(id);
        if (early.status() != 201) {
            assertThat(early.status()).isEqualTo(409);
        }
        var link = api.post("/stories/" + id + "/share", null);
        assertThat(link.status()).isEqualTo(201);
        String apiUrl = link.json().get("api_url").asString();
        assertThat(link.json().get("url").asString()).startsWith("/s/sls_");

        Api anyone = new Api(port);
        var shared = anyone.get(apiUrl);
        assertThat(shared.status()).isEqualTo(200);
        assertThat(shared.json().get("child_name").asString()).isEqualTo("Lotta");
        assertThat(shared.json().get("pages")).hasSize(2);
        assertThat(shared.text()).doesNotContain(id, "@example.com", "updated_by", "image_prompt");
        assertThat(anyone.get(shared.json().get("pages").get(0).get("image_url").asString()).status()).isEqualTo(200);
        assertThat(anyone.get(apiUrl.replace("sls_", "sls_x")).status()).isEqualTo(404);
        // the link grants nothing else
        assertThat(anyone.get("/stories/" + id).status()).isEqualTo(401);
        assertThat(anyone.delete("/stories/" + id).status()).isIn(401, 403);

        assertThat(api.delete("/stories/" + id + "/share").status()).isEqualTo(204);
        assertThat(anyone.get(apiUrl).status()).isEqualTo(404);
    }

    @OnEveryDatabase
    @Test
    void storiesInFlightAreLimitedAndNothingIsHalfWritten() {
        models.hold();
        for (int i = 0; i < 3; i++) {
            assertThat(api.postJson("/stories/", StoryClient.request("Kid" + i, 1)).status()).isEqualTo(202);
        }
        var refused = api.postJson("/stories/", StoryClient.request("Kid3", 1));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
        assertThat(api.get("/stories").json().get("total_items").asInt()).isEqualTo(3);
        models.open();
    }

    @OnEveryDatabase
    @Test
    void storiesPerDayAreLimited() {
        for (int i = 0; i < 8; i++) {
            stories.awaitEnd(stories.create("Day" + i, 1));
        }
        var refused = api.postJson("/stories/", StoryClient.request("Day8", 1));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().get("detail").asString()).contains("24 hours");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isGreaterThan(23 * 3600L);
        assertThat(api.get("/stories").json().get("total_items").asInt()).isEqualTo(8);
    }

    @Test
    void oversizedBodiesAre413WhetherDeclaredOrStreamed() throws Exception {
        String huge = "{\"idea\":\"" + "a".repeat(70_000) + "\"}";
        var declared = api.post("/stories/", huge);
        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.header("Content-Type")).startsWith("application/problem+json");

        String token = api.postJson("/account/tokens", Map.of("name", "stream")).json().get("token").asString();
        var streamed = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/stories/"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge.getBytes())))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(streamed.statusCode()).isEqualTo(413);
        assertThat(api.get("/stories").json().get("total_items").asInt()).isZero();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Mia finds a gun in the garden                  | idea
            a zombie army attacks the school               | idea
            a story about sex                              | idea
            the nazi soldiers march in                     | idea
            a bloody fight with a monster                  | idea
            """)
    void unsuitableIdeasAreRefusedNamingWhatToChange(String idea, String field) {
        var request = new java.util.HashMap<>(StoryClient.request("Mia", 1));
        request.put("idea", idea);
        var refused = api.postJson("/stories/", request);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
        assertThat(refused.json().get("detail").asString()).contains("gentle", "Please change");
        assertThat(api.get("/stories").json().get("total_items").asInt()).isZero();
    }

    @Test
    void anUnsuitableCompanionIsNamedWithTheCategoryAndASuggestionButNeverItsWords() {
        var request = new java.util.HashMap<>(StoryClient.request("Mia", 1));
        request.put("companion", "a demon with a rifle");
        var refused = api.postJson("/stories/", request);
        assertThat(refused.status()).isEqualTo(422);
        JsonNode error = refused.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("companion");
        assertThat(error.get("category").asString()).isEqualTo("weapons used on people");
        assertThat(error.get("suggestion").asString()).isNotBlank();
        assertThat(refused.text()).doesNotContain("rifle", "demon");
    }

    /** Every free-text field of a request is reviewed, and all fields at fault are named in one answer. */
    @Test
    void everyFreeTextFieldIsReviewedAndEachFieldAtFaultIsNamed() {
        var child = new java.util.HashMap<String, Object>(Map.of("name", "K1ll3r", "age", 5,
                "pronouns", "s\u200Bex", "appearance", "covered in blood", "clothing", "a nazi uniform",
                "interests", List.of("puddles", "smoking cigarettes")));
        var request = new java.util.HashMap<>(StoryClient.request("Mia", 1));
        request.put("child", child);
        request.put("companion", "a puppy with a p1stol");
        request.put("idea", "make the dragon eat the child");
        request.put("lesson", "stealing is cool");
        var refused = api.postJson("/stories/", request);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").valueStream().map(e -> e.get("field").asString()).distinct().toList())
                .containsExactlyInAnyOrder("child.name", "child.pronouns", "child.appearance", "child.clothing",
                        "child.interests[1]", "companion", "idea", "lesson");
        assertThat(refused.json().get("errors").valueStream().map(e -> e.get("category").asString()))
                .allSatisfy(category -> assertThat(category).isNotBlank());
        assertThat(refused.text()).doesNotContainIgnoringCase("nazi").doesNotContainIgnoringCase("cigarette")
                .doesNotContainIgnoringCase("p1stol").doesNotContainIgnoringCase("blood");
        assertThat(api.get("/stories").json().get("total_items").asInt()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mia wears her Gore-Tex jacket in the rain", "a trip to Killarney to see the lakes",
            "a killdeer bird protects her eggs", "making a bird feeder with a glue gun",
            "the starting gun goes bang on sports day", "an assault course on sports day",
            "beating eggs for a birthday cake", "a dragon who breathes fire to toast marshmallows"})
    void nearMissesOfTheOldWordListAreAccepted(String idea) {
        var request = new java.util.HashMap<>(StoryClient.request("Mia", 1));
        request.put("idea", idea);
        var accepted = api.postJson("/stories/", request);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        stories.awaitEnd(accepted.json().get("story_id").asString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a mother with 3 kids bakes a cake", "a shooting star over the stable",
            "Mia meets a killer whale at the beach", "a pillow fight at a sleepover",
            "Grandpa lives in Scunthorpe", "a bath bomb fizzes in the tub", "the class learns to demonstrate kindness",
            "a naked mole rat who wants a sweater", "slurping noodles with Grandma"})
    void ordinaryIdeasWithLookAlikeWordsAreAccepted(String idea) {
        var request = new java.util.HashMap<>(StoryClient.request("Mia", 1));
        request.put("idea", idea);
        var accepted = api.postJson("/stories/", request);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        stories.awaitEnd(accepted.json().get("story_id").asString());
    }

    @Test
    void generatedTextThatIsNotGentleGetsRewrittenOnceThenFails() {
        models.alterAnswers("STRUCTURED_STORY", 1, json -> json.replaceFirst("\"text\":\"", "\"text\":\"A bloody knife. "));
        String repaired = stories.create("Pia", 2);
        assertThat(stories.awaitEnd(repaired).get("status").asString()).isEqualTo("COMPLETE");
        assertThat(stories.book(repaired).toString()).doesNotContain("bloody");

        models.alterAnswers("STRUCTURED_STORY", 2, json -> json.replaceFirst("\"text\":\"", "\"text\":\"A bloody knife. "));
        String refused = stories.create("Pia", 2);
        JsonNode end = stories.awaitEnd(refused);
        assertThat(end.get("status").asString()).isEqualTo("FAILED");
        assertThat(end.get("status_message").asString()).contains("not gentle enough");
        assertThat(api.get("/stories/" + refused).json().get("pages")).isEmpty();
    }

    @Test
    void anImagePromptThatIsNotGentleIsNeverSentAndTheBookFailsSayingSo() {
        int drawn = models.succeeded("IMAGE_CHARACTER_REFERENCE") + models.succeeded("IMAGE_PAGE");
        models.alterAnswers("VISUAL_PROFILE", 1,
                json -> json.replaceFirst("\"appearance\":\"", "\"appearance\":\"holding a bloody machete, "));
        String refused = stories.create("Ola", 1);
        JsonNode end = stories.awaitEnd(refused);
        assertThat(end.get("status").asString()).isEqualTo("FAILED");
        assertThat(end.get("status_message").asString()).contains("picture description", "not gentle enough");
        assertThat(models.succeeded("IMAGE_CHARACTER_REFERENCE") + models.succeeded("IMAGE_PAGE")).isEqualTo(drawn);
    }

    /**
     * Token status reads are answered in front of the security chain (TokenReadShortcuts), not by the
     * controller; the answer must be the controller's, byte for byte and header for header, and a token
     * is refused there exactly when the chain would refuse it. A query string sends the same read to the
     * controller, which is what it is compared with.
     */
    @OnEveryDatabase
    @Test
    void statusReadsWithATokenAreAnsweredExactlyAsTheControllerAnswersThem(
            @Autowired FilterRegistrationBean<?> tokenReadShortcuts) {
        assertThat(tokenReadShortcuts.getFilter().getClass().getSimpleName()).isEqualTo("TokenReadShortcuts");
        models.hold();
        var token = api.postJson("/account/tokens", Map.of("name", "poller")).json();
        String secret = token.get("token").asString();
        Api poller = new Api(port).header("Authorization", "Bearer " + secret);
        String id = poller.postJson("/stories/", StoryClient.request("Ada", 2)).json().get("story_id").asString();
        String status = "/stories/" + id + "/status";
        var outline = models.nextCall(); // the outline is being written, and stays so until the call goes on
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                poller.get(status).json().get("status").asString()).isEqualTo("GENERATING_OUTLINE"));

        var shortcut = poller.get(status);
        var controller = poller.get(status + "?from=controller");
        assertThat(shortcut.status()).isEqualTo(200);
        assertThat(shortcut.text()).isEqualTo(controller.text()).contains("\"status\":\"GENERATING_OUTLINE\"");
        for (String header : List.of("Content-Type", "Content-Length", "Cache-Control", "Pragma", "Expires",
                "X-Content-Type-Options", "X-Frame-Options", "X-XSS-Protection", "Content-Security-Policy",
                "Referrer-Policy", "Strict-Transport-Security", "Set-Cookie", "WWW-Authenticate")) {
            assertThat(shortcut.header(header)).as(header).isEqualTo(controller.header(header));
        }
        assertThat(shortcut.raw().headers().map().keySet()).isEqualTo(controller.raw().headers().map().keySet());

        // What the shortcut leaves alone, the controller answers as before.
        Api stranger = Users.newAccountClient(port);
        assertThat(stranger.get(status).status()).isEqualTo(404);
        assertThat(stranger.get(status).header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(poller.get(status, "Accept", "application/xml").status()).isEqualTo(406);
        assertThat(poller.get(status, "Accept", "application/json;q=0.5, text/html").status()).isEqualTo(200);
        assertThat(poller.get("/stories/" + id.toUpperCase() + "/status").json().get("status").asString())
                .isEqualTo("GENERATING_OUTLINE");
        assertThat(poller.get("/stories/" + UUID.randomUUID() + "/status").status()).isEqualTo(404);
        // A GET with a body type is checked as every request is: one that names no known type is a 415.
        assertThat(poller.get(status, "Content-Type", "application/json").status()).isEqualTo(200);
        assertThat(poller.get(status, "Content-Type", "application/*").status()).isEqualTo(415);
        // A bad token is refused in front of the chain exactly as the chain refuses it.
        Api forger = new Api(port).header("Authorization", "Bearer slt_forged");
        var refusedInFront = forger.get(status);
        var refusedByChain = forger.get(status + "?from=controller");
        assertThat(refusedInFront.status()).isEqualTo(401);
        assertThat(refusedInFront.text()).isEqualTo(refusedByChain.text()).contains("unknown or was revoked");
        for (String header : List.of("Content-Type", "WWW-Authenticate", "Cache-Control", "X-Content-Type-Options",
                "X-Frame-Options", "Content-Security-Policy", "Referrer-Policy")) {
            assertThat(refusedInFront.header(header)).as(header).isEqualTo(refusedByChain.header(header)).isNotNull();
        }
        assertThat(refusedInFront.raw().headers().map().keySet())
                .isEqualTo(refusedByChain.raw().headers().map().keySet());
        assertThat(new Api(port).header("Authorization", "Bearer " + secret + "x").get(status).status())
                .isEqualTo(401);
        // Revoked: refused at once, though the token was answered from memory a moment ago.
        assertThat(api.delete("/account/tokens/" + token.get("id").asString()).status()).isEqualTo(204);
        var revoked = poller.get(status);
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.header("Content-Type")).isEqualTo("application/problem+json");
        models.open();
        outline.proceed();
        stories.awaitEnd(id);
    }

    @Test
    void responsesCarrySecurityHeadersAndNeverServeUserTextAsHtml() {
        var hostile = new java.util.HashMap<>(StoryClient.request("<script>alert(1)</script>", 1));
        hostile.put("idea", "\"><img src=x onerror=alert(1)> finds an egg");
        var created = api.postJson("/stories/", hostile);
        assertThat(created.status()).isEqualTo(202);
        String id = created.json().get("story_id").asString();
        stories.awaitEnd(id);
        var book = api.get("/stories/" + id);
        assertThat(book.header("Content-Type")).isEqualTo("application/json");
        assertThat(book.json().get("child").get("name").asString()).isEqualTo("<script>alert(1)</script>");

        for (var response : List.of(book, new Api(port).get("/"), api.get("/stories/" + id + "/pages/1/image"))) {
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
            String csp = response.header("Content-Security-Policy");
            assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
            assertThat(csp).doesNotContain("unsafe-inline", "unsafe-eval");
        }
    }
}
