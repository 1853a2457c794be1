package io.storyloom.ai.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.MediaType;

/**
 * A {@code multipart/form-data} body built in memory: text fields and files, as OpenAI's
 * {@code /images/edits} takes them. Small enough (one reference picture) to hold whole, so a retry can
 * send it again.
 */
public final class MultipartBody {

    private final String boundary = "storyloom-" + UUID.randomUUID();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    public MultipartBody field(String name, String value) {
        if (value != null) {
            head("Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
            out.writeBytes(value.getBytes(StandardCharsets.UTF_8));
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        return this;
    }

    public MultipartBody file(String name, String filename, String mediaType, byte[] bytes) {
        head("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename + "\"\r\n"
                + "Content-Type: " + mediaType + "\r\n\r\n");
        out.writeBytes(bytes);
        out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        return this;
    }

    byte[] bytes() {
        var all = new ByteArrayOutputStream(out.size() + boundary.length() + 8);
        all.writeBytes(out.toByteArray());
        all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return all.toByteArray();
    }

    MediaType contentType() {
        return MediaType.parseMediaType("multipart/form-data; boundary=" + boundary);
    }

    private void head(String headers) {
        out.writeBytes(("--" + boundary + "\r\n" + headers).getBytes(StandardCharsets.UTF_8));
    }
}
