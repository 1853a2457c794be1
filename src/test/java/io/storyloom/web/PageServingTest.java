package io.storyloom.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyloom.support.Api;
import io.storyloom.support.AppTest;
import io.storyloom.support.TestDatabase;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * How the app serves the page over plain HTTP, without a browser: its addresses, its files' cache
 * headers and security policy, and the public art styles with their previews.
 */
@TestDatabase(TestDatabase.Kind.H2)
class PageServingTest extends AppTest {

    private Api anonymous() {
        return new Api(port);
    }

    @Test
    void everyAddressOfThePageServesTheSameDocumentWithoutSigningIn() {
        for (String path : List.of("/", "/signin", "/signup", "/s/s_anything")) {
            var response = anonymous().get(path, "Accept", "text/html");
            assertThat(response.status()).as(path).isEqualTo(200);
            assertThat(response.header("Content-Type")).as(path).startsWith("text/html");
            assertThat(response.text()).as(path)
                    .containsPattern("<script type=\"module\" src=\"/assets/v-[0-9a-f]{12}/js/app.js\"></script>");
            assertThat(response.header("Cache-Control")).as(path).isEqualTo("no-cache");
            assertThat(response.header("Content-Security-Policy")).as(path).contains("script-src 'self'");
        }
    }

    @Test
    void thePageHasNoInlineScriptOrStyleForThePolicyToRefuse() {
        String html = anonymous().get("/index.html").text();
        assertThat(html).doesNotContain("style=").doesNotContain("onclick").doesNotContain("<script>");
    }

    @Test
    void scriptsAndStylesAreRevalidatedAndFontsKept() {
        var script = anonymous().get("/assets/js/app.js");
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.header("Content-Type")).contains("javascript");
        assertThat(script.header("Cache-Control")).isEqualTo("no-cache");
        var style = anonymous().get("/assets/css/base.css");
        assertThat(style.status()).isEqualTo(200);
        assertThat(style.header("Cache-Control")).isEqualTo("no-cache");
        var font = anonymous().get("/assets/fonts/nunito-latin-wght-normal.woff2");
        assertThat(font.status()).isEqualTo(200);
        assertThat(font.header("Cache-Control")).contains("max-age=2592000", "public");
        assertThat(anonymous().get("/favicon.svg").status()).isEqualTo(200);
    }

    @Test
    void theDocumentNamesVersionedFilesKeptForAYearOneStylesheetAndTheStartScriptsImportsUpFront() {
        String html = anonymous().get("/index.html").text();
        var names = java.util.regex.Pattern.compile("(?:href|src)=\"(/assets/[^\"]+)\"").matcher(html)
                .results().map(m -> m.group(1)).toList();
        assertThat(names).allMatch(name -> name.matches("/assets/v-[0-9a-f]{12}/.+"));
        assertThat(names).filteredOn(name -> name.endsWith(".css")).singleElement().asString().endsWith("/css/page.css");
        assertThat(html).containsPattern("<link rel=\"modulepreload\" href=\"/assets/v-[0-9a-f]{12}/js/views/auth.js\">")
                .containsPattern("<link rel=\"modulepreload\" href=\"/assets/v-[0-9a-f]{12}/js/forms.js\">")
                .doesNotContain("js/views/reader.js");
        for (String name : names) {
            var response = anonymous().get(name);
            assertThat(response.status()).as(name).isEqualTo(200);
            assertThat(response.header("Cache-Control")).as(name).contains("max-age=31536000", "immutable");
        }
        var styles = anonymous().get(names.stream().filter(n -> n.endsWith("page.css")).findFirst().orElseThrow());
        assertThat(styles.header("Content-Type")).startsWith("text/css");
        assertThat(styles.text()).contains(".landing-hero", ".finish-moment", "@font-face");
        // Text goes gzipped to a browser that takes it.
        var zipped = anonymous().get(names.stream().filter(n -> n.endsWith("app.js")).findFirst().orElseThrow(),
                "Accept-Encoding", "gzip");
        assertThat(zipped.header("Content-Encoding")).isEqualTo("gzip");
    }

    @Test
    void artStylesArePublicEachWithASmallPreviewPicture() throws IOException {
        var response = anonymous().get("/art-styles");
        assertThat(response.status()).isEqualTo(200);
        List<JsonNode> styles = response.json().valueStream().toList();
        assertThat(styles).extracting(s -> s.get("id").asString())
                .containsExactly("watercolor", "storybook", "crayon", "paper_cut", "pencil", "cartoon", "pixel");
        JsonNode crayon = styles.get(2);
        assertThat(crayon.get("label").asString()).isEqualTo("Crayon");
        assertThat(crayon.get("description").asString()).contains("crayon");
        assertThat(crayon.get("preview_url").asString()).matches("/art-styles/crayon/preview\\.png\\?v=[0-9a-f]{12}");

        var preview = anonymous().get(crayon.get("preview_url").asString());
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.header("Content-Type")).isEqualTo("image/png");
        assertThat(preview.header("Cache-Control")).contains("max-age=31536000", "public", "immutable");
        var picture = ImageIO.read(new ByteArrayInputStream(preview.bytes()));
        assertThat(picture.getWidth()).isEqualTo(240);
        assertThat(picture.getHeight()).isEqualTo(180);
        assertThat(anonymous().get(crayon.get("preview_url").asString(), "If-None-Match", preview.header("ETag")).status())
                .isEqualTo(304);

        var watercolor = anonymous().get(styles.get(0).get("preview_url").asString());
        assertThat(watercolor.bytes()).isNotEqualTo(preview.bytes());
        assertThat(anonymous().get("/art-styles/felt-tip/preview.png").status()).isEqualTo(404);
    }
}
