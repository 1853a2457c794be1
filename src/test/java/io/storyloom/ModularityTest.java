package io.storyloom;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The feature packages depend on each other one way only (story ← generation → prompt → ai,
 * generation → media) and reach into no other feature's internals; Spring Modulith checks it. Each
 * table has one owning module, and only that module runs SQL on it. The checks only forbid: a
 * dependency that is allowed need not exist.
 */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(StoryloomApplication.class);

    @Test
    void featuresHaveNoCyclesAndUseOnlyEachOthersPublicFace() {
        modules.verify();
    }

    @Test
    void nothingDependsOnTheGeneratorAndTheModelsDependOnNoFeature() {
        for (ApplicationModule module : modules) {
            String name = module.getIdentifier().toString();
            if (!name.equals("generation")) {
                assertThat(dependencies(name)).as(name).doesNotContain("generation");
            }
        }
        assertThat(dependencies("ai")).doesNotContain("story", "generation", "prompt", "account", "export");
        assertThat(dependencies("prompt")).doesNotContain("story", "generation", "account");
        assertThat(dependencies("story")).doesNotContain("generation", "prompt", "ai", "export");
        assertThat(dependencies("design")).as("the shared design records are a leaf").isEmpty();
    }

    /** Who owns each table; a new table must be given an owner here. */
    private static final Map<String, String> TABLE_OWNERS = Map.ofEntries(
            Map.entry("story", "story"), Map.entry("page", "story"), Map.entry("page_revision", "story"),
            Map.entry("picture_drawn", "story"), Map.entry("picture_cleanup", "story"),
            Map.entry("share_link", "story"), Map.entry("story_status_history", "story"),
            Map.entry("account", "account"), Map.entry("api_token", "account"),
            Map.entry("sign_in_throttle", "account"), Map.entry("spring_session", "account"),
            Map.entry("spring_session_attributes", "account"),
            Map.entry("book_narration", "narration"), Map.entry("page_narration", "narration"));

    private static final Pattern CREATE_TABLE =
            Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");
    private static final Pattern SQL_STATEMENT =
            Pattern.compile("(?is)^\"+\\s*(select|insert|update|delete|with|merge)\\b.*");
    private static final Pattern SQL_TABLE = Pattern.compile("(?i)\\b(?:from|into|update|join|table)\\s+(\\w+)");
    private static final Pattern COMMENT = Pattern.compile("(?s)/\\*.*?\\*/|(?m)(?:^|\\s)//[^\\n]*");
    private static final Pattern STRING = Pattern.compile("(?s)\"\"\".*?\"\"\"|\"(?:[^\"\\\\\\n]|\\\\.)*\"");

    @Test
    void everyTableHasAnOwningModule() {
        Set<String> created = new TreeSet<>();
        for (Path migration : files(Path.of("src/main/resources/db/migration"), ".sql")) {
            Matcher m = CREATE_TABLE.matcher(read(migration));
            while (m.find()) {
                created.add(m.group(1).toLowerCase());
            }
        }
        assertThat(created).isNotEmpty();
        assertThat(TABLE_OWNERS).containsOnlyKeys(created);
    }

    /** Modules that use JDBC without a table of their own: system's cross-process signals (LISTEN/NOTIFY). */
    private static final Set<String> JDBC_WITHOUT_TABLES = Set.of("system");

    @Test
    void onlyModulesOwningTablesUseJdbc() {
        Set<String> owners = new TreeSet<>(TABLE_OWNERS.values());
        owners.addAll(JDBC_WITHOUT_TABLES);
        noClasses().that().resideOutsideOfPackages(owners.stream().map(o -> "io.storyloom." + o + "..")
                        .toArray(String[]::new))
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "javax.sql..",
                        "java.sql..")
                .because("only the module owning a table runs SQL on it; others ask its public API")
                .check(mainClasses());
    }

    /**
     * The app's classes, with what they depend on known by name only: the rule looks at packages, and
     * reading every dependency's own class file from the classpath (ArchUnit's default) took half a minute.
     */
    private static JavaClasses mainClasses() {
        return ArchConfiguration.withThreadLocalScope(config -> {
            config.setResolveMissingDependenciesFromClassPath(false);
            return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("io.storyloom");
        });
    }

    @Test
    void sqlNamesOnlyTheModulesOwnTables() {
        List<String> trespasses = new ArrayList<>();
        for (Path source : files(Path.of("src/main/java/io/storyloom"), ".java")) {
            String module = Path.of("src/main/java/io/storyloom").relativize(source).getName(0).toString();
            Matcher literal = STRING.matcher(COMMENT.matcher(read(source)).replaceAll(""));
            while (literal.find()) {
                if (!SQL_STATEMENT.matcher(literal.group()).matches()) {
                    continue;
                }
                Matcher table = SQL_TABLE.matcher(literal.group());
                while (table.find()) {
                    String owner = TABLE_OWNERS.get(table.group(1).toLowerCase());
                    if (owner != null && !owner.equals(module)) {
                        trespasses.add(source + " names " + owner + "'s table " + table.group(1));
                    }
                }
            }
        }
        assertThat(trespasses).isEmpty();
    }

    private static List<Path> files(Path root, String suffix) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> dependencies(String name) {
        var module = modules.getModuleByName(name).orElseThrow();
        return module.getDirectDependencies(modules).uniqueModules().map(m -> m.getIdentifier().toString()).toList();
    }
}
