package io.storyloom.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The training run of the AOT start-up cache ({@code bin/storyloom} starts it with
 * {@code -Dstoryloom.training-run=true} on an in-memory database): once the app is up, it asks its own
 * health endpoint, as the first request after every real start does, and exits; the JVM writes the
 * classes it loaded, and what it learnt of their methods, to the cache as it exits. A run that stopped as
 * soon as the beans were made ({@code spring.context.exit=onRefresh}) left out Tomcat's connector,
 * JobRunr's threads and the request path, which every start then loaded from the jar.
 */
@Component
class TrainingRun {

    static final String PROPERTY = "storyloom.training-run";

    private static final Logger log = LoggerFactory.getLogger(TrainingRun.class);

    @EventListener
    void finish(ApplicationReadyEvent ready) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        var context = ready.getApplicationContext();
        if (context instanceof WebServerApplicationContext web) {
            var health = URI.create("http://127.0.0.1:" + web.getWebServer().getPort() + "/actuator/health");
            try (var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
                // bounded, so the training run ends even when its own request goes unanswered
                http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.discarding());
            } catch (IOException e) {
                log.warn("The training run could not ask its own health endpoint: {}", e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        System.exit(SpringApplication.exit(context));
    }
}
