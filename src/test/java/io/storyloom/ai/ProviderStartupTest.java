package io.storyloom.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.storyloom.StoryloomApplication;
import io.storyloom.ai.http.MissingProviderSetting;
import io.storyloom.support.CapturedConsole;
import io.storyloom.support.TestFiles;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.core.NestedExceptionUtils;

/** A real provider without its key: the app refuses to start and says which variable to set. */
@CapturedConsole
@ResourceLock(Resources.SYSTEM_OUT) // captures the console
class ProviderStartupTest {

    @Test
    void aRealProviderWithoutAKeyStopsTheAppNamingTheVariable(CapturedOutput output) {
        String media = TestFiles.newFolder("storyloom-media-").toString();

        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(StoryloomApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:startup-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                "--jobrunr.background-job-server.enabled=false",
                "--storyloom.media.directory=" + media,
                "--storyloom.text.provider=together",
                "--storyloom.text.api-key=",
                "--storyloom.image.provider=offline"));

        assertThat(NestedExceptionUtils.getMostSpecificCause(failure)).isInstanceOf(MissingProviderSetting.class)
                .hasMessageContaining("storyloom.text.provider is together")
                .hasMessageContaining("STORYLOOM_TEXT_API_KEY");
        assertThat(output.getAll()).contains("APPLICATION FAILED TO START")
                .contains("Set STORYLOOM_TEXT_API_KEY in the environment");
    }
}
