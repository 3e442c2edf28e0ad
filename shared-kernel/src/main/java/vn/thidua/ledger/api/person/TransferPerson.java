package vn.thidua.ledger.api.person;

import java.time.LocalDate;
import vn.thidua.ledger.api.unit.UnitId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Transfers a person to another unit from a date (điều động, luân chuyển). */
public record TransferPerson(@TargetAggregateIdentifier PersonId personId, UnitId toUnitId, LocalDate effectiveOn) {
}
