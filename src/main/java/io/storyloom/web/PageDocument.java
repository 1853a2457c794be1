package io.storyloom.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The page's one HTML document, with every {@code /assets/} address rewritten to
 * {@code /assets/v-<version>/}, where the version is a digest of all the page's files. Scripts import
 * each other by relative paths, so they stay under the same versioned folder: a release changes every
 * address at once and browsers may keep the files for a year without asking again.
 */
@Component
class PageDocument {

    static final String ASSETS = "/assets/";

    private final String version;
    private final String html;

    PageDocument() {
        var resolver = new PathMatchingResourcePatternResolver();
        try {
            Resource[] assets = resolver.getResources("classpath:/static/assets/**/*.*");
            this.version = digest(assets);
            String original = resolver.getResource("classpath:/static/index.html").getContentAsString(StandardCharsets.UTF_8);
            this.html = original.replace("\"" + ASSETS, "\"" + versionedPrefix());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder the document names its files under, e.g. {@code /assets/v-1a2b3c4d5e6f/}. */
    String versionedPrefix() {
        return ASSETS + "v-" + version + "/";
    }

    String html() {
        return html;
    }

    String version() {
        return version;
    }

    private static String digest(Resource[] assets) throws IOException {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            var sorted = Arrays.stream(assets).filter(Resource::isReadable)
                    .sorted(Comparator.comparing(PageDocument::name)).toList();
            for (Resource asset : sorted) {
                sha.update(name(asset).getBytes(StandardCharsets.UTF_8));
                sha.update(asset.getContentAsByteArray());
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String name(Resource resource) {
        try {
            String url = resource.getURL().toString();
            return url.substring(url.lastIndexOf("/static/assets/") + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
