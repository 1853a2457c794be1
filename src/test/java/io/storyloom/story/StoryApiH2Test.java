package io.storyloom.story;

import io.storyloom.support.TestDatabase;

@TestDatabase(TestDatabase.Kind.H2)
class StoryApiH2Test extends StoryApiContract {
}
