package vn.thidua.ledger.api.registration;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import vn.thidua.ledger.api.EntityId;

/** Identifier of an emulation registration (đăng ký thi đua). */
public record RegistrationId(@JsonValue String value) implements EntityId {

    public RegistrationId {
        EntityId.requireValid(value);
    }

    @JsonCreator
    public static RegistrationId of(String value) {
        return new RegistrationId(value);
    }

    @Override
    public String kind() {
        return "registrations";
    }

    @Override
    public String toString() {
        return "registration:" + value;
    }
}
