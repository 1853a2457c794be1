package io.storyloom.web;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The axe-core accessibility rules, run inside the page. The script is evaluated through the
 * browser's debugging protocol, which the page's Content-Security-Policy does not govern, so the
 * policy stays on while it runs.
 */
final class Axe {

    private static final String SOURCE = load();

    private Axe() {
    }

    /**
     * "rule: what is wrong (the elements)" for each violation of the WCAG A/AA rules; empty when none.
     * axe waits on timers, so a page clock that was stopped runs again from here on.
     */
    @SuppressWarnings("unchecked")
    static List<String> violations(Page page) {
        page.clock().resume();
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
            page.evaluate(SOURCE);
        }
        return (List<String>) page.evaluate("""
                async () => {
                  const result = await axe.run(document, {
                    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
                    resultTypes: ['violations'],
                  });
                  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
                }
                """);
    }

    private static String load() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path");
            }
            // Wrapped so that evaluating it defines window.axe rather than returning a value.
            return "() => { " + new String(in.readAllBytes(), StandardCharsets.UTF_8) + "\n}";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
