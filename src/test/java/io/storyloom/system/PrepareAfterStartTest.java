package io.storyloom.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class PrepareAfterStartTest {

    private final List<String> prepared = new CopyOnWriteArrayList<>();

    @Test
    void everyPreparableIsPreparedOnABackgroundThreadAndOneFailingStopsNoOther() {
        var beans = new StaticListableBeanFactory();
        beans.addBean("failing", (Preparable) () -> {
            prepared.add("failing on " + Thread.currentThread().getName());
            throw new IllegalStateException("no word list");
        });
        beans.addBean("lexicon", (Preparable) () -> prepared.add("lexicon on " + Thread.currentThread().getName()));
        String caller = Thread.currentThread().getName();

        new PrepareAfterStart(beans.getBeanProvider(Preparable.class)).prepareInBackground();

        await().atMost(Duration.ofSeconds(10)).until(() -> prepared.size() == 2);
        assertThat(prepared).allSatisfy(entry -> assertThat(entry).contains(" on prepare-").doesNotEndWith(caller))
                .anySatisfy(entry -> assertThat(entry).startsWith("lexicon"));
    }
}
