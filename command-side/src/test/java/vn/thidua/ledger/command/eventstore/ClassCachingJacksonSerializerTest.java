package vn.thidua.ledger.command.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.api.commendation.CommendationApproved;
import vn.thidua.ledger.api.commendation.CommendationProposed;
import vn.thidua.ledger.api.report.ReportId;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.api.unit.UnitRenamed;

class ClassCachingJacksonSerializerTest {

    private final ClassCachingJacksonSerializer serializer = ClassCachingJacksonSerializer.build(
            JacksonSerializer.builder().objectMapper(EventStoreConfiguration.messageMapper()));

    @Test
    void readsAStoredEventBackAsItsClassEveryTime() {
        UnitRenamed renamed = new UnitRenamed(new UnitId("LB-PNV"), "Phòng Nội vụ", "Phòng Nội vụ quận Long Biên",
                "Quyết định 12/QĐ-UBND");
        SerializedObject<byte[]> stored = serializer.serialize(renamed, byte[].class);

        assertThat(serializer.classForType(stored.getType())).isEqualTo(UnitRenamed.class);
        assertThat(serializer.classForType(stored.getType())).isEqualTo(UnitRenamed.class);
        assertThat((Object) serializer.deserialize(stored)).isEqualTo(renamed);
        assertThat((Object) serializer.deserialize(stored)).isEqualTo(renamed);
    }

    @Test
    void aFlagStoredBeforeClustersWereNamedReadsWithoutOne() {
        SimpleSerializedType proposedType = new SimpleSerializedType(CommendationProposed.class.getName(), "1");
        String proposed = """
                {"commendationId": "KT-1", "title": "CO_THI_DUA", "recipientKind": "UNIT", "recipientId": "LB-BD",
                 "period": "2024", "reason": null, "campaignId": null}""";
        CommendationProposed read = serializer.deserialize(new SimpleSerializedObject<>(
                proposed.getBytes(StandardCharsets.UTF_8), byte[].class, proposedType));
        assertThat(read.clusterId()).isNull();
        assertThat(read.recipientId()).isEqualTo("LB-BD");
        SimpleSerializedType approvedType = new SimpleSerializedType(CommendationApproved.class.getName(), "1");
        String approved = """
                {"commendationId": "KT-1", "title": "CO_THI_DUA", "recipientKind": "UNIT", "recipientId": "LB-BD",
                 "period": "2024", "decisionNo": "12/QĐ-UBND", "decidedOn": "2025-01-20"}""";
        CommendationApproved approval = serializer.deserialize(new SimpleSerializedObject<>(
                approved.getBytes(StandardCharsets.UTF_8), byte[].class, approvedType));
        assertThat(approval.clusterId()).isNull();
        assertThat(approval.decidedOn()).isEqualTo(LocalDate.of(2025, 1, 20));
    }

    @Test
    void anAmendmentStoredBeforeItNamedTheUnitBeforeReadsWithoutOne() {
        SimpleSerializedType type = new SimpleSerializedType(
                vn.thidua.ledger.api.violation.ViolationAmended.class.getName(), "1");
        String stored = """
                {"violationId": "VP-1", "subjectKind": "PERSON", "subjectId": "LB-PNV-01", "unitId": "LB-BD",
                 "ruleCode": "NK-1", "catalogueVersion": 1, "occurredOn": "2024-09-05", "description": null,
                 "evidenceRef": null, "previousRuleCode": "NK-1", "previousOccurredOn": "2024-08-05",
                 "previousDescription": null, "previousEvidenceRef": null, "reason": "Ghi nhầm ngày"}""";
        vn.thidua.ledger.api.violation.ViolationAmended read = serializer.deserialize(new SimpleSerializedObject<>(
                stored.getBytes(StandardCharsets.UTF_8), byte[].class, type));
        assertThat(read.previousUnitId()).isNull();
        assertThat(read.unitId()).isEqualTo(new UnitId("LB-BD"));
        // unsaid, it adds no unit to those the amendment concerns
        assertThat(read.subjects()).doesNotContainNull().hasSize(3);
    }

    @Test
    void aTypeNoClassHasStaysUnknown() {
        SimpleSerializedType gone = new SimpleSerializedType("vn.thidua.ledger.api.unit.NoSuchEvent", "1");

        assertThat(serializer.classForType(gone)).isEqualTo(UnknownSerializedType.class);
        assertThat(serializer.classForType(gone)).isEqualTo(UnknownSerializedType.class);
        Object unknown = serializer.deserialize(new SimpleSerializedObject<>("{}".getBytes(), byte[].class, gone));
        assertThat(unknown).isInstanceOf(UnknownSerializedType.class);
    }

    @Test
    void keepsTheTypeOfAnIdentifierWhenBuiltWithDefaultTyping() {
        // a deadline's scope names its aggregate by an Object: only default typing brings the ReportId back
        ClassCachingJacksonSerializer typed = ClassCachingJacksonSerializer.build(
                JacksonSerializer.builder().objectMapper(EventStoreConfiguration.messageMapper()).defaultTyping());
        SerializedObject<String> scope = typed.serialize(new AggregateScopeDescriptor("Report", new ReportId("r-1")),
                String.class);

        AggregateScopeDescriptor back = typed.deserialize(scope);

        assertThat(back.getIdentifier()).isEqualTo(new ReportId("r-1"));
    }

    @Test
    void theEmptyTypeIsVoid() {
        assertThat(serializer.classForType(SimpleSerializedType.emptyType())).isEqualTo(Void.class);
    }
}
