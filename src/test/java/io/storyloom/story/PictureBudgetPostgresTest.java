package io.storyloom.story;

import io.storyloom.support.TestDatabase;

@TestDatabase(TestDatabase.Kind.POSTGRES)
class PictureBudgetPostgresTest extends PictureBudgetContract {
}
