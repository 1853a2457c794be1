package io.storyloom.ai.offline.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

/**
 * The review sheet: twelve varied ideas made into books by the offline writer and illustrator, every
 * page's picture with its text underneath, in one PNG a person can judge at a glance:
 * {@code target/offline-contact-sheet.png}; or the kept ideas of another language,
 * {@code target/offline-contact-sheet-<lang>.png}. It takes about twenty seconds, so it runs only when asked:
 * {@code bench/contact-sheet [es|fr|de]}.
 */
@org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "contactSheet", matches = "true")
class OfflineContactSheetTest {

    static final Path SHEET = Path.of("target", "offline-contact-sheet.png");
    private static final int PICTURE_W = 240;
    private static final int PICTURE_H = 180;
    private static final int TEXT_H = 150;
    private static final int TITLE_W = 150;
    private static final String[][] IDEAS = {
            {"Mia", "she/her", "Mia finds a dragon egg in the garden", "watercolor"},
            {"Leo", "he/him", "Leo builds a treehouse with his grandpa", "storybook"},
            {"Sam", "they/them", "Sam takes the train to the seaside", "crayon"},
            {"Ava", "she/her", "a rocket trip to the moon", "cartoon"},
            {"Noah", "he/him", "Noah meets friendly dinosaurs in the jungle", "paper_cut"},
            {"Zara", "she/her", "Zara loses her teddy bear at the park", "pencil"},
            {"Ella", "she/her", "baking a birthday cake in the kitchen with mum", "storybook"},
            {"Ivy", "", "a day at the zoo meeting a baby elephant", "watercolor"},
            {"Jack", "he/him", "rescuing a kitten stuck up a tree", "pixel"},
            {"Max", "he/him", "Max builds a snowman in the snow", "crayon"},
            {"Nia", "she/her", "exploring under the sea in a yellow submarine", "cartoon"},
            {"Kai", "he/him", "Kai and his dog Biscuit go camping in the forest", "storybook"}};

    private static final String[] STYLES = {"watercolor", "storybook", "crayon", "cartoon", "paper_cut", "pencil",
            "pixel"};

    /**
     * The books of the sheet: the twelve English ideas, or with {@code -DcontactSheetLanguage=es} (fr, de) the
     * kept ideas of that language from {@code offline/ideas-languages.json}, each in a style of its own.
     */
    private static String[][] ideas(String language) {
        if ("en".equals(language)) {
            return IDEAS;
        }
        JsonNode all = JsonMapper.builder().build().readTree(
                OfflineContactSheetTest.class.getResourceAsStream("/offline/ideas-languages.json"));
        var out = new ArrayList<String[]>();
        for (JsonNode i : all) {
            if (i.get("language").asString().equals(language)) {
                out.add(new String[] {i.get("name").asString(), i.get("pronouns").asString(), i.get("idea").asString(),
                        STYLES[out.size() % STYLES.length]});
            }
        }
        return out.toArray(String[][]::new);
    }

    @Test
    void drawsTwelveBooksPageByPageWithTheirText() throws IOException {
        String language = System.getProperty("contactSheetLanguage", "en");
        String[][] ideas = ideas(language);
        Path sheetFile = "en".equals(language) ? SHEET : Path.of("target", "offline-contact-sheet-" + language + ".png");
        var books = new ArrayList<OfflineBook>();
        for (int i = 0; i < ideas.length; i++) {
            var brief = new java.util.LinkedHashMap<>(OfflineBook.brief(ideas[i][0], ideas[i][1], ideas[i][2],
                    ideas[i][3]));
            brief.put("language", language);
            books.add(OfflineBook.make(brief, 100 + i, PICTURE_W, PICTURE_H, true));
        }
        int pages = books.stream().mapToInt(b -> b.pictures().size()).max().orElse(0);
        int rowH = PICTURE_H + TEXT_H + 10;
        var sheet = new BufferedImage(TITLE_W + pages * (PICTURE_W + 8), books.size() * rowH,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
        for (int row = 0; row < books.size(); row++) {
            OfflineBook book = books.get(row);
            int y = row * rowH;
            g.setColor(new Color(0x333333));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
            wrap(g, book.title(), 6, y + 18, TITLE_W - 12, 6);
            g.setFont(new Font(Font.SANS_SERIF, Font.ITALIC, 11));
            wrap(g, "“" + ideas[row][2] + "” (" + ideas[row][3] + ")", 6, y + 90, TITLE_W - 12, 6);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
            for (int p = 0; p < book.pictures().size(); p++) {
                int x = TITLE_W + p * (PICTURE_W + 8);
                g.drawImage(ImageIO.read(new ByteArrayInputStream(book.pictures().get(p))), x, y, null);
                g.setColor(new Color(0x222222));
                wrap(g, book.texts().get(p), x, y + PICTURE_H + 12, PICTURE_W, 11);
            }
            g.setColor(new Color(0xdddddd));
            g.drawLine(0, y + rowH - 3, sheet.getWidth(), y + rowH - 3);
        }
        g.dispose();
        Files.createDirectories(sheetFile.getParent());
        ImageIO.write(sheet, "png", sheetFile.toFile());

        assertThat(books).extracting(OfflineBook::title).doesNotHaveDuplicates();
        assertThat(sheetFile).exists();
    }

    /** Draws text word-wrapped into a column, at most {@code lines} lines. */
    private static void wrap(Graphics2D g, String text, int x, int y, int width, int lines) {
        FontMetrics m = g.getFontMetrics();
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (m.stringWidth(line + " " + word) > width && !line.isEmpty()) {
                out.add(line.toString());
                line = new StringBuilder();
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        out.add(line.toString());
        for (int i = 0; i < Math.min(lines, out.size()); i++) {
            g.drawString(out.get(i), x, y + i * (m.getHeight()));
        }
    }
}
