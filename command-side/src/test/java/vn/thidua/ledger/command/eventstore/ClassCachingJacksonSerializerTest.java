package vn.thidua.ledger.command.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.api.unit.UnitRenamed;

class ClassCachingJacksonSerializerTest {

    private final ClassCachingJacksonSerializer serializer = new ClassCachingJacksonSerializer(
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
    void aTypeNoClassHasStaysUnknown() {
        SimpleSerializedType gone = new SimpleSerializedType("vn.thidua.ledger.api.unit.NoSuchEvent", "1");

        assertThat(serializer.classForType(gone)).isEqualTo(UnknownSerializedType.class);
        assertThat(serializer.classForType(gone)).isEqualTo(UnknownSerializedType.class);
        Object unknown = serializer.deserialize(new SimpleSerializedObject<>("{}".getBytes(), byte[].class, gone));
        assertThat(unknown).isInstanceOf(UnknownSerializedType.class);
    }

    @Test
    void theEmptyTypeIsVoid() {
        assertThat(serializer.classForType(SimpleSerializedType.emptyType())).isEqualTo(Void.class);
    }
}
