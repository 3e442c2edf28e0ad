package vn.thidua.ledger.command.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.api.commendation.CommendationId;
import vn.thidua.ledger.api.commendation.RevokeCommendation;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.api.violation.SubjectKind;
import vn.thidua.ledger.api.violation.ViolationAmended;
import vn.thidua.ledger.api.violation.ViolationConfirmed;
import vn.thidua.ledger.api.violation.ViolationId;
import vn.thidua.ledger.command.directory.InMemoryDirectory;

class TitleRevocationPolicyTest {

    private final TitlesInForce titles = mock(TitlesInForce.class);
    private final CommandGateway commands = mock(CommandGateway.class);
    private final InMemoryDirectory directory = new InMemoryDirectory();
    private final TitleRevocationPolicy policy = new TitleRevocationPolicy(titles, directory, commands);
    private final ViolationConfirmed confirmed = new ViolationConfirmed(new ViolationId("VP-1"), SubjectKind.PERSON,
            "LB-PNV-01", new UnitId("LB-PNV"), LocalDate.of(2024, 5, 10), "Đã xác minh");

    @Test
    void revokesEveryTitleWhosePeriodTheConfirmedViolationFallsIn() {
        directory.withConfirmedViolation("VP-1", SubjectKind.PERSON, "LB-PNV-01", LocalDate.of(2024, 5, 10));
        when(titles.covering("PERSON", "LB-PNV-01", LocalDate.of(2024, 5, 10)))
                .thenReturn(List.of(new CommendationId("KT-LDTT-2024"), new CommendationId("KT-GK-2024")));
        policy.on(confirmed);
        ArgumentCaptor<CommandMessage<?>> sent = ArgumentCaptor.forClass(CommandMessage.class);
        verify(commands, org.mockito.Mockito.times(2)).sendAndWait(sent.capture());
        assertThat(sent.getAllValues()).extracting(m -> ((RevokeCommendation) m.getPayload()).commendationId().value())
                .containsExactly("KT-LDTT-2024", "KT-GK-2024");
        assertThat(((RevokeCommendation) sent.getValue().getPayload()).reason()).contains("VP-1");
        assertThat(sent.getValue().getMetaData()).containsEntry("actor", TitleRevocationPolicy.ACTOR);
    }

    @Test
    void aViolationOutsideEveryRewardedPeriodRevokesNothing() {
        when(titles.covering(any(), any(), any())).thenReturn(List.of());
        policy.on(confirmed);
        verify(commands, never()).sendAndWait(any(Object.class));
    }

    @Test
    void aConfirmationRetractedOrMovedSinceRevokesNothing() {
        // handled late (a lag, a replay): the violation no longer stands on that day
        when(titles.covering(any(), any(), any())).thenReturn(List.of(new CommendationId("KT-1")));
        policy.on(confirmed);
        directory.withConfirmedViolation("VP-1", SubjectKind.PERSON, "LB-PNV-01", LocalDate.of(2023, 5, 10));
        policy.on(confirmed);
        verify(commands, never()).sendAndWait(any(Object.class));
    }

    @Test
    void aTitleAlreadyRevokedIsLeftAsItIs() {
        directory.withConfirmedViolation("VP-1", SubjectKind.PERSON, "LB-PNV-01", LocalDate.of(2024, 5, 10));
        when(titles.covering(any(), any(), any())).thenReturn(List.of(new CommendationId("KT-1")));
        when(commands.sendAndWait(any(Object.class)))
                .thenThrow(RefusedException.conflict("COMMENDATION_FINAL", "id", "đã thu hồi"));
        policy.on(confirmed);
        verify(commands).sendAndWait(any(Object.class));
    }

    private static ViolationAmended movedTo(LocalDate day) {
        return new ViolationAmended(new ViolationId("VP-1"), SubjectKind.PERSON, "LB-PNV-01", new UnitId("LB-PNV"),
                "NK-1", 1, day, null, null, "NK-1", LocalDate.of(2025, 3, 1), null, null, "Ghi nhầm ngày");
    }

    @Test
    void aConfirmedViolationWhoseDayIsCorrectedIntoARewardedPeriodRevokesThatTitle() {
        directory.withConfirmedViolation("VP-1", SubjectKind.PERSON, "LB-PNV-01", LocalDate.of(2024, 5, 1));
        when(titles.covering("PERSON", "LB-PNV-01", LocalDate.of(2024, 5, 1)))
                .thenReturn(List.of(new CommendationId("KT-CSTD-2024")));
        policy.on(movedTo(LocalDate.of(2024, 5, 1)));
        ArgumentCaptor<CommandMessage<?>> sent = ArgumentCaptor.forClass(CommandMessage.class);
        verify(commands).sendAndWait(sent.capture());
        assertThat(((RevokeCommendation) sent.getValue().getPayload()).commendationId().value())
                .isEqualTo("KT-CSTD-2024");
        assertThat(((RevokeCommendation) sent.getValue().getPayload()).reason()).contains("VP-1", "2024-05-01");
    }

    @Test
    void anUnconfirmedViolationWhoseDayIsCorrectedRevokesNothing() {
        when(titles.covering(any(), any(), any())).thenReturn(List.of(new CommendationId("KT-CSTD-2024")));
        policy.on(movedTo(LocalDate.of(2024, 5, 1)));
        verify(commands, never()).sendAndWait(any(Object.class));
    }
}
