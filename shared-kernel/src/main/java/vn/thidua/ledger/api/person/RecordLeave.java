package vn.thidua.ledger.api.person;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a person's leave from one day to another, both included (nghỉ chế độ thai sản). */
public record RecordLeave(@TargetAggregateIdentifier PersonId personId, LeaveKind kind, LocalDate from, LocalDate to,
                          String note) {
}
