package io.storyloom.ai.offline.writer;

import java.util.List;

/**
 * The shapes of the offline writer's answers, written as snake_case JSON. They mirror the answer
 * records of {@code io.storyloom.prompt} without depending on that package (which depends on
 * {@code io.storyloom.ai}); the tests parse every answer into the real records.
 */
final class Answers {

    private Answers() {
    }

    record Story(String title, Meta meta, List<Page> pages) {
    }

    record Meta(String setting, String tone, String lesson) {
    }

    record Page(int number, String text) {
    }

    record Profile(List<Character> characters) {
    }

    record Character(String name, String kind, String appearance, String clothing, Colors colors) {
    }

    record Colors(String hair, String skin, String eyes, String outfit, String accent) {
    }

    record Style(String artStyle, String medium, List<String> palette, String lighting, String mood,
            String stylePrompt) {
    }

    record Scene(int page, String setting, String timeOfDay, String action, String emotion,
            List<String> charactersPresent, List<String> props, String camera, String description) {
    }

    record Scenes(List<Scene> scenes) {
    }
}
