package io.storyloom.export;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The {@code Content-Disposition} of a download named after the book's title: an ASCII
 * {@code filename} every client understands, and the UTF-8 title in {@code filename*} (RFC 6266,
 * RFC 5987) for the clients that read it.
 */
final class DownloadName {

    private static final int MAX_LENGTH = 80;
    private static final String FALLBACK = "storyloom-book";

    private DownloadName() {
    }

    static String contentDisposition(String title, String extension) {
        return "attachment; filename=\"" + ascii(title) + "." + extension + "\"; filename*=UTF-8''"
                + encode(unicode(title) + "." + extension);
    }

    /** Letters and digits without accents, words joined by hyphens: {@code Ça va, Zoë?} becomes {@code Ca-va-Zoe}. */
    static String ascii(String title) {
        String plain = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .replace("ß", "ss").replace("æ", "ae").replace("Æ", "AE").replace("ø", "o").replace("Ø", "O")
                .replace("œ", "oe").replace("Œ", "OE").replace("ł", "l").replace("Ł", "L")
                .replaceAll("[^A-Za-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        plain = cut(plain).replaceAll("-+$", "");
        return plain.isEmpty() ? FALLBACK : plain;
    }

    /** The title as a file name: without characters a file system or a header cannot hold. */
    static String unicode(String title) {
        String name = (title == null ? "" : title)
                .replaceAll("[\\p{Cntrl}\\\\/:*?\"<>|]+", " ")
                .replaceAll("\\s+", " ")
                .strip();
        name = name.codePointCount(0, name.length()) > MAX_LENGTH
                ? name.substring(0, name.offsetByCodePoints(0, MAX_LENGTH)).strip()
                : name;
        return name.isEmpty() ? FALLBACK : name;
    }

    /** RFC 5987 value-chars: percent-encoded UTF-8, spaces as {@code %20} (not {@code +}). */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("*", "%2A")
                .replace("%7E", "~");
    }

    private static String cut(String value) {
        return value.length() > MAX_LENGTH ? value.substring(0, MAX_LENGTH) : value;
    }
}
