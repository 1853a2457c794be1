package io.storyloom.story;

import io.storyloom.support.TestDatabase;

@TestDatabase(TestDatabase.Kind.H2)
class PictureBudgetH2Test extends PictureBudgetContract {
}
