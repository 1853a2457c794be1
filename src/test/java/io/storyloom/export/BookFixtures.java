package io.storyloom.export;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntFunction;
import javax.imageio.ImageIO;

/** Books made by hand for the exporters' own tests, with pictures drawn here. */
final class BookFixtures {

    static final String HOSTILE = "<script>alert(1)</script> & \"Tom\" <b>bold</b> & 'Jerry' ]]> &amp;";

    private BookFixtures() {
    }

    /** A book whose pages carry the given texts, each with a picture of the given size. */
    static BookSnapshot book(String title, String child, String language, List<String> texts, int width, int height) {
        return book(title, child, language, texts, number -> new BookSnapshot.Picture("page-" + number + ".png",
                png(width, height, number), "image/png", width, height, "Scene " + number + " with " + HOSTILE));
    }

    /** A book whose pages carry the given texts, page n with the picture made for n. */
    static BookSnapshot book(String title, String child, String language, List<String> texts,
            IntFunction<BookSnapshot.Picture> pictureOfPage) {
        List<BookSnapshot.BookPage> pages = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            int number = i + 1;
            pages.add(new BookSnapshot.BookPage(number, BookText.paragraphs(texts.get(i)), pictureOfPage.apply(number)));
        }
        return new BookSnapshot(UUID.randomUUID(), title, child, language,
                OffsetDateTime.of(2026, 11, 21, 10, 15, 30, 123_000, ZoneOffset.ofHours(1)), pages.getFirst().picture(),
                pages);
    }

    /** A soft two-colour picture, different for each page. */
    static byte[] png(int width, int height, int seed) {
        return encode(softPicture(width, height, seed));
    }

    private static BufferedImage softPicture(int width, int height, int seed) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(140 + seed * 10 % 100, 190, 230), width, height,
                new Color(250, 220 - seed * 7 % 60, 160)));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(255, 255, 255, 160));
        g.fillOval(width / 3, height / 4, width / 3, height / 2);
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image) {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A picture with a painter's grain over the soft colours: as heavy as an image provider's PNG
     * (about a megabyte at 1024×768), where the smooth {@link #png} packs into a few kilobytes.
     */
    static byte[] paintedPng(int width, int height, int seed) {
        BufferedImage image = softPicture(width, height, seed);
        var random = new Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = image.getRGB(x, y);
                int grain = random.nextInt(33) - 16;
                image.setRGB(x, y, (channel(rgb >> 16, grain) << 16) | (channel(rgb >> 8, grain) << 8) | channel(rgb, grain));
            }
        }
        return encode(image);
    }

    private static int channel(int value, int grain) {
        return Math.clamp((value & 0xff) + grain, 0, 255);
    }

    /** Text of about this many characters, in sentences. */
    static String words(int length) {
        String sentence = "Élodie, Łukasz and Zoë counted the stars over the quiet sea. ";
        var text = new StringBuilder();
        while (text.length() < length) {
            text.append(sentence);
        }
        return text.substring(0, length).strip();
    }
}
