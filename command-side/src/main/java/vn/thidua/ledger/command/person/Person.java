package vn.thidua.ledger.command.person;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.api.person.PersonId;
import vn.thidua.ledger.api.person.PersonRegistered;
import vn.thidua.ledger.api.person.RegisterPerson;
import vn.thidua.ledger.command.directory.OrganisationDirectory;

/** A person working in a unit (cán bộ, công chức, viên chức, người lao động). */
@Aggregate
class Person {

    @AggregateIdentifier
    private PersonId personId;

    Person() {
        // for Axon
    }

    @CommandHandler
    Person(RegisterPerson command, OrganisationDirectory directory) {
        if (command.fullName() == null || command.fullName().isBlank()) {
            throw RefusedException.invalid("PERSON_NAME_REQUIRED", "fullName", "Họ và tên không được để trống");
        }
        if (command.category() == null) {
            throw RefusedException.invalid("PERSON_CATEGORY_REQUIRED", "category",
                    "Phải nêu đối tượng: cán bộ, công chức, viên chức hay người lao động");
        }
        if (command.unitId() == null) {
            throw RefusedException.invalid("PERSON_UNIT_REQUIRED", "unitId", "Phải nêu đơn vị công tác");
        }
        if (directory.person(command.personId()).isPresent()) {
            throw RefusedException.alreadyExists(command.personId());
        }
        if (!directory.unitExists(command.unitId())) {
            throw RefusedException.notFound("unitId", command.unitId());
        }
        apply(new PersonRegistered(command.personId(), command.unitId(), command.fullName().strip(),
                command.category(), command.leader()));
    }

    @EventSourcingHandler
    void on(PersonRegistered event) {
        personId = event.personId();
    }
}
