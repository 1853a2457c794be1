package io.storyloom.generation;

import io.storyloom.support.TestDatabase;

@TestDatabase(TestDatabase.Kind.H2)
class StopAndRescueH2Test extends StopAndRescueContract {
}
