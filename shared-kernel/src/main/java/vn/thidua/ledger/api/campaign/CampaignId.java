package vn.thidua.ledger.api.campaign;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import vn.thidua.ledger.api.EntityId;

/** Identifier of a campaign or emulation movement (cuộc vận động, phong trào thi đua). */
public record CampaignId(@JsonValue String value) implements EntityId {

    public CampaignId {
        EntityId.requireValid(value);
    }

    @JsonCreator
    public static CampaignId of(String value) {
        return new CampaignId(value);
    }

    @Override
    public String kind() {
        return "campaigns";
    }

    @Override
    public String toString() {
        return "campaign:" + value;
    }
}
