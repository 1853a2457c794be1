package io.storyloom.account;

import io.storyloom.support.TestDatabase;

@TestDatabase(TestDatabase.Kind.H2)
class SecurityH2Test extends SecurityContract {
}
