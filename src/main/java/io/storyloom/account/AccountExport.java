package io.storyloom.account;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Component;
import org.springframework.util.StreamUtils;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * An account's data as a zip, written as it is read: {@code account.json} (the profile, API tokens
 * without their secrets, and each feature's section, e.g. the books with their pages, history and
 * revisions), then the files the features add (pictures). One item and one picture at a time are in
 * memory, never the whole account.
 */
@Component
class AccountExport {

    static final String FORMAT = "storyloom-account-export/1";

    private final ApiTokenRepository tokens;
    private final List<AccountDataExporter> exporters;
    private final JsonMapper json;
    private final Clock clock;

    AccountExport(ApiTokenRepository tokens, List<AccountDataExporter> exporters, JsonMapper json, Clock clock) {
        this.tokens = tokens;
        this.exporters = exporters;
        this.json = json;
        this.clock = clock;
    }

    void write(Account account, OutputStream out) throws IOException {
        var zip = new ZipOutputStream(out);
        zip.putNextEntry(new ZipEntry("account.json"));
        try (JsonGenerator generator = json.createGenerator(StreamUtils.nonClosing(zip))) {
            generator.writeStartObject();
            generator.writeStringProperty("format", FORMAT);
            generator.writePOJOProperty("exported_at", OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS));
            generator.writePOJOProperty("account", new Profile(account.id(), account.email(), account.displayName(),
                    account.createdAt()));
            generator.writePOJOProperty("api_tokens", tokens.findAll(account.id()));
            for (AccountDataExporter exporter : exporters) {
                generator.writeName(exporter.section());
                generator.writeStartArray();
                exporter.items(account.id(), generator::writePOJO);
                generator.writeEndArray();
            }
            generator.writeEndObject();
        }
        zip.closeEntry();
        Set<String> written = new HashSet<>();
        for (AccountDataExporter exporter : exporters) {
            exporter.files(account.id(), (path, bytes) -> {
                if (!written.add(path)) {
                    return;
                }
                try {
                    zip.putNextEntry(new ZipEntry(path));
                    zip.write(bytes);
                    zip.closeEntry();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        zip.finish();
    }

    /** Who the account is, as in {@code /account/me}, with when it was made. */
    record Profile(UUID id, String email, String displayName, OffsetDateTime createdAt) {
    }

    /** An API token as listed in the download: never its secret, nor the hash of it. */
    record Token(UUID id, String name, String tokenHint, OffsetDateTime createdAt, OffsetDateTime lastUsedAt,
            OffsetDateTime revokedAt) {
    }
}
