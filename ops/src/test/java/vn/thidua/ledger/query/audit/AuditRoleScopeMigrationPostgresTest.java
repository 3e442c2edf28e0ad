package vn.thidua.ledger.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.query.rebuild.PostgresTest;

/** Audit entries of events stored before the trail showed the account's role and unit scope show them after. */
class AuditRoleScopeMigrationPostgresTest extends PostgresTest {

    private static final String BEFORE_ROLE_SCOPE = "2026.12.07.04";

    @Test
    void anEntryTellsTheRoleAndScopeItsEventWasRecordedWith() {
        List<AuditTrails.Entry> entries = MetaDataMigration.entriesAfter(postgres, BEFORE_ROLE_SCOPE,
                "{\"actor\":\"can.bo\",\"role\":\"WRITER\",\"unitScope\":\"LB\",\"correlationId\":\"c-1\"}");
        assertThat(entries).extracting(AuditTrails.Entry::role).containsExactly("WRITER", null);
        assertThat(entries).extracting(AuditTrails.Entry::unitScope).containsExactly("LB", null);
        assertThat(entries).extracting(AuditTrails.Entry::correlationId).containsExactly("c-1", "c-2");
    }
}
