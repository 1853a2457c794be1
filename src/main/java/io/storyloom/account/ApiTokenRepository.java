package io.storyloom.account;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code api_token} table. */
@Repository
class ApiTokenRepository {

    private static final RowMapper<ApiToken> ROW = (rs, row) -> new ApiToken(
            rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class), rs.getString("name"),
            rs.getString("token_hint"), rs.getObject("created_at", OffsetDateTime.class),
            rs.getObject("last_used_at", OffsetDateTime.class));

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ApiToken token, String tokenHash) {
        jdbc.sql("""
                insert into api_token (id, account_id, name, token_hash, token_hint, created_at)
                values (?, ?, ?, ?, ?, ?)
                """)
                .params(token.id(), token.accountId(), token.name(), tokenHash, token.tokenHint(), token.createdAt())
                .update();
    }

    Optional<ApiToken> findActiveByHash(String tokenHash) {
        return jdbc.sql("select * from api_token where token_hash = ? and revoked_at is null")
                .param(tokenHash).query(ROW).optional();
    }

    List<ApiToken> findActive(UUID accountId) {
        return jdbc.sql("select * from api_token where account_id = ? and revoked_at is null order by created_at desc")
                .param(accountId).query(ROW).list();
    }

    /** Every token of the account, revoked ones too, for the account's download. */
    List<AccountExport.Token> findAll(UUID accountId) {
        return jdbc.sql("select * from api_token where account_id = ? order by created_at")
                .param(accountId)
                .query((rs, row) -> new AccountExport.Token(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("token_hint"), rs.getObject("created_at", OffsetDateTime.class),
                        rs.getObject("last_used_at", OffsetDateTime.class),
                        rs.getObject("revoked_at", OffsetDateTime.class)))
                .list();
    }

    boolean revoke(UUID accountId, UUID tokenId, OffsetDateTime at) {
        return jdbc.sql("update api_token set revoked_at = ? where id = ? and account_id = ? and revoked_at is null")
                .params(at, tokenId, accountId).update() > 0;
    }

    /** Records use at most once a minute per token, not a write on every request. */
    void touch(UUID tokenId, OffsetDateTime at) {
        jdbc.sql("update api_token set last_used_at = ? where id = ? and (last_used_at is null or last_used_at < ?)")
                .params(at, tokenId, at.minusMinutes(1)).update();
    }
}
