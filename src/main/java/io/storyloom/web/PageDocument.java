package io.storyloom.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The page's one HTML document, made ready for slow connections once at start-up:
 * <ul>
 * <li>every {@code /assets/} address is rewritten to {@code /assets/v-<version>/}, where the version is
 * a digest of all the page's files. Scripts import each other by relative paths, so they stay under
 * the same versioned folder: a release changes every address at once and browsers may keep the files
 * for a year without asking again;</li>
 * <li>its stylesheets are served as one ({@link #styles()}), so the first paint waits for one file;</li>
 * <li>the scripts the start script imports (not those it loads later for other screens) are named
 * up front as {@code modulepreload}, so they arrive in parallel rather than one import at a time.</li>
 * </ul>
 */
@Component
class PageDocument {

    static final String ASSETS = "/assets/";

    static final String STYLES = "css/page.css";
    private static final Pattern STYLESHEET = Pattern.compile("\\s*<link rel=\"stylesheet\" href=\"/assets/([^\"]+)\">");
    private static final Pattern MODULE = Pattern.compile("<script type=\"module\" src=\"/assets/([^\"]+)\"></script>");
    private static final Pattern STATIC_IMPORT = Pattern.compile("^import\\s[^;]*?from\\s+'([^']+)';", Pattern.MULTILINE);

    private final String version;
    private final String html;
    private final String styles;

    PageDocument() {
        var resolver = new PathMatchingResourcePatternResolver();
        try {
            Resource[] assets = resolver.getResources("classpath:/static/assets/**/*.*");
            this.version = digest(assets);
            String original = resolver.getResource("classpath:/static/index.html").getContentAsString(StandardCharsets.UTF_8);
            var css = new StringBuilder();
            Matcher sheets = STYLESHEET.matcher(original);
            while (sheets.find()) {
                css.append(asset(resolver, sheets.group(1))).append('\n');
            }
            this.styles = css.toString();
            String page = sheets.replaceFirst("\n  <link rel=\"stylesheet\" href=\"/bundled/" + STYLES + "\">");
            page = STYLESHEET.matcher(page).replaceAll("").replace("/bundled/", ASSETS);
            Matcher start = MODULE.matcher(page);
            if (start.find()) {
                var preloads = new StringBuilder();
                for (String module : staticImports(resolver, start.group(1))) {
                    preloads.append("<link rel=\"modulepreload\" href=\"/assets/").append(module).append("\">\n  ");
                }
                page = page.substring(0, start.start()) + preloads + page.substring(start.start());
            }
            this.html = page.replace("\"" + ASSETS, "\"" + versionedPrefix());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every stylesheet the document names, in its order, as one; relative URLs still resolve from css/. */
    String styles() {
        return styles;
    }

    /** The modules a script imports statically, directly or not (itself excluded), as paths under assets/. */
    private static Set<String> staticImports(PathMatchingResourcePatternResolver resolver, String script) throws IOException {
        Set<String> found = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(script));
        while (!todo.isEmpty()) {
            String current = todo.pop();
            Matcher imports = STATIC_IMPORT.matcher(asset(resolver, current));
            while (imports.find()) {
                String target = URI.create("x:/" + current).resolve(imports.group(1)).getPath().substring(1);
                if (!target.equals(script) && found.add(target)) {
                    todo.push(target);
                }
            }
        }
        return found;
    }

    private static String asset(PathMatchingResourcePatternResolver resolver, String path) throws IOException {
        return resolver.getResource("classpath:/static/assets/" + path).getContentAsString(StandardCharsets.UTF_8);
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
