package vn.thidua.ledger.query.criteria;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.api.criteria.CriteriaSet;
import vn.thidua.ledger.api.criteria.CriteriaSubject;
import vn.thidua.ledger.query.time.AsOf;

/** Reads published criteria set versions, as the record stood at a point of record time. */
@Component
class CriteriaSetViews {

    /** A version as published (the fields of the definition), with where and when it was recorded, and by whom. */
    record PublishedVersion(@JsonUnwrapped CriteriaSet definition, long position, OffsetDateTime publishedAt,
                            String publishedBy) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper objectMapper;

    CriteriaSetViews(JdbcClient jdbc, ObjectMapper objectMapper) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
    }

    /** Every version of every criteria set (of {@code subject}, when given), by id then version. */
    List<PublishedVersion> all(CriteriaSubject subject, AsOf asOf) {
        StringBuilder where = new StringBuilder("TRUE");
        List<Object> params = new ArrayList<>();
        if (subject != null) {
            where.append(" AND subject = ?");
            params.add(subject.name());
        }
        return find(where, params, asOf);
    }

    /** Every version of the criteria set {@code id}, lowest first; empty when none was published. */
    List<PublishedVersion> versions(String id, AsOf asOf) {
        return find(new StringBuilder("criteria_set_id = ?"), new ArrayList<>(List.of(id)), asOf);
    }

    private List<PublishedVersion> find(StringBuilder where, List<Object> params, AsOf asOf) {
        if (asOf.position() != null) {
            where.append(" AND position <= ?");
            params.add(asOf.position());
        }
        if (asOf.moment() != null) {
            where.append(" AND published_at <= ?");
            params.add(Timestamp.from(asOf.moment()));
        }
        return jdbc.sql("SELECT definition, position, published_at, published_by FROM criteria_set_view WHERE "
                        + where + " ORDER BY criteria_set_id, version")
                .params(params)
                .query((rs, n) -> new PublishedVersion(read(rs.getString(1)), rs.getLong(2),
                        rs.getTimestamp(3).toInstant().atOffset(ZoneOffset.UTC), rs.getString(4)))
                .list();
    }

    private CriteriaSet read(String definition) {
        try {
            return objectMapper.readValue(definition, CriteriaSet.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored criteria set definition is unreadable", e);
        }
    }
}
