package io.storyloom.ai.offline.illustrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.storyloom.ai.GeneratedImage;
import io.storyloom.ai.ImageRequest;
import io.storyloom.ai.ImageRequest.Purpose;
import io.storyloom.ai.SceneSketch;
import io.storyloom.support.ThreadPriorities;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfflineIllustratorTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final String OUTFIT = "#7b2fd0";
    private static final String OTHER_OUTFIT = "#1f9e4a";

    private final OfflineIllustrator illustrator = new OfflineIllustrator(Duration.ZERO);

    @Test
    void drawsAPngOfTheRequestedSize() {
        GeneratedImage image = illustrator.draw(page(gardenScene("storybook"), 768, 576, 1));

        assertThat(image.mediaType()).isEqualTo("image/png");
        assertThat(image.model()).isEqualTo("storyloom-offline-illustrator");
        assertThat(Arrays.copyOf(image.bytes(), 8)).isEqualTo(PNG_SIGNATURE);
        BufferedImage decoded = decode(image);
        assertThat(decoded.getWidth()).isEqualTo(768);
        assertThat(decoded.getHeight()).isEqualTo(576);
        assertThat(distinctColours(decoded)).as("a real picture, not a flat fill").isGreaterThan(200);
    }

    @Test
    void paintsOnThreadsThatYieldTheCoresToRequests() throws IOException {
        ThreadPriorities.assumeLinuxWithRenice();
        assumeThat(ThreadPriorities.currentThreadNice()).as("a test above the painters' priority").isLessThan(10);

        illustrator.draw(page(gardenScene("storybook"), 64, 48, 3));

        // Linux keeps 15 characters of a thread's name: "offline-painter-1" is "offline-painter"
        assertThat(ThreadPriorities.threadNices("offline-painter")).isNotEmpty().allSatisfy(nice -> assertThat(nice)
                .isEqualTo(10));
    }

    @Test
    void sameRequestGivesIdenticalBytes() {
        ImageRequest request = page(gardenScene("watercolor"), 400, 300, 42);

        assertThat(illustrator.draw(request).bytes()).isEqualTo(illustrator.draw(request).bytes());
    }

    @Test
    void sameRequestGivesIdenticalBytesWhenDrawnConcurrently() throws Exception {
        ImageRequest request = page(gardenScene("crayon"), 320, 240, 5);
        byte[] expected = illustrator.draw(request).bytes();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> illustrator.draw(request).bytes()));
            }
            for (Future<byte[]> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void differentSeedOrActionGivesADifferentPicture() {
        SceneSketch scene = gardenScene("storybook");
        BufferedImage base = render(page(scene, 400, 300, 1));
        BufferedImage otherSeed = render(page(scene, 400, 300, 2));
        BufferedImage otherAction = render(page(withAction(scene, "Mia jumps over a puddle"), 400, 300, 1));

        assertThat(changedPixelShare(base, otherSeed)).isGreaterThan(0.05);
        assertThat(changedPixelShare(base, otherAction)).isGreaterThan(0.01);
    }

    @Test
    void theChildKeepsItsOutfitColourAcrossDifferentScenes() {
        List<SceneSketch.Character> cast = List.of(child(OUTFIT), dragon());
        SceneSketch garden = new SceneSketch("storybook", List.of("#f6c1a6", "#8ec5e8"), "a garden", "morning",
                "happy", "Mia waves", List.of("ball"), cast, "medium shot");
        SceneSketch beach = new SceneSketch("storybook", List.of("#f6c1a6", "#8ec5e8"), "a sandy beach", "sunset",
                "calm", "Mia points at the sea", List.of("shell"), cast, "medium shot");

        BufferedImage first = render(page(garden, 640, 480, 3));
        BufferedImage second = render(page(beach, 640, 480, 99));
        int outfit = rgb(OUTFIT);

        assertThat(pixelsNear(first, outfit, 12)).as("outfit colour on the garden page").isGreaterThan(400);
        assertThat(pixelsNear(second, outfit, 12)).as("outfit colour on the beach page").isGreaterThan(400);

        BufferedImage recoloured = render(page(new SceneSketch("storybook", garden.palette(), garden.setting(),
                garden.timeOfDay(), garden.mood(), garden.action(), garden.props(),
                List.of(child(OTHER_OUTFIT), dragon()), garden.camera()), 640, 480, 3));
        assertThat(pixelsNear(recoloured, outfit, 12)).as("old outfit colour gone").isLessThan(40);
        assertThat(pixelsNear(recoloured, rgb(OTHER_OUTFIT), 12)).as("new outfit colour shown").isGreaterThan(400);
    }

    @Test
    void everyArtStyleLooksDifferent() {
        List<String> styles = List.of("storybook", "watercolor", "crayon", "paper_cut", "pencil", "pixel", "cartoon");
        List<BufferedImage> pictures = new ArrayList<>();
        for (String style : styles) {
            pictures.add(render(page(gardenScene(style), 320, 240, 8)));
        }
        for (int i = 0; i < styles.size(); i++) {
            for (int j = i + 1; j < styles.size(); j++) {
                assertThat(changedPixelShare(pictures.get(i), pictures.get(j)))
                        .as(styles.get(i) + " vs " + styles.get(j)).isGreaterThan(0.10);
            }
        }
    }

    @Test
    void unknownArtStyleFallsBackToStorybook() {
        assertThat(illustrator.draw(page(gardenScene("no-such-style"), 200, 150, 4)).bytes())
                .isEqualTo(illustrator.draw(page(gardenScene("storybook"), 200, 150, 4)).bytes());
    }

    @Test
    void drawsACharacterReferenceSheet() {
        SceneSketch sketch = new SceneSketch("storybook", List.of("#f6c1a6"), null, null, null, null, null,
                List.of(child(OUTFIT), dragon(), look("Tom", "cat"), look("Bo", "robot")), null);
        BufferedImage sheet = decode(illustrator.draw(
                new ImageRequest(Purpose.CHARACTER_REFERENCE, "", sketch, 1024, 512, 1, null)));

        assertThat(sheet.getWidth()).isEqualTo(1024);
        assertThat(sheet.getHeight()).isEqualTo(512);
        assertThat(pixelsNear(sheet, rgb(OUTFIT), 12)).isGreaterThan(300);
    }

    @Test
    void drawsASmallStylePreview() {
        SceneSketch sketch = new SceneSketch("pencil", List.of(), "", "", "", "", List.of(), List.of(), "");
        BufferedImage preview = decode(illustrator.draw(
                new ImageRequest(Purpose.STYLE_PREVIEW, "", sketch, 240, 180, 1, null)));

        assertThat(preview.getWidth()).isEqualTo(240);
        assertThat(preview.getHeight()).isEqualTo(180);
        assertThat(distinctColours(preview)).isGreaterThan(50);
    }

    @Test
    void everyPurposeGivesADifferentPicture() {
        SceneSketch scene = gardenScene("storybook");
        BufferedImage pageImage = render(new ImageRequest(Purpose.PAGE, "", scene, 320, 240, 1, null));
        BufferedImage sheet = render(new ImageRequest(Purpose.CHARACTER_REFERENCE, "", scene, 320, 240, 1, null));

        assertThat(changedPixelShare(pageImage, sheet)).isGreaterThan(0.3);
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "64, 64", "0, 500", "-5, -5", "5000, 40", "2048, 2048", "3000, 3000", "64, 2048"})
    void extremeSizesAreClampedAndStillDrawn(int width, int height) {
        BufferedImage image = render(page(gardenScene("storybook"), width, height, 1));

        assertThat(image.getWidth()).isEqualTo(Math.clamp(width, 64, 2048));
        assertThat(image.getHeight()).isEqualTo(Math.clamp(height, 64, 2048));
    }

    @Test
    void survivesMissingAndMalformedInput() {
        // SceneSketch itself rejects null list elements, so malformed values are the worst a list can hold.
        List<String> badPalette = List.of("red", "#12", "#zzzzzz", "", "#1234567");
        List<SceneSketch.Character> oddCast = List.of(
                new SceneSketch.Character(null, null, null, null, null, null, null, null),
                new SceneSketch.Character("X", "quantum-noodle", "", "blue", "#GGGGGG", "", "#1234567", "not a colour"),
                new SceneSketch.Character("", "   ", "", "", "", "", "", ""),
                new SceneSketch.Character("Kid", "CHILD", null, "#abc", " #FFCC99 ", "#00f", "#ff0000", "#00ff00"));
        List<SceneSketch> sketches = List.of(
                new SceneSketch(null, null, null, null, null, null, null, null, null),
                new SceneSketch("", List.of(), "", " ", "", "", List.of(), List.of(), ""),
                new SceneSketch("pixel", badPalette, "   ", "teatime", "??", "...", List.of(
                        "", "a flux capacitor", "UMBRELLA", "kite", "   "), oddCast, "sideways"),
                new SceneSketch("cartoon", List.of("#ffffff"), "space", "night", "scared", "runs away",
                        List.of("rocket", "star", "rainbow", "balloon", "egg", "cake", "boat"), oddCast, "close-up"));
        for (SceneSketch sketch : sketches) {
            for (Purpose purpose : Purpose.values()) {
                for (long seed : new long[] {0, -1, Long.MIN_VALUE, Long.MAX_VALUE}) {
                    assertThatCode(() -> decode(illustrator.draw(
                            new ImageRequest(purpose, null, sketch, 160, 120, seed, null))))
                            .doesNotThrowAnyException();
                }
            }
        }
        assertThatCode(() -> decode(illustrator.draw(new ImageRequest(null, null, null, 100, 100, 0, null))))
                .doesNotThrowAnyException();
    }

    @Test
    void everyKindOfCharacterAndPlaceCanBeDrawn() {
        String[] kinds = {"child", "grandma", "dragon", "cat", "dog", "bunny", "bear", "owl", "bird", "robot", "fairy",
                "unicorn", "horse", "fish", "dinosaur", "jelly monster"};
        String[] places = {"a garden", "a deep forest", "the beach", "snowy hills", "a little town", "outer space",
                "under the sea", "a castle", "the classroom", "a bedroom", "a meadow"};
        Set<Integer> hashes = new HashSet<>();
        for (int i = 0; i < kinds.length; i++) {
            SceneSketch sketch = new SceneSketch("storybook", List.of(), places[i % places.length], "day", "happy",
                    "playing", List.of(), List.of(child(OUTFIT), look("Pal", kinds[i])), "medium");
            hashes.add(Arrays.hashCode(illustrator.draw(page(sketch, 200, 150, 1)).bytes()));
        }
        assertThat(hashes).hasSize(kinds.length);
    }

    @Test
    void drawsFromTheSketchAndIgnoresThePrompt() {
        SceneSketch scene = gardenScene("storybook");
        byte[] one = illustrator.draw(new ImageRequest(Purpose.PAGE, "a castle at night", scene, 200, 150, 1, null)).bytes();
        byte[] two = illustrator.draw(new ImageRequest(Purpose.PAGE, "an underwater city", scene, 200, 150, 1, null)).bytes();

        assertThat(one).isEqualTo(two);
    }

    @Test
    void rejectsANegativeLatency() {
        assertThatThrownBy(() -> new OfflineIllustrator(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void simulatedLatencyDelaysEachCall() {
        OfflineIllustrator slow = new OfflineIllustrator(Duration.ofMillis(200));
        long start = System.nanoTime();
        slow.draw(page(gardenScene("storybook"), 64, 64, 1));
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(elapsedMillis).isGreaterThanOrEqualTo(200);
    }

    // ---- helpers ----

    static SceneSketch gardenScene(String style) {
        return new SceneSketch(style, List.of("#f6c1a6", "#8ec5e8", "#b8e0a8"), "a sunny garden with tall sunflowers",
                "morning", "cheerful", "Mia waves hello to Spark", List.of("red ball", "egg", "kite"),
                List.of(child(OUTFIT), dragon()), "medium shot");
    }

    static SceneSketch withAction(SceneSketch s, String action) {
        return new SceneSketch(s.artStyle(), s.palette(), s.setting(), s.timeOfDay(), s.mood(), action, s.props(),
                s.characters(), s.camera());
    }

    static SceneSketch.Character child(String outfit) {
        return new SceneSketch.Character("Mia", "child", "a girl with curly hair", "#4a2c1a", "#c98d64", "#2e6b3a",
                outfit, "#f2c14e");
    }

    static SceneSketch.Character dragon() {
        return new SceneSketch.Character("Spark", "dragon", "a small dragon", "#5fbf8a", "#f6e7b0", "#6b3fa0",
                "#5b8def", "#f28b82");
    }

    static SceneSketch.Character look(String name, String kind) {
        return new SceneSketch.Character(name, kind, "", "#c8955e", "#f3dcc0", "#3d2b22", "#5b8def", "#f2b84b");
    }

    static ImageRequest page(SceneSketch sketch, int width, int height, long seed) {
        return new ImageRequest(Purpose.PAGE, "a prompt the offline illustrator ignores", sketch, width, height, seed,
                null);
    }

    BufferedImage render(ImageRequest request) {
        return decode(illustrator.draw(request));
    }

    static BufferedImage decode(GeneratedImage image) {
        try {
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image.bytes()));
            assertThat(decoded).as("decodable PNG").isNotNull();
            return decoded;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int rgb(String hex) {
        return Integer.parseInt(hex.substring(1), 16);
    }

    static int pixelsNear(BufferedImage image, int rgb, int tolerance) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                if (Math.abs((p >> 16 & 0xff) - (rgb >> 16 & 0xff)) <= tolerance
                        && Math.abs((p >> 8 & 0xff) - (rgb >> 8 & 0xff)) <= tolerance
                        && Math.abs((p & 0xff) - (rgb & 0xff)) <= tolerance) {
                    count++;
                }
            }
        }
        return count;
    }

    static double changedPixelShare(BufferedImage a, BufferedImage b) {
        assertThat(b.getWidth()).isEqualTo(a.getWidth());
        assertThat(b.getHeight()).isEqualTo(a.getHeight());
        long changed = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                int diff = Math.abs((p >> 16 & 0xff) - (q >> 16 & 0xff)) + Math.abs((p >> 8 & 0xff) - (q >> 8 & 0xff))
                        + Math.abs((p & 0xff) - (q & 0xff));
                if (diff > 24) {
                    changed++;
                }
            }
        }
        return (double) changed / ((long) a.getWidth() * a.getHeight());
    }

    static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
