package vn.thidua.ledger.command.directory;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.api.person.PersonId;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.command.dispatch.ReadAhead;

/**
 * Reads ahead the units and persons a group of commands names (their {@link UnitId} and {@link PersonId} fields),
 * which their handlers look up in the directory one by one.
 */
@Component
class DirectoryReadAhead implements ReadAhead {

    /** The accessors of a command record's unit and person fields. */
    private record Fields(List<Method> units, List<Method> persons) {
    }

    private final OrganisationDirectory directory;
    private final Map<Class<?>, Fields> fieldsOf = new ConcurrentHashMap<>();

    DirectoryReadAhead(OrganisationDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void readAheadFor(List<?> commands) {
        Set<UnitId> units = new LinkedHashSet<>();
        Set<PersonId> persons = new LinkedHashSet<>();
        for (Object command : commands) {
            Fields fields = fieldsOf.computeIfAbsent(command.getClass(), DirectoryReadAhead::fields);
            fields.units().forEach(accessor -> {
                if (read(accessor, command) instanceof UnitId unit) {
                    units.add(unit);
                }
            });
            fields.persons().forEach(accessor -> {
                if (read(accessor, command) instanceof PersonId person) {
                    persons.add(person);
                }
            });
        }
        if (!units.isEmpty() || !persons.isEmpty()) {
            directory.readAhead(units, persons);
        }
    }

    private static Fields fields(Class<?> type) {
        List<Method> units = new ArrayList<>();
        List<Method> persons = new ArrayList<>();
        RecordComponent[] components = type.getRecordComponents();
        for (RecordComponent component : components == null ? new RecordComponent[0] : components) {
            component.getAccessor().trySetAccessible();
            if (component.getType() == UnitId.class) {
                units.add(component.getAccessor());
            } else if (component.getType() == PersonId.class) {
                persons.add(component.getAccessor());
            }
        }
        return new Fields(List.copyOf(units), List.copyOf(persons));
    }

    private static Object read(Method accessor, Object command) {
        try {
            return accessor.invoke(command);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor + " of a command", e);
        }
    }
}
