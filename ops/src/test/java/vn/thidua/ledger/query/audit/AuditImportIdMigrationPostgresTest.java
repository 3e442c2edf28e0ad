package vn.thidua.ledger.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.query.rebuild.PostgresTest;

/** Audit entries of events imported before the trail showed import ids show theirs after the migration. */
class AuditImportIdMigrationPostgresTest extends PostgresTest {

    private static final String BEFORE_IMPORT_ID = "2026.12.05.02";

    @Test
    void anImportedEventsEntryTellsItsImportAndAnotherEventsNone() {
        List<AuditTrails.Entry> entries = MetaDataMigration.entriesAfter(postgres, BEFORE_IMPORT_ID,
                "{\"actor\":\"admin\",\"correlationId\":\"c-1\",\"importId\":\"imp-7\"}");
        assertThat(entries).extracting(AuditTrails.Entry::importId).containsExactly("imp-7", null);
        assertThat(entries).extracting(AuditTrails.Entry::correlationId).containsExactly("c-1", "c-2");
    }
}
