package io.storyloom.account;

import io.storyloom.support.TestDatabase;

@TestDatabase(TestDatabase.Kind.POSTGRES)
class SecurityPostgresTest extends SecurityContract {
}
