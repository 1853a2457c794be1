package io.storyloom.ai.offline.illustrator;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyloom.ai.ImageRequest;
import io.storyloom.ai.SceneSketch;
import io.storyloom.ai.offline.book.OfflineBook;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the offline illustrator plans to draw for the offline writer's pages: the idea's things,
 * where the page puts them, in the place the page is set, and nothing the page does not name.
 * The plan is tested, not the pixels; the styles are compared by pixel statistics.
 */
class OfflineIdeaPicturesTest {

    @Test
    void theCatalogueIsWideEnough() {
        assertThat(Drawables.get().thingCount()).isGreaterThanOrEqualTo(80);
        assertThat(Drawables.get().placeCount()).isGreaterThanOrEqualTo(20);
        assertThat(Terrain.values()).hasSizeGreaterThanOrEqualTo(20);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Mia finds a dragon egg in the garden              | egg        | GARDEN
            Leo builds a treehouse with his grandpa           | treehouse  | GARDEN
            Sam takes the train to the seaside                | train      | BEACH
            a rocket trip to the moon                         | rocket     | SPACE
            Noah meets friendly dinosaurs in the jungle       | dinosaur   | JUNGLE
            Zara loses her teddy bear at the park             | teddy      | PARK
            baking a birthday cake in the kitchen             | cake       | KITCHEN
            a day at the zoo meeting a baby elephant          | elephant   | ZOO
            rescuing a kitten stuck up a tree                 | cat        | MEADOW
            Max builds a snowman in the snow                  | snowman    | SNOW
            exploring under the sea in a yellow submarine     | submarine  | UNDERWATER
            Ada catches the train at the station              | train      | STATION
            visiting the aquarium to see an octopus           | octopus    | AQUARIUM
            a camel ride across the desert                    | camel      | DESERT
            a tractor ride on the farm                        | tractor    | FARM
            """)
    void plansTheIdeasThingInTheIdeasPlace(String idea, String thing, Terrain place) {
        OfflineBook book = OfflineBook.make(OfflineBook.brief("Kim", "she/her", idea, "storybook"), 3, 0, 0, false);
        var plans = book.sketches().stream().map(s -> PagePlan.of(s, 1, false, 320, 240)).toList();

        assertThat(plans.stream().flatMap(p -> items(p).stream()).map(PropItem::id)).as(idea).contains(thing);
        assertThat(plans).extracting(PagePlan::terrain).as(idea).contains(place);
        for (int i = 0; i < plans.size(); i++) {
            // Nothing on a page that its scene does not name: every planned prop comes from a named one.
            SceneSketch sketch = book.sketches().get(i);
            for (PropItem item : items(plans.get(i))) {
                assertThat(sketch.props().stream().map(PropItem::of).filter(p -> p != null).map(PropItem::id))
                        .as("page %d of %s draws %s", i + 1, idea, item.id()).contains(item.id());
            }
        }
    }

    /** The kept Spanish, French and German ideas: their books' plans draw the idea's thing in the idea's place. */
    static Stream<Arguments> ideasInOtherLanguages() {
        JsonNode all = JsonMapper.builder().build().readTree(
                OfflineIdeaPicturesTest.class.getResourceAsStream("/offline/ideas-languages.json"));
        var out = new ArrayList<Arguments>();
        for (JsonNode i : all) {
            out.add(Arguments.of(i.get("language").asString(), i.get("idea").asString(), i.get("name").asString(),
                    i.get("thing").asString(), i.get("place").asString()));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("ideasInOtherLanguages")
    void plansTheIdeasThingInTheIdeasPlaceInEveryLanguage(String language, String idea, String name, String thing,
            String place) {
        var brief = new LinkedHashMap<>(OfflineBook.brief(name, "", idea, "storybook"));
        brief.put("language", language);
        OfflineBook book = OfflineBook.make(brief, 3, 0, 0, false);
        var plans = book.sketches().stream().map(s -> PagePlan.of(s, 1, false, 320, 240)).toList();

        assertThat(plans.stream().flatMap(p -> items(p).stream()).map(PropItem::id)).as(idea).contains(thing);
        if (!place.isEmpty()) {
            Terrain terrain = Drawables.get().terrainOf(place).orElseThrow();
            assertThat(plans).extracting(PagePlan::terrain).as(idea).contains(terrain);
        }
    }

    @Test
    void backdropsFollowEachPagesPlaceAndTime() {
        OfflineBook book = OfflineBook.make(OfflineBook.brief("Kim", "she/her", "Max builds a snowman in the snow",
                "storybook"), 3, 0, 0, false);
        var plans = book.sketches().stream().map(s -> PagePlan.of(s, 1, false, 320, 240)).toList();

        assertThat(plans.getFirst().time()).isIn(TimeOfDay.MORNING, TimeOfDay.DAY);
        assertThat(plans.getLast().time()).isIn(TimeOfDay.SUNSET, TimeOfDay.NIGHT);
        assertThat(plans).extracting(PagePlan::terrain).contains(Terrain.SNOW);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            egg up in a tree      | egg      | TREE
            kite in the sky       | kite     | SKY
            shiny shell in hand   | shell    | HELD
            big red bus           | bus      | BIG
            friendly dinosaurs    | dinosaur | BIG
            fire engine           | fire_engine | BIG
            dragon egg            | egg      | GROUND
            """)
    void placesThingsWhereTheWordsSay(String prop, String id, PropItem.Spot spot) {
        PropItem item = PropItem.of(prop);

        assertThat(item.id()).isEqualTo(id);
        assertThat(item.spot()).isEqualTo(spot);
    }

    @Test
    void drawsNoFillerForWordsItCannotDraw() {
        assertThat(PropItem.of("painting of a feeling")).extracting(PropItem::id).isEqualTo("paint");
        assertThat(PropItem.of("courage")).isNull();
        assertThat(PropItem.of("dinosaurs").kind()).isEqualTo(Prop.ANIMAL);
        var sketch = new SceneSketch("storybook", List.of(), "a garden", "day", "happy", "Mia smiles",
                List.of("courage", "happiness"), List.of(), "wide shot");
        assertThat(PagePlan.of(sketch, 1, false, 320, 240).looseProps()).isEmpty();
    }

    @Test
    void theArtStylePreviewsDifferInLinePaletteTextureAndShading() throws IOException {
        var illustrator = new OfflineIllustrator(Duration.ZERO);
        List<String> styles = List.of("storybook", "watercolor", "crayon", "paper_cut", "pencil", "pixel", "cartoon");
        var stats = new ArrayList<double[]>();
        for (String style : styles) {
            var sketch = new SceneSketch(style, List.of(), "", "", "", "", List.of(), List.of(), "");
            byte[] png = illustrator.draw(new ImageRequest(ImageRequest.Purpose.STYLE_PREVIEW, "", sketch, 240, 180,
                    3, null)).bytes();
            stats.add(statistics(ImageIO.read(new ByteArrayInputStream(png))));
        }
        for (int i = 0; i < styles.size(); i++) {
            for (int j = i + 1; j < styles.size(); j++) {
                assertThat(distance(stats.get(i), stats.get(j)))
                        .as("%s vs %s: %s / %s", styles.get(i), styles.get(j), java.util.Arrays.toString(stats.get(i)),
                                java.util.Arrays.toString(stats.get(j)))
                        .isGreaterThan(0.08);
            }
        }
    }

    private static List<PropItem> items(PagePlan plan) {
        var items = new ArrayList<>(plan.looseProps());
        if (plan.held() != null) {
            items.add(plan.held());
        }
        return items;
    }

    /**
     * Mean saturation (palette), mean brightness (shading), edge density (line weight) and local
     * roughness (texture), each 0..1.
     */
    static double[] statistics(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        double saturation = 0;
        double brightness = 0;
        double edges = 0;
        double rough = 0;
        for (int y = 0; y < h - 1; y++) {
            for (int x = 0; x < w - 1; x++) {
                Color c = new Color(image.getRGB(x, y));
                float[] hsb = Color.RGBtoHSB(c.getRed(), c.getGreen(), c.getBlue(), null);
                saturation += hsb[1];
                brightness += hsb[2];
                double here = luminance(image.getRGB(x, y));
                double right = luminance(image.getRGB(x + 1, y));
                double below = luminance(image.getRGB(x, y + 1));
                double step = Math.max(Math.abs(here - right), Math.abs(here - below));
                edges += step > 0.25 ? 1 : 0;
                rough += step > 0.02 && step <= 0.25 ? 1 : 0;
            }
        }
        double n = (double) (w - 1) * (h - 1);
        return new double[] {saturation / n, brightness / n, edges / n * 4, rough / n};
    }

    private static double luminance(int rgb) {
        return (0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff)) / 255.0;
    }

    private static double distance(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(sum);
    }
}
