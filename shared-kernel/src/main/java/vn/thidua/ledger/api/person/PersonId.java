package vn.thidua.ledger.api.person;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import vn.thidua.ledger.api.EntityId;

/** Identifier of a person (cán bộ, công chức, viên chức, người lao động). */
public record PersonId(@JsonValue String value) implements EntityId {

    public PersonId {
        EntityId.requireValid(value);
    }

    @JsonCreator
    public static PersonId of(String value) {
        return new PersonId(value);
    }

    @Override
    public String kind() {
        return "persons";
    }

    @Override
    public String toString() {
        return "person:" + value;
    }
}
