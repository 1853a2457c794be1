package io.storyloom.account;

import io.storyloom.support.TestDatabase;

@TestDatabase(TestDatabase.Kind.H2)
class AccountDataH2Test extends AccountDataContract {
}
