package io.storyloom.media;

import jakarta.validation.constraints.NotNull;
import io.storyloom.system.UrlSecrets;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.annotation.Validated;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** Where media lives: {@code storyloom.media.store=file} (the default) or {@code s3}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({MediaConfiguration.Settings.class, MediaConfiguration.S3Settings.class,
        MediaLinkSettings.class})
class MediaConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MediaConfiguration.class);

    /**
     * Signed links to this app when its public address is set (the administrator says it is reachable), else
     * presigned URLs when the store is S3, else none.
     */
    @Bean
    MediaLinks mediaLinks(MediaStore store, MediaLinkSettings links) {
        if (links.hasPublicBaseUrl()) {
            if (links.secret().isEmpty()) {
                log.warn("storyloom.media.links.secret is not set: links are signed with a random key of this process, "
                        + "so another process cannot serve them. Set STORYLOOM_MEDIA_LINKS_SECRET on every process.");
            }
            return new SignedLinks(links, Clock.systemUTC());
        }
        if (store instanceof S3MediaStore s3) {
            return key -> Optional.of(s3.presignedGet(key, links.ttl()));
        }
        return key -> Optional.empty();
    }

    /** Chosen here rather than by a {@code @Conditional}, which Spring's AOT processing would decide at build time. */
    @Bean
    MediaStore mediaStore(Settings settings, S3Settings s3) {
        return switch (settings.store()) {
            case FILE -> new FileMediaStore(settings.directory());
            case S3 -> s3MediaStore(s3);
        };
    }

    private static MediaStore s3MediaStore(S3Settings settings) {
        if (settings.bucket() == null || settings.bucket().isBlank()) {
            throw new IllegalStateException("storyloom.media.store=s3 needs a bucket: set STORYLOOM_MEDIA_S3_BUCKET.");
        }
        URI endpoint = settings.endpoint() == null || settings.endpoint().isBlank() ? null
                : URI.create(settings.endpoint().strip());
        // Keys written into the endpoint (http://access:secret@minio:9000) are used as keys and taken out of
        // the URL the S3 client sees, so no error message or log line of it can quote them.
        String[] userInfo = endpoint == null || endpoint.getUserInfo() == null ? null
                : endpoint.getUserInfo().split(":", 2);
        boolean keysGiven = settings.accessKey() != null && !settings.accessKey().isBlank();
        var builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(settings.region()))
                .forcePathStyle(settings.pathStyle())
                .credentialsProvider(keysGiven
                        ? StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(),
                                settings.secretKey()))
                        : userInfo != null && userInfo.length == 2
                                ? StaticCredentialsProvider.create(AwsBasicCredentials.create(userInfo[0], userInfo[1]))
                                : DefaultCredentialsProvider.builder().build());
        if (endpoint != null) {
            builder.endpointOverride(withoutUserInfo(endpoint));
        }
        S3Client s3 = builder.build();
        if (settings.createBucket()) {
            try {
                s3.createBucket(create -> create.bucket(settings.bucket()));
            } catch (BucketAlreadyOwnedByYouException exists) {
                // fine: a second process found it made
            }
        }
        var presigner = S3Presigner.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(s3.serviceClientConfiguration().credentialsProvider())
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(settings.pathStyle()).build());
        if (endpoint != null) {
            presigner.endpointOverride(withoutUserInfo(endpoint));
        }
        return new S3MediaStore(s3, presigner.build(), settings.bucket(), settings.prefix());
    }

    private static URI withoutUserInfo(URI endpoint) {
        if (endpoint.getRawUserInfo() == null) {
            return endpoint;
        }
        return URI.create(endpoint.toString().replaceFirst("//[^/?#]*@", "//"));
    }

    /**
     * @param store     where pictures go
     * @param directory the directory of the file store
     */
    @ConfigurationProperties("storyloom.media")
    @Validated
    record Settings(@DefaultValue("file") @NotNull Store store, @DefaultValue("./data/media") @NotNull Path directory) {

        enum Store { FILE, S3 }
    }

    /**
     * An S3-compatible object store (AWS S3, MinIO, Ceph, R2…).
     *
     * @param endpoint     for stores other than AWS, e.g. {@code http://minio:9000}; keys written into it
     *                     ({@code http://access:secret@minio:9000}) stand in for access and secret key
     * @param pathStyle    bucket in the path rather than the host name, as most self-hosted stores want
     * @param accessKey    leave empty to use the AWS default credentials chain
     * @param createBucket create the bucket at start-up if missing
     */
    @ConfigurationProperties("storyloom.media.s3")
    record S3Settings(String bucket, String prefix, String endpoint, String region, boolean pathStyle,
            String accessKey, String secretKey, boolean createBucket) {

        S3Settings {
            region = region == null || region.isBlank() ? "us-east-1" : region;
        }

        @Override
        public String toString() {
            return "S3Settings[bucket=" + bucket + ", endpoint=" + UrlSecrets.hide(endpoint) + ", region=" + region + "]";
        }
    }
}
