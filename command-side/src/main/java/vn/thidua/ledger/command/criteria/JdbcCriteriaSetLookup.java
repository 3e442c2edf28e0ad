package vn.thidua.ledger.command.criteria;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.command.dispatch.TransactionMemo;
import vn.thidua.ledger.api.criteria.CriteriaSet;
import vn.thidua.ledger.api.criteria.CriteriaSetId;
import vn.thidua.ledger.api.criteria.CriteriaSubject;

@Component
class JdbcCriteriaSetLookup implements CriteriaSetLookup {

    private final JdbcClient jdbc;
    private final ObjectMapper objectMapper;
    private final Map<String, CriteriaSet> parsed = new ConcurrentHashMap<>();

    JdbcCriteriaSetLookup(JdbcClient jdbc, ObjectMapper objectMapper) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
    }

    @Override
    public List<CriteriaSet> versions(CriteriaSetId id) {
        return TransactionMemo.remember(List.of("criteria-set", id), () -> jdbc.sql(
                        "SELECT definition FROM directory_criteria_set WHERE criteria_set_id = ? ORDER BY version")
                .param(id.value())
                .query((rs, n) -> read(rs.getString(1)))
                .list());
    }

    @Override
    public List<CriteriaSet> forSubject(CriteriaSubject subject) {
        return TransactionMemo.remember(List.of("criteria-sets", subject), () -> jdbc.sql("""
                        SELECT definition FROM directory_criteria_set WHERE subject = ?
                        ORDER BY criteria_set_id, version""")
                .param(subject.name())
                .query((rs, n) -> read(rs.getString(1)))
                .list());
    }

    /** A published version never changes, so its text is parsed once per node, not once per command. */
    private CriteriaSet read(String definition) {
        return parsed.computeIfAbsent(definition, this::parse);
    }

    private CriteriaSet parse(String definition) {
        try {
            return objectMapper.readValue(definition, CriteriaSet.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored criteria set definition is unreadable", e);
        }
    }
}
