package io.storyloom.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** URLs as they may be configured, and what of them may be logged. */
class UrlSecretsTest {

    @Test
    void thePasswordInAUrlsUserPartIsHidden() {
        assertThat(UrlSecrets.hide(URI.create("https://sam:s3cr%40t@llm.example.com:8443/v1")))
                .isEqualTo("https://***@llm.example.com:8443/v1");
        assertThat(UrlSecrets.hide("https://TOKEN123@proxy.local/v1")).isEqualTo("https://***@proxy.local/v1");
        assertThat(UrlSecrets.hide("I/O error on POST request for \"http://u:pw@127.0.0.1:9/v1/chat/completions\": null"))
                .isEqualTo("I/O error on POST request for \"http://***@127.0.0.1:9/v1/chat/completions\": null");
    }

    @Test
    void parametersNamedLikeSecretsAreHiddenAndOthersKept() {
        assertThat(UrlSecrets.hide("https://gw.example.com/v1?api-version=2024-06-01&api_key=abc123&x=1"))
                .isEqualTo("https://gw.example.com/v1?api-version=2024-06-01&api_key=***&x=1");
        assertThat(UrlSecrets.hide("https://gw.example.com/v1?key=abc123")).isEqualTo("https://gw.example.com/v1?key=***");
        assertThat(UrlSecrets.hide("jdbc:postgresql://db:5432/storyloom?user=app&password=hunter2&ssl=true"))
                .isEqualTo("jdbc:postgresql://db:5432/storyloom?user=app&password=***&ssl=true");
        assertThat(UrlSecrets.hide("jdbc:h2:file:./data/storyloom;MODE=PostgreSQL;PASSWORD=hunter2"))
                .isEqualTo("jdbc:h2:file:./data/storyloom;MODE=PostgreSQL;PASSWORD=***");
        assertThat(UrlSecrets.hide("https://bucket.s3.amazonaws.com/a.png?X-Amz-Signature=f00&X-Amz-Credential=AK%2F1"))
                .isEqualTo("https://bucket.s3.amazonaws.com/a.png?X-Amz-Signature=***&X-Amz-Credential=***");
    }

    @Test
    void aFailureQuotingASecretUrlIsCopiedWithoutItKeepingTypesAndStackTraces() {
        var io = new java.io.IOException("connect to http://u:pw-SECRET@10.0.0.1:9/v1 refused");
        var failure = new IllegalStateException("I/O error on POST request for \"http://u:pw-SECRET@10.0.0.1:9/v1\"", io);

        Throwable hidden = UrlSecrets.hide(failure);

        var text = new java.io.StringWriter();
        hidden.printStackTrace(new java.io.PrintWriter(text));
        assertThat(text.toString()).doesNotContain("pw-SECRET")
                .contains("java.lang.IllegalStateException: I/O error on POST request for \"http://***@10.0.0.1:9/v1\"")
                .contains("Caused by: java.io.IOException: connect to http://***@10.0.0.1:9/v1 refused")
                .contains("UrlSecretsTest.aFailureQuotingASecretUrlIsCopied");
        var plain = new IllegalStateException("no secret here", io.getCause());
        assertThat(UrlSecrets.hide(plain)).isSameAs(plain);
    }

    @Test
    void plainUrlsAndTextStayAsTheyAre() {
        assertThat(UrlSecrets.hide("https://api.together.xyz/v1")).isEqualTo("https://api.together.xyz/v1");
        assertThat(UrlSecrets.hide("Write to sam@example.com")).isEqualTo("Write to sam@example.com");
        assertThat(UrlSecrets.hide((String) null)).isNull();
    }
}
