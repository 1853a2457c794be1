package io.storyloom.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.storyloom.story.book.StoryRequest;
import io.storyloom.support.Api;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The limits of what the page sends (lengths, ages, page counts, how many favourite things, a page's
 * words) are the server's: GET /stories/limits serves the request records' own validation rules, and
 * the page holds its fields to exactly those numbers, whatever they are.
 */
class FormLimitsTest extends WebPageTest {

    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonNode served() {
        var response = new Api(port).get("/stories/limits");
        assertThat(response.status()).as("public, like the status list").isEqualTo(200);
        return response.json();
    }

    @Test
    void theServedLimitsAreTheRequestsOwnValidationRules() throws Exception {
        JsonNode served = served();
        assertThat(fieldsOf(served.get("story"))).isEqualTo(limitsFromAnnotations(StoryRequest.class, ""));
        assertThat(fieldsOf(served.get("page")))
                .isEqualTo(limitsFromAnnotations(Class.forName("io.storyloom.story.web.PageController$PageText"), ""));
        // What the page relies on, spelled out once.
        assertThat(served.get("story").get("child.age").get("minimum").asInt()).isEqualTo(1);
        assertThat(served.get("story").get("child.interests").get("max_items").asInt()).isEqualTo(10);
        assertThat(served.get("story").get("idea").get("min_length").asInt()).isEqualTo(3);
        assertThat(served.get("page").get("text").get("max_length").asInt()).isEqualTo(1200);
    }

    @Test
    void theFormHoldsEachFieldToTheServedLimit() {
        JsonNode story = served().get("story");
        signIn(page, existingParent());
        page.navigate(url("/#/new"));

        assertThat(page.getByLabel("Name", EXACT)).hasAttribute("maxlength", text(story, "child.name", "max_length"));
        assertThat(page.getByLabel("Pronouns")).hasAttribute("maxlength", text(story, "child.pronouns", "max_length"));
        assertThat(page.getByLabel("Clothes")).hasAttribute("maxlength", text(story, "child.clothing", "max_length"));
        assertThat(page.getByLabel("Companion")).hasAttribute("maxlength", text(story, "companion", "max_length"));
        assertThat(page.getByLabel("Lesson")).hasAttribute("maxlength", text(story, "lesson", "max_length"));
        assertThat(page.getByLabel("Age", EXACT)).hasAttribute("min", text(story, "child.age", "minimum"));
        assertThat(page.getByLabel("Age", EXACT)).hasAttribute("max", text(story, "child.age", "maximum"));
        int fewest = story.get("page_count").get("minimum").asInt();
        int most = story.get("page_count").get("maximum").asInt();
        assertThat(page.getByLabel("Pages", EXACT).locator("option")).hasCount(most - fewest + 1);
        assertThat(page.locator(".counter")).hasText("0 / " + text(story, "idea", "max_length"));
        assertThat(page.locator(".field").filter(new Locator.FilterOptions().setHasText("Favourite things")))
                .containsText("Up to " + text(story, "child.interests", "max_items") + ".");
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void otherServedLimitsChangeTheFormAndItsChecks() {
        ObjectNode changed = (ObjectNode) served();
        ObjectNode story = (ObjectNode) changed.get("story");
        ((ObjectNode) story.get("child.name")).put("max_length", 7);
        ((ObjectNode) story.get("child.age")).put("maximum", 9);
        ((ObjectNode) story.get("page_count")).put("maximum", 4);
        ((ObjectNode) story.get("child.interests")).put("max_items", 2);
        page.route("**/stories/limits", route -> FakeBook.reply(route, 200, JSON.convertValue(changed, Map.class)));
        signIn(page, existingParent());
        page.navigate(url("/#/new"));

        assertThat(page.getByLabel("Name", EXACT)).hasAttribute("maxlength", "7");
        assertThat(page.getByLabel("Age", EXACT)).hasAttribute("max", "9");
        assertThat(page.getByLabel("Pages", EXACT).locator("option")).hasCount(4);
        page.getByLabel("Name", EXACT).fill("Mia");
        page.getByLabel("Age", EXACT).fill("10");
        page.locator("#more-about summary").click();
        page.getByLabel("Favourite things").fill("kites, boats, trains");
        page.getByLabel("Story idea").fill("Mia builds a raft");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make my book").setExact(true)).click();
        assertThat(page.locator("#" + page.getByLabel("Age", EXACT).getAttribute("id") + "-error"))
                .hasText("Books are for ages 1 to 9.");
        assertThat(page.locator("#" + page.getByLabel("Favourite things").getAttribute("id") + "-error"))
                .hasText("Choose at most 2 favourite things.");
        assertThat(page).hasURL(url("/#/new"));
    }

    @Test
    void thePageEditorTakesAsManyWordsAsTheServer() {
        String most = text(served().get("page"), "text", "max_length");
        var book = new FakeBook("Robin and the Runaway Kite", "Robin", List.of("Robin found a kite in the attic."));
        book.serve(page);
        page.navigate(url("/#/story/" + book.id + "/read/1"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change the words").setExact(true)).click();
        assertThat(page.getByLabel("Words on page 1")).hasAttribute("maxlength", most);
    }

    private static String text(JsonNode fields, String field, String limit) {
        return fields.get(field).get(limit).asString();
    }

    private static Map<String, Map<String, Object>> fieldsOf(JsonNode fields) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        fields.properties().forEach(field -> {
            Map<String, Object> limits = new LinkedHashMap<>();
            field.getValue().properties().forEach(limit -> limits.put(limit.getKey(),
                    limit.getValue().isBoolean() ? limit.getValue().asBoolean()
                            : limit.getValue().isIntegralNumber() ? limit.getValue().asLong() : limit.getValue().decimalValue()));
            out.put(field.getKey(), limits);
        });
        return out;
    }

    /** The same limits read straight off the record's annotations, by plain reflection. */
    private static Map<String, Map<String, Object>> limitsFromAnnotations(Class<?> type, String prefix) throws Exception {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (var component : type.getRecordComponents()) {
            String name = prefix + component.getName().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase();
            Field field = type.getDeclaredField(component.getName());
            if (component.getType().isRecord()) {
                out.putAll(limitsFromAnnotations(component.getType(), name + "."));
                continue;
            }
            Map<String, Object> limits = new LinkedHashMap<>();
            limits.put("required", field.isAnnotationPresent(NotNull.class) || field.isAnnotationPresent(NotBlank.class));
            boolean list = List.class.isAssignableFrom(component.getType());
            Size size = field.getAnnotation(Size.class);
            if (size != null && !list) {
                if (size.min() > 0) {
                    limits.put("min_length", (long) size.min());
                }
                limits.put("max_length", (long) size.max());
            }
            if (field.isAnnotationPresent(Min.class)) {
                limits.put("minimum", field.getAnnotation(Min.class).value());
            }
            if (field.isAnnotationPresent(Max.class)) {
                limits.put("maximum", field.getAnnotation(Max.class).value());
            }
            if (field.isAnnotationPresent(DecimalMin.class)) {
                limits.put("minimum", new BigDecimal(field.getAnnotation(DecimalMin.class).value()));
            }
            if (field.isAnnotationPresent(DecimalMax.class)) {
                limits.put("maximum", new BigDecimal(field.getAnnotation(DecimalMax.class).value()));
            }
            if (size != null && list) {
                limits.put("max_items", (long) size.max());
                Size item = ((AnnotatedParameterizedType) field.getAnnotatedType()).getAnnotatedActualTypeArguments()[0]
                        .getAnnotation(Size.class);
                limits.put("item_max_length", (long) item.max());
            }
            if (limits.size() > 1 || (Boolean) limits.get("required")) {
                out.put(name, limits);
            }
        }
        return out;
    }
}
