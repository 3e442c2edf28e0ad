package vn.thidua.ledger.command.eventstore;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * Axon's {@link JacksonSerializer}, remembering the class found for each stored type name. Axon looks the class up
 * by name for every message it reads, and in the packaged node that lookup goes through the nested-jar class
 * loader: it had taken a fifth of a rebuild's translating thread. A name that resolved once resolves to the same
 * class for the life of the class loader; names that did not resolve are left to Axon, which remembers those itself.
 */
final class ClassCachingJacksonSerializer extends JacksonSerializer {

    private final Map<String, Class<?>> found = new ConcurrentHashMap<>();

    private ClassCachingJacksonSerializer(JacksonSerializer.Builder builder) {
        super(builder);
    }

    /** The serializer {@code builder} describes. */
    static ClassCachingJacksonSerializer build(JacksonSerializer.Builder builder) {
        // Axon applies the builder's settings (default typing, …) to its ObjectMapper in build(), not in the
        // constructor: built once for that, and the instance dropped
        builder.build();
        return new ClassCachingJacksonSerializer(builder);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class classForType(SerializedType type) {
        String name = type.getName();
        Class<?> known = found.get(name);
        if (known != null) {
            return known;
        }
        Class<?> resolved = super.classForType(type);
        if (resolved != UnknownSerializedType.class && resolved != Void.class) {
            found.put(name, resolved);
        }
        return resolved;
    }
}
