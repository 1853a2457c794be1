package io.storyloom.generation;

import io.storyloom.support.TestDatabase;

@TestDatabase(TestDatabase.Kind.POSTGRES)
class StopAndRescuePostgresTest extends StopAndRescueContract {
}
