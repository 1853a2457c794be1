package io.storyloom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The feature packages depend on each other one way only (story ← generation → prompt → ai,
 * generation → media) and reach into no other feature's internals; Spring Modulith checks it.
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
        assertThat(dependencies("story")).contains("account", "media", "safety")
                .doesNotContain("generation", "prompt", "ai", "export");
        assertThat(dependencies("generation")).contains("story", "prompt", "ai", "media");
    }

    private List<String> dependencies(String name) {
        var module = modules.getModuleByName(name).orElseThrow();
        return module.getDirectDependencies(modules).uniqueModules().map(m -> m.getIdentifier().toString()).toList();
    }
}
