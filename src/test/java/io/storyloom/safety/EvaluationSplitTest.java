package io.storyloom.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every idea of {@code bench/safety/ideas.tsv} sits in the split its text's hash gives it (held-out when the
 * first byte of the SHA-1 of its UTF-8 text is divisible by 3): an idea written while tuning that hashes to
 * held-out must be left out, not filed under tune, or the held-out split would no longer be unseen ideas.
 */
class EvaluationSplitTest {

    @Test
    void everyIdeaIsInTheSplitItsHashGivesIt() throws IOException, NoSuchAlgorithmException {
        List<String[]> rows = Files.readAllLines(Path.of("bench/safety/ideas.tsv"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.startsWith("#") && !line.startsWith("split\t") && !line.isBlank())
                .map(line -> line.split("\t", 6))
                .toList();
        assertThat(rows).hasSizeGreaterThan(300);
        var sha1 = MessageDigest.getInstance("SHA-1");
        for (String[] row : rows) {
            int first = sha1.digest(row[5].getBytes(StandardCharsets.UTF_8))[0] & 0xff;
            assertThat(row[0]).as(row[5]).isEqualTo(first % 3 == 0 ? "held-out" : "tune");
        }
    }
}
