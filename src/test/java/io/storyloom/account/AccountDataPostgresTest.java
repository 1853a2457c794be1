package io.storyloom.account;

import io.storyloom.support.TestDatabase;

@TestDatabase(TestDatabase.Kind.POSTGRES)
class AccountDataPostgresTest extends AccountDataContract {
}
