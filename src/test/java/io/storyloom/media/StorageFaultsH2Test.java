package io.storyloom.media;

import io.storyloom.support.TestDatabase;

@TestDatabase(TestDatabase.Kind.H2)
class StorageFaultsH2Test extends StorageFaultsContract {
}
