package io.storyloom.media;

import static org.assertj.core.api.Assertions.assertThat;

import com.robothy.s3.rest.LocalS3;
import com.robothy.s3.rest.bootstrap.LocalS3Mode;
import io.storyloom.support.Api;
import io.storyloom.support.AppTest;
import io.storyloom.support.TestDatabase;
import io.storyloom.support.Users;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The whole app with its pictures in an S3-compatible store (LocalS3, in memory, on a local port): stored,
 * served, downloaded with the account, and deleted with the book or the account.
 */
@TestDatabase(TestDatabase.Kind.H2)
class S3StorageTest extends AppTest {

    private static final int S3_PORT = freePort();
    private static final LocalS3 S3 = LocalS3.builder().port(S3_PORT).mode(LocalS3Mode.IN_MEMORY).build();

    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) {
        S3.start();
        registry.add("storyloom.media.store", () -> "s3");
        registry.add("storyloom.media.s3.endpoint", () -> "http://localhost:" + S3_PORT);
        registry.add("storyloom.media.s3.bucket", () -> "storyloom-test");
        registry.add("storyloom.media.s3.prefix", () -> "books");
        registry.add("storyloom.media.s3.path-style", () -> "true");
        registry.add("storyloom.media.s3.access-key", () -> "test");
        registry.add("storyloom.media.s3.secret-key", () -> "test");
        registry.add("storyloom.media.s3.create-bucket", () -> "true");
    }

    @AfterAll
    static void stopS3() {
        S3.shutdown();
    }

    @Test
    void picturesAreStoredInTheBucketServedFromItAndDeletedWithTheBook() {
        String id = stories.create("Sami", 2);
        assertThat(stories.awaitEnd(id).get("status").asString()).isEqualTo("COMPLETE");
        try (S3Client client = client()) {
            var keys = client.listObjectsV2(list -> list.bucket("storyloom-test").prefix("books/stories/" + id + "/"))
                    .contents().stream().map(o -> o.key()).toList();
            assertThat(keys).hasSize(3).anyMatch(k -> k.contains("/page-1-")).anyMatch(k -> k.contains("/reference-"));

            String pageKey = keys.stream().filter(k -> k.contains("/page-1-")).findFirst().orElseThrow();
            byte[] stored = client.getObjectAsBytes(get -> get.bucket("storyloom-test").key(pageKey)).asByteArray();
            var served = api.get(stories.book(id).get("pages").get(0).get("image_url").asString());
            assertThat(served.status()).isEqualTo(200);
            assertThat(served.header("Content-Type")).isEqualTo("image/png");
            assertThat(served.bytes()).isEqualTo(stored);

            assertThat(api.delete("/stories/" + id).status()).isEqualTo(204);
            assertThat(client.listObjectsV2(list -> list.bucket("storyloom-test").prefix("books/stories/" + id + "/"))
                    .contents()).isEmpty();
        }
    }

    @Test
    void aBucketThatIsGoneFailsTheBookSayingStorageIsTheProblemAndRetryFinishesItOnceItIsBack() {
        try (S3Client client = client()) {
            for (var object : client.listObjectsV2(list -> list.bucket("storyloom-test")).contents()) {
                client.deleteObject(delete -> delete.bucket("storyloom-test").key(object.key()));
            }
            client.deleteBucket(delete -> delete.bucket("storyloom-test"));
            String id = stories.create("Ines", 1);

            var failed = stories.awaitEnd(id);
            assertThat(failed.get("status").asString()).isEqualTo("FAILED");
            assertThat(failed.get("status_message").asString()).contains("storage", "Retry");

            client.createBucket(create -> create.bucket("storyloom-test"));
            assertThat(api.post("/stories/" + id + "/retry", null).status()).isEqualTo(202);
            assertThat(stories.awaitEnd(id).get("status").asString()).isEqualTo("COMPLETE");
            assertThat(client.listObjectsV2(list -> list.bucket("storyloom-test").prefix("books/stories/" + id + "/"))
                    .contents()).hasSize(2);
        }
    }

    @Test
    void anAccountsDownloadReadsItsPicturesFromTheBucketAndDeletingTheAccountEmptiesIt() throws IOException {
        String id = stories.create("Tove", 1);
        assertThat(stories.awaitEnd(id).get("status").asString()).isEqualTo("COMPLETE");
        String prefix = "books/stories/" + id + "/";
        try (S3Client client = client()) {
            var keys = client.listObjectsV2(list -> list.bucket("storyloom-test").prefix(prefix)).contents().stream()
                    .map(o -> o.key()).toList();
            assertThat(keys).hasSize(2);

            List<String> files = new ArrayList<>();
            try (var zip = new ZipInputStream(new ByteArrayInputStream(api.get("/account/export").bytes()))) {
                for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    files.add(entry.getName());
                }
            }
            assertThat(files).contains("account.json")
                    .containsAll(keys.stream().map(k -> "pictures/" + k.substring("books/".length())).toList());

            var deleted = api.sendBytes("/account", "DELETE", Api.json(Map.of("password", Users.PASSWORD)).getBytes(),
                    "application/json");
            assertThat(deleted.status()).isEqualTo(204);
            assertThat(client.listObjectsV2(list -> list.bucket("storyloom-test").prefix(prefix)).contents()).isEmpty();
        }
    }

    private static S3Client client() {
        return S3Client.builder().httpClientBuilder(UrlConnectionHttpClient.builder())
                .endpointOverride(URI.create("http://localhost:" + S3_PORT)).region(Region.US_EAST_1)
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
