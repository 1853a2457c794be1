package io.storyloom.account;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code account} table. */
@Repository
class AccountRepository {

    private static final RowMapper<Account> ROW = (rs, row) -> new Account(
            rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("display_name"),
            rs.getString("password_hash"), rs.getObject("created_at", OffsetDateTime.class));

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Account account) {
        jdbc.sql("insert into account (id, email, display_name, password_hash, created_at) values (?, ?, ?, ?, ?)")
                .params(account.id(), account.email(), account.displayName(), account.passwordHash(),
                        account.createdAt())
                .update();
    }

    Optional<Account> findByEmail(String email) {
        return jdbc.sql("select * from account where email = ?").param(email).query(ROW).optional();
    }

    Optional<Account> findById(UUID id) {
        return jdbc.sql("select * from account where id = ?").param(id).query(ROW).optional();
    }

    void replacePasswordHash(UUID id, String oldHash, String newHash) {
        jdbc.sql("update account set password_hash = ? where id = ? and password_hash = ?")
                .params(newHash, id, oldHash).update();
    }

    /**
     * Locks the account row until the transaction ends: one quota check at a time per account.
     *
     * @return empty when there is no such account (any more)
     */
    Optional<UUID> lock(UUID id) {
        return jdbc.sql("select id from account where id = ? for update").param(id).query(UUID.class).optional();
    }

    /** Deletes the account's row; its API tokens go with it (on delete cascade). */
    void delete(UUID id) {
        jdbc.sql("delete from account where id = ?").param(id).update();
    }
}
