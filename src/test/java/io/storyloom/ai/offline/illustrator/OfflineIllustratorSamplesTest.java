package io.storyloom.ai.offline.illustrator;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyloom.ai.GeneratedImage;
import io.storyloom.ai.ImageRequest;
import io.storyloom.ai.ImageRequest.Purpose;
import io.storyloom.ai.SceneSketch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Writes sample pictures to target/offline-illustrator-samples/ for people to look at. */
class OfflineIllustratorSamplesTest {

    static final Path DIR = Path.of("target", "offline-illustrator-samples");

    static final SceneSketch.Character MIA = new SceneSketch.Character("Mia", "child", "curly-haired girl",
            "#4a2c1a", "#c98d64", "#2e6b3a", "#e8574c", "#f2c14e");
    static final SceneSketch.Character SPARK = new SceneSketch.Character("Spark", "dragon", "small friendly dragon",
            "#5fbf8a", "#f6e7b0", "#6b3fa0", "#5b8def", "#f28b82");
    static final List<String> PALETTE = List.of("#f6c1a6", "#8ec5e8", "#b8e0a8", "#f2d27a");

    private final OfflineIllustrator illustrator = new OfflineIllustrator(Duration.ZERO);

    @Test
    void writesSamplesForPeopleToLookAt() throws IOException {
        Files.createDirectories(DIR);
        String[] styles = {"storybook", "watercolor", "crayon", "paper_cut", "pencil", "pixel", "cartoon"};
        for (String style : styles) {
            write("page-" + style, Purpose.PAGE, 768, 576, 7, new SceneSketch(style, PALETTE,
                    "a sunny garden with tall sunflowers", "morning", "cheerful",
                    "Mia waves hello to Spark", List.of("red ball", "egg"), List.of(MIA, SPARK), "medium shot"));
        }
        write("reference-sheet", Purpose.CHARACTER_REFERENCE, 768, 576, 1, new SceneSketch("storybook", PALETTE,
                "", "", "", "", List.of(), List.of(MIA, SPARK,
                        new SceneSketch.Character("Tom", "cat", "", "#f0a055", null, "#3a7bd5", "#6a4fb3", "#e07b39"),
                        new SceneSketch.Character("Bo", "robot", "", "#aab8c8", null, "#4fc3f7", "#f2b84b", "#ef6f6c")),
                "front"));
        write("preview-watercolor", Purpose.STYLE_PREVIEW, 240, 180, 3, new SceneSketch("watercolor", PALETTE,
                "", "", "", "", List.of(), List.of(), ""));
        write("night-forest", Purpose.PAGE, 768, 576, 11, new SceneSketch("storybook", PALETTE,
                "a quiet forest", "night", "calm", "Mia and Spark look at the stars",
                List.of("lantern", "star"), List.of(MIA, SPARK), "wide shot"));
        write("beach-kite", Purpose.PAGE, 768, 576, 12, new SceneSketch("storybook", PALETTE,
                "a sandy beach", "afternoon", "excited", "Mia flies a kite",
                List.of("kite", "bucket and spade", "shell"), List.of(MIA, SPARK), "medium"));
        write("bedroom-closeup", Purpose.PAGE, 768, 576, 13, new SceneSketch("storybook", PALETTE,
                "Mia's cosy bedroom", "night", "sleepy", "Mia reads a book with Spark",
                List.of("book", "teddy bear"), List.of(MIA, SPARK), "close-up"));
        write("rainy-town-crayon", Purpose.PAGE, 768, 576, 14, new SceneSketch("crayon", PALETTE,
                "a little town", "day", "sad", "Mia walks home in the rain",
                List.of("umbrella", "puddle"), List.of(MIA, SPARK), "medium"));
        try (var files = Files.list(DIR)) {
            assertThat(files.count()).isGreaterThanOrEqualTo(13);
        }
    }

    private void write(String name, Purpose purpose, int w, int h, long seed, SceneSketch sketch) throws IOException {
        GeneratedImage image = illustrator.draw(new ImageRequest(purpose, "", sketch, w, h, seed, null));
        Files.write(DIR.resolve(name + ".png"), image.bytes());
    }
}
