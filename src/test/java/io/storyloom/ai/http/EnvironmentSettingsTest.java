package io.storyloom.ai.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storyloom.generation.GenerationProperties;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every provider setting can be given as the environment variable .env.example names, and every storyloom.*
 * setting (the configuration metadata the records generate) is in .env.example and application.yml, which
 * name no other.
 */
class EnvironmentSettingsTest {

    private static Binder environment(Map<String, Object> variables) {
        return new Binder(ConfigurationPropertySources.from(
                new SystemEnvironmentPropertySource("systemEnvironment", variables)));
    }

    @Test
    void textSettings() {
        var binder = environment(Map.of(
                "STORYLOOM_TEXT_PROVIDER", "openai-compatible",
                "STORYLOOM_TEXT_BASE_URL", "http://localhost:11434/v1",
                "STORYLOOM_TEXT_API_KEY", "local",
                "STORYLOOM_TEXT_MODEL", "llama3.1:8b",
                "STORYLOOM_TEXT_TEMPERATURE", "0.3",
                "STORYLOOM_TEXT_STRUCTURED_OUTPUT", "json-object",
                "STORYLOOM_TEXT_MAX_CONCURRENCY", "7",
                "STORYLOOM_TEXT_DEADLINE", "3m"));

        var text = binder.bindOrCreate("storyloom.text", TextProviderSettings.class);

        assertThat(text.provider()).isEqualTo(TextProviderSettings.Provider.OPENAI_COMPATIBLE);
        assertThat(text.baseUrl()).isEqualTo("http://localhost:11434/v1");
        assertThat(text.apiKey()).isEqualTo("local");
        assertThat(text.model()).isEqualTo("llama3.1:8b");
        assertThat(text.temperature()).isEqualTo(0.3);
        assertThat(text.structuredOutput()).isEqualTo(TextProviderSettings.StructuredOutput.JSON_OBJECT);
        assertThat(text.maxConcurrency()).isEqualTo(7);
        assertThat(text.deadline()).isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void imageHttpAndRetrySettings() {
        var binder = environment(Map.ofEntries(
                Map.entry("STORYLOOM_IMAGE_PROVIDER", "together"),
                Map.entry("STORYLOOM_IMAGE_BASE_URL", "https://api.together.ai/v1"),
                Map.entry("STORYLOOM_IMAGE_API_KEY", "k"),
                Map.entry("STORYLOOM_IMAGE_MODEL", "black-forest-labs/FLUX.1-kontext-pro"),
                Map.entry("STORYLOOM_IMAGE_STEPS", "28"),
                Map.entry("STORYLOOM_IMAGE_OUTPUT_FORMAT", "jpeg"),
                Map.entry("STORYLOOM_IMAGE_REFERENCE_IMAGES", "true"),
                Map.entry("STORYLOOM_IMAGE_SIZE", "1024x1024"),
                Map.entry("STORYLOOM_IMAGE_MAX_CONCURRENCY", "3"),
                Map.entry("STORYLOOM_IMAGE_IMAGES_PER_MINUTE", "9"),
                Map.entry("STORYLOOM_IMAGE_DOWNLOAD_HOSTS", "cdn.together.ai,files.together.ai"),
                Map.entry("STORYLOOM_IMAGE_READ_TIMEOUT", "7m"),
                Map.entry("STORYLOOM_IMAGE_DEADLINE", "9m"),
                Map.entry("STORYLOOM_IMAGE_RETRY_AFTER_TIMEOUT", "true"),
                Map.entry("STORYLOOM_IMAGE_REFERENCE_DATA_URL", "true"),
                Map.entry("STORYLOOM_HTTP_CONNECT_TIMEOUT", "3s"),
                Map.entry("STORYLOOM_HTTP_READ_TIMEOUT", "90s"),
                Map.entry("STORYLOOM_RETRY_MAX_ATTEMPTS", "6"),
                Map.entry("STORYLOOM_RETRY_INITIAL_BACKOFF", "500ms"),
                Map.entry("STORYLOOM_RETRY_MAX_BACKOFF", "1m")));

        var image = binder.bindOrCreate("storyloom.image", ImageProviderSettings.class);
        var http = binder.bindOrCreate("storyloom.http", HttpSettings.class);
        var retry = binder.bindOrCreate("storyloom.retry", RetrySettings.class);

        assertThat(image.provider()).isEqualTo(ImageProviderSettings.Provider.TOGETHER);
        assertThat(image.endpoint().baseUrl()).hasToString("https://api.together.ai/v1");
        assertThat(image.endpoint().model()).isEqualTo("black-forest-labs/FLUX.1-kontext-pro");
        assertThat(image.steps()).isEqualTo(28);
        assertThat(image.outputFormat().wire()).isEqualTo("jpeg");
        assertThat(image.referenceImages()).isTrue();
        assertThat(image.size()).isEqualTo("1024x1024");
        assertThat(image.maxConcurrency()).isEqualTo(3);
        assertThat(image.imagesPerMinute()).isEqualTo(9);
        assertThat(image.allowedDownloadHosts()).containsExactly("api.together.ai", "cdn.together.ai", "files.together.ai");
        assertThat(image.callPolicy()).isEqualTo(new CallPolicy(Duration.ofMinutes(7), Duration.ofMinutes(9), true));
        assertThat(image.referenceDataUrl()).isTrue();
        assertThat(http).isEqualTo(new HttpSettings(Duration.ofSeconds(3), Duration.ofSeconds(90)));
        assertThat(retry).isEqualTo(new RetrySettings(6, Duration.ofMillis(500), Duration.ofMinutes(1)));
    }

    @Test
    void narrationSettings() {
        var binder = environment(Map.of(
                "STORYLOOM_NARRATION_PROVIDER", "elevenlabs",
                "STORYLOOM_NARRATION_API_KEY", "xi",
                "STORYLOOM_NARRATION_MODEL", "eleven_flash_v2_5",
                "STORYLOOM_NARRATION_VOICE", "pNInz6obpgDQGcFmaJgB",
                "STORYLOOM_NARRATION_SPEED", "0.9",
                "STORYLOOM_NARRATION_MAX_CONCURRENCY", "5"));

        var narration = binder.bindOrCreate("storyloom.narration", NarrationSettings.class);

        assertThat(narration.provider()).isEqualTo(NarrationSettings.Provider.ELEVENLABS);
        assertThat(narration.endpoint().baseUrl()).hasToString("https://api.elevenlabs.io");
        assertThat(narration.endpoint().model()).isEqualTo("eleven_flash_v2_5");
        assertThat(narration.defaultVoice()).isEqualTo("pNInz6obpgDQGcFmaJgB");
        assertThat(narration.speed()).isEqualTo(0.9);
        assertThat(narration.maxConcurrency()).isEqualTo(5);
        assertThat(binder.bindOrCreate("storyloom.narration", NarrationSettings.class).toString()).doesNotContain("xi,");
        var off = environment(Map.of()).bindOrCreate("storyloom.narration", NarrationSettings.class);
        assertThat(off.provider()).isEqualTo(NarrationSettings.Provider.OFF);
        assertThatThrownBy(() -> environment(Map.of("STORYLOOM_NARRATION_PROVIDER", "openai"))
                .bindOrCreate("storyloom.narration", NarrationSettings.class).endpoint())
                .isInstanceOf(MissingProviderSetting.class).hasMessageContaining("STORYLOOM_NARRATION_API_KEY");
    }

    @Test
    void defaultsWhenNothingIsSet() {
        var binder = environment(Map.of());

        var text = binder.bindOrCreate("storyloom.text", TextProviderSettings.class);
        var image = binder.bindOrCreate("storyloom.image", ImageProviderSettings.class);

        assertThat(text.provider()).isEqualTo(TextProviderSettings.Provider.OFFLINE);
        assertThat(text.structuredOutput()).isEqualTo(TextProviderSettings.StructuredOutput.JSON_SCHEMA);
        assertThat(image.provider()).isEqualTo(ImageProviderSettings.Provider.OFFLINE);
        assertThat(image.steps()).isNull();
        assertThat(KnownImageModels.of("together", "black-forest-labs/FLUX.1-schnell").steps(image.steps())).isEqualTo(4);
        assertThat(image.readTimeout()).isEqualTo(Duration.ofSeconds(300));
        assertThat(image.retryAfterTimeout()).isFalse();
        assertThat(image.referenceDataUrl()).isFalse();
        assertThat(image.imagesPerMinute()).isEqualTo(10);
        assertThat(binder.bindOrCreate("storyloom.retry", RetrySettings.class))
                .isEqualTo(new RetrySettings(4, Duration.ofSeconds(1), Duration.ofSeconds(30)));
    }

    @Test
    void aZeroIntervalIsRefused() {
        var validator = new LocalValidatorFactoryBean();
        validator.afterPropertiesSet();
        var binder = environment(Map.of("STORYLOOM_GENERATION_STOP_CHECK_INTERVAL", "0ms"));

        assertThatThrownBy(() -> binder.bind("storyloom.generation", Bindable.of(GenerationProperties.class),
                new ValidationBindHandler(validator)))
                .isInstanceOf(BindException.class).hasRootCauseInstanceOf(BindValidationException.class)
                .rootCause().hasMessageContaining("stopCheckInterval");
        validator.close();
    }

    @Test
    void theReadmeConfigurationTableNamesEverySetting() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("## Configuration");
        String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
        Set<String> missing = new TreeSet<>();
        settings().forEach(name -> {
            String variable = name.toUpperCase(Locale.ROOT).replaceAll("[.-]", "_");
            if (!section.contains("| `" + variable + "`") && !section.contains(", `" + variable + "`")) {
                missing.add(variable);
            }
        });

        assertThat(missing).as("settings the README's configuration table does not name").isEmpty();
    }

    private static final Pattern ENV_LINE = Pattern.compile("^#?\\s*(STORYLOOM_[A-Z0-9_]+)=", Pattern.MULTILINE);

    @Test
    void envExampleListsEverySettingAndNoOther() throws IOException {
        Set<String> expected = new TreeSet<>();
        settings().forEach(name -> expected.add(name.toUpperCase(Locale.ROOT).replaceAll("[.-]", "_")));
        Set<String> listed = new TreeSet<>();
        ENV_LINE.matcher(Files.readString(Path.of(".env.example"))).results().forEach(m -> listed.add(m.group(1)));

        assertThat(listed).as(".env.example's STORYLOOM_* lines").containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void applicationYmlDefaultsEverySettingAndNoOther() throws IOException {
        var yaml = new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"));
        Set<String> defaulted = new TreeSet<>();
        yaml.forEach(source -> {
            for (String name : ((EnumerablePropertySource<?>) source).getPropertyNames()) {
                if (name.startsWith("storyloom.")) {
                    defaulted.add(name.replaceAll("\\[\\d+]$", ""));
                }
            }
        });

        assertThat(defaulted).as("storyloom.* keys of application.yml").containsExactlyInAnyOrderElementsOf(settings());
    }

    /** The storyloom.* properties in the configuration metadata generated from the settings records. */
    private static Set<String> settings() throws IOException {
        Set<String> names = new TreeSet<>();
        var json = JsonMapper.builder().build();
        for (URL url : Collections.list(EnvironmentSettingsTest.class.getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
            try (var in = url.openStream()) {
                json.readTree(in).path("properties").forEach(property -> {
                    String name = property.path("name").asString();
                    if (name.startsWith("storyloom.")) {
                        names.add(name);
                    }
                });
            }
        }
        assertThat(names).as("storyloom.* properties in the configuration metadata").isNotEmpty();
        return names;
    }
}
