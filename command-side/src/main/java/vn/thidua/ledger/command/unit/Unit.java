package vn.thidua.ledger.command.unit;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.api.unit.RegisterUnit;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.api.unit.UnitRegistered;
import vn.thidua.ledger.command.directory.OrganisationDirectory;

/** A unit of the organisation tree (cơ quan, đơn vị). */
@Aggregate
class Unit {

    @AggregateIdentifier
    private UnitId unitId;

    Unit() {
        // for Axon
    }

    @CommandHandler
    Unit(RegisterUnit command, OrganisationDirectory directory) {
        if (command.name() == null || command.name().isBlank()) {
            throw RefusedException.invalid("UNIT_NAME_REQUIRED", "name", "Tên đơn vị không được để trống");
        }
        if (command.kind() == null) {
            throw RefusedException.invalid("UNIT_KIND_REQUIRED", "kind", "Phải nêu loại đơn vị");
        }
        if (directory.unitExists(command.unitId())) {
            throw RefusedException.alreadyExists(command.unitId());
        }
        if (command.parentId() != null) {
            if (command.parentId().equals(command.unitId())) {
                throw RefusedException.invalid("UNIT_PARENT_NOT_SELF", "parentId", "Đơn vị không thể là cấp trên của chính nó");
            }
            if (!directory.unitExists(command.parentId())) {
                throw RefusedException.notFound("parentId", command.parentId());
            }
        }
        apply(new UnitRegistered(command.unitId(), command.name().strip(), command.kind(), command.parentId()));
    }

    @EventSourcingHandler
    void on(UnitRegistered event) {
        unitId = event.unitId();
    }
}
