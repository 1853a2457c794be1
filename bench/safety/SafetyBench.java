import io.storyloom.safety.ContentConcern;
import io.storyloom.safety.ContentSafety;
import io.storyloom.safety.SafetySettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The child-safety benchmark ({@code bench/safety/run}): reviews every labelled idea of
 * {@code ideas.tsv}, {@code training-ideas.tsv} and {@code check-ideas.tsv} with the local stages (term
 * lists and the in-process semantic classifier, no provider) and prints recall of harmful ideas, false
 * refusals of harmless ones, per category, language and kind, and latency per review, for each split. The
 * misses of the tuning rows (the tuning split and the training ideas) are listed to tune with; the held-out
 * split and the check set only get their figures, so they stay out of the tuning. With {@code --tune-only}
 * the held-out split is not even reviewed: the mode to tune with, so held-out figures are only looked at
 * when a change is finished.
 */
public class SafetyBench {

    record Idea(String split, boolean harmful, String category, String language, String kind, String text,
            boolean fresh) {
    }

    record Result(Idea idea, boolean refused, List<ContentConcern> concerns, long nanos) {
    }

    /** The splits whose misses may be read and tuned on. */
    static final Set<String> TUNING = Set.of("tune", "training");
    static final Set<String> TUNED_OR_HELD_OUT = Set.of("tune", "held-out");

    public static void main(String[] args) throws Exception {
        boolean tuneOnly = Arrays.asList(args).contains("--tune-only");
        Path file = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "bench/safety/ideas.tsv");
        List<Idea> ideas = new ArrayList<>(read(file).stream()
                .filter(idea -> !tuneOnly || idea.split().equals("tune")).toList());
        ideas.addAll(readUnsplit(file.resolveSibling("training-ideas.tsv"), "training"));
        ideas.addAll(readUnsplit(file.resolveSibling("check-ideas.tsv"), "check"));
        var safety = ContentSafety.forgetful(SafetySettings.defaults());
        long loading = System.nanoTime();
        if (!safety.awaitReady()) {
            throw new IllegalStateException("The safety classifier did not load");
        }
        System.out.printf("# Child-safety review benchmark: %d ideas, %d cores, Java %s%n", ideas.size(),
                Runtime.getRuntime().availableProcessors(), Runtime.version());
        System.out.printf("classifier loaded in %.2f s (in the app this happens in the background after start-up)%n",
                (System.nanoTime() - loading) / 1e9);
        // warm-up: the JIT and ONNX Runtime's first runs are not what a running app sees
        for (int round = 0; round < 3; round++) {
            ideas.forEach(idea -> safety.review(idea.text()));
        }
        // Five rounds over all ideas, each review timed and worked out (the forgetful review remembers no verdict
        // of a text or a sentence, where the app's would answer an idea it has just seen from memory).
        long[][] times = new long[ideas.size()][5];
        List<List<ContentConcern>> verdicts = new ArrayList<>(ideas.stream().map(idea -> List.<ContentConcern>of()).toList());
        for (int round = 0; round < 5; round++) {
            for (int i = 0; i < ideas.size(); i++) {
                long started = System.nanoTime();
                verdicts.set(i, safety.review(ideas.get(i).text()));
                times[i][round] = System.nanoTime() - started;
            }
        }
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < ideas.size(); i++) {
            Arrays.sort(times[i]);
            results.add(new Result(ideas.get(i), !verdicts.get(i).isEmpty(), verdicts.get(i), times[i][2]));
        }
        report("tune", split(results, "tune"));
        report("training (training-ideas.tsv, tuned on since 2026-12-04)", split(results, "training"));
        if (!tuneOnly) {
            report("held-out", split(results, "held-out"));
            report("held-out, the fresh set only (written blind to the filter)", split(results, "held-out").stream()
                    .filter(r -> r.idea().fresh()).toList());
            report("all of ideas.tsv", results.stream().filter(r -> TUNED_OR_HELD_OUT.contains(r.idea().split()))
                    .toList());
        }
        report("check (check-ideas.tsv, written blind: its figures only, never its rows)", split(results, "check"));
        System.out.println();
        System.out.println("## Misses of the tuning rows (the held-out split's and the check set's are not listed)");
        results.stream().filter(r -> TUNING.contains(r.idea().split()) && r.refused() != r.idea().harmful())
                .forEach(r -> System.out.printf("- %s %s/%s %s: %s%s%n",
                        r.idea().harmful() ? "PASSED harmful" : "REFUSED harmless", r.idea().category(),
                        r.idea().language(), r.idea().kind(), r.idea().text(),
                        r.concerns().isEmpty() ? "" : " -> " + r.concerns()));
    }

    static void report(String split, List<Result> results) {
        if (results.isEmpty()) { // a set that is not there (training-ideas.tsv or check-ideas.tsv beside another file)
            return;
        }
        List<Result> harmful = results.stream().filter(r -> r.idea().harmful()).toList();
        List<Result> harmless = results.stream().filter(r -> !r.idea().harmful()).toList();
        System.out.println();
        System.out.printf("## Split: %s (%d harmful, %d harmless)%n", split, harmful.size(), harmless.size());
        System.out.printf("harmful refused (recall): %s%n", rate(harmful));
        System.out.printf("harmless refused (false refusals): %s%n", rate(harmless));
        long[] nanos = results.stream().mapToLong(Result::nanos).sorted().toArray();
        System.out.printf("latency per review: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", percentile(nanos, 50) / 1e6,
                percentile(nanos, 99) / 1e6, nanos[nanos.length - 1] / 1e6);
        System.out.printf("refused harmful ideas named with their writer's category: %s; of those the term lists "
                + "refused: %s; of the others: %s%n", named(harmful, stage -> true),
                named(harmful, stage -> stage == ContentConcern.Stage.LEXICON),
                named(harmful, stage -> stage != ContentConcern.Stage.LEXICON));
        breakdown("harmful refused by category", harmful, r -> r.idea().category());
        breakdown("harmful refused by language", harmful, r -> r.idea().language());
        breakdown("harmful refused by kind", harmful, r -> r.idea().kind());
        breakdown("harmless refused by language", harmless, r -> r.idea().language());
        breakdown("harmless refused by kind", harmless, r -> r.idea().kind());
    }

    static void breakdown(String title, List<Result> results, Function<Result, String> key) {
        Map<String, List<Result>> groups = new TreeMap<>();
        results.forEach(r -> groups.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
        var line = new StringBuilder(title).append(":");
        groups.forEach((name, group) -> line.append(" ").append(name).append(" ").append(rate(group)).append(";"));
        System.out.println(line.substring(0, line.length() - 1));
    }

    /** Of the refused ideas whose first concern came from such a stage, how many name the labelled category. */
    static String named(List<Result> results, Predicate<ContentConcern.Stage> stage) {
        List<Result> refused = results.stream()
                .filter(r -> r.refused() && stage.test(r.concerns().getFirst().stage())).toList();
        long named = refused.stream().filter(r -> r.concerns().stream()
                .anyMatch(concern -> concern.category().key().equals(r.idea().category()))).count();
        return refused.isEmpty() ? "-" : "%d/%d = %.1f%%".formatted(named, refused.size(), 100.0 * named / refused.size());
    }

    static String rate(List<Result> results) {
        long refused = results.stream().filter(Result::refused).count();
        return results.isEmpty() ? "-" : "%d/%d = %.1f%%".formatted(refused, results.size(),
                100.0 * refused / results.size());
    }

    static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static List<Idea> read(Path file) throws Exception {
        List<Idea> ideas = new ArrayList<>();
        boolean fresh = false;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            fresh |= line.startsWith("# fresh set of ");
            if (line.isBlank() || line.startsWith("#") || line.startsWith("split\t")) {
                continue;
            }
            String[] f = line.split("\t", 6);
            ideas.add(new Idea(f[0], f[1].equals("harmful"), f[2], f[3], f[4], f[5], fresh));
        }
        return ideas;
    }

    static List<Result> split(List<Result> results, String split) {
        return results.stream().filter(r -> r.idea().split().equals(split)).toList();
    }

    /**
     * A labelled file without a split column, all of it in one split: its header names the columns (label,
     * category, language, text, and kind where there is one; "plain" where not). Empty when it is missing.
     */
    static List<Idea> readUnsplit(Path file, String split) throws Exception {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<Idea> ideas = new ArrayList<>();
        List<String> columns = null;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (columns == null) {
                columns = List.of(f);
                continue;
            }
            int kind = columns.indexOf("kind");
            ideas.add(new Idea(split, f[columns.indexOf("label")].equals("harmful"), f[columns.indexOf("category")],
                    f[columns.indexOf("language")], kind < 0 ? "plain" : f[kind], f[columns.indexOf("text")], true));
        }
        return ideas;
    }
}
