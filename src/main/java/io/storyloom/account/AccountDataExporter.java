package io.storyloom.account;

import java.util.UUID;
import java.util.function.Consumer;

/**
 * A feature that keeps data of an account adds it to the account's download ({@code GET
 * /account/export}). Implemented by the features that depend on accounts, so accounts need not know
 * them. Everything is handed over one piece at a time and written out at once: an account's data is
 * never held in memory as a whole.
 */
public interface AccountDataExporter {

    /** The name of this feature's list in {@code account.json}, e.g. {@code books}. */
    String section();

    /** Hands over the account's items, one at a time; each is written out as JSON (snake_case) straight away. */
    void items(UUID accountId, Consumer<Object> item);

    /**
     * Hands over the files to put in the download beside {@code account.json} (pictures), one at a
     * time, under the paths the items name.
     */
    void files(UUID accountId, FileSink file);

    /** Takes one file of the download. */
    @FunctionalInterface
    interface FileSink {

        void add(String path, byte[] bytes);
    }
}
