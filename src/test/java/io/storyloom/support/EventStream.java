package io.storyloom.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/** Reads a server-sent event stream in the background, as a browser's EventSource would. */
public final class EventStream {

    /** One event: its name, id (may be null), data, and when this client read it. */
    public record Event(String name, String id, String data, Instant received) {
    }

    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Integer> ended;
    private volatile int status;

    private EventStream(String url, String token, String lastEventId) {
        var request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + token);
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        ended = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines())
                .thenApply(response -> {
                    status = response.statusCode();
                    read(response.body());
                    return response.statusCode();
                });
    }

    public static EventStream open(String url, String token) {
        return new EventStream(url, token, null);
    }

    public static EventStream resume(String url, String token, String lastEventId) {
        return new EventStream(url, token, lastEventId);
    }

    private void read(Stream<String> lines) {
        List<String> data = new ArrayList<>();
        String[] nameAndId = {"message", null};
        lines.forEach(line -> {
            if (line.isEmpty()) {
                if (!data.isEmpty()) {
                    events.add(new Event(nameAndId[0], nameAndId[1], String.join("\n", data), Instant.now()));
                }
                data.clear();
                nameAndId[0] = "message";
                nameAndId[1] = null;
            } else if (line.startsWith("data:")) {
                data.add(line.substring(5).strip());
            } else if (line.startsWith("event:")) {
                nameAndId[0] = line.substring(6).strip();
            } else if (line.startsWith("id:")) {
                nameAndId[1] = line.substring(3).strip();
            }
        });
    }

    public List<Event> events() {
        return List.copyOf(events);
    }

    public List<Event> named(String name) {
        return events.stream().filter(e -> e.name().equals(name)).toList();
    }

    /** True once the server closed the stream. */
    public boolean isEnded() {
        return ended.isDone();
    }

    public int status() {
        return status;
    }
}
