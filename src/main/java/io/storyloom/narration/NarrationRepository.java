package io.storyloom.narration;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/** The {@code book_narration} and {@code page_narration} tables. */
@Repository
class NarrationRepository {

    private static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();
    private static final TypeReference<List<SentenceTime>> SENTENCES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    NarrationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void saveVoice(UUID storyId, String voice, Double speed) {
        jdbc.sql("insert into book_narration (story_id, voice, speed) values (?, ?, ?)")
                .params(storyId, voice, speed == null ? null : BigDecimal.valueOf(speed)).update();
    }

    /** The book's own voice and speed; either is {@code null} when the book did not ask. */
    Optional<BookVoice> voice(UUID storyId) {
        return jdbc.sql("select voice, speed from book_narration where story_id = ?").param(storyId)
                .query((rs, n) -> new BookVoice(rs.getString("voice"),
                        rs.getBigDecimal("speed") == null ? null : rs.getBigDecimal("speed").doubleValue()))
                .optional();
    }

    /** Saves a page's recording in place of the one before, both or neither. */
    @Transactional
    void save(PageNarration narration, OffsetDateTime at) {
        jdbc.sql("delete from page_narration where story_id = ? and page_number = ?")
                .params(narration.storyId(), narration.page()).update();
        jdbc.sql("""
                insert into page_narration (story_id, page_number, fingerprint, audio_key, media_type, duration_ms,
                    sentences, voice, speed, model, characters, narrated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(narration.storyId(), narration.page(), narration.fingerprint(), narration.audioKey(),
                        narration.mediaType(), narration.durationMs(), JSON.writeValueAsString(narration.sentences()),
                        narration.voice(), BigDecimal.valueOf(narration.speed()), narration.model(),
                        narration.characters(), at)
                .update();
    }

    List<PageNarration> findByStory(UUID storyId) {
        return jdbc.sql("select * from page_narration where story_id = ? order by page_number").param(storyId)
                .query(NarrationRepository::map).list();
    }

    Optional<PageNarration> find(UUID storyId, int page) {
        return jdbc.sql("select * from page_narration where story_id = ? and page_number = ?").params(storyId, page)
                .query(NarrationRepository::map).optional();
    }

    private static PageNarration map(ResultSet rs, int row) throws SQLException {
        return new PageNarration(rs.getObject("story_id", UUID.class), rs.getInt("page_number"),
                rs.getString("audio_key"), rs.getString("media_type"), rs.getLong("duration_ms"),
                JSON.readValue(rs.getString("sentences"), SENTENCES), rs.getString("voice"),
                rs.getBigDecimal("speed").doubleValue(), rs.getString("model"), rs.getInt("characters"),
                rs.getString("fingerprint"));
    }

    /** A book's chosen voice and speed. */
    record BookVoice(String voice, Double speed) {
    }
}
