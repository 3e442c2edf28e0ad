package vn.thidua.ledger.command.dispatch;

import java.lang.annotation.Annotation;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.ReflectionUtils;
import org.axonframework.common.annotation.AnnotationUtils;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

/**
 * Finds a command's target aggregate as Axon's {@code AnnotationCommandTargetResolver} does (the first method, then
 * field, annotated {@link TargetAggregateIdentifier} or {@link TargetAggregateVersion}), but looks for the annotated
 * members once per command class: Axon walks every member's annotations for every command, a fifth of an import's
 * request thread.
 */
final class CachingCommandTargetResolver implements CommandTargetResolver {

    private final ClassValue<Target> targets = new ClassValue<>() {
        @Override
        protected Target computeValue(Class<?> type) {
            return new Target(annotated(type, TargetAggregateIdentifier.class),
                    annotated(type, TargetAggregateVersion.class));
        }
    };

    /** The identifier of {@code command}'s target aggregate as {@code resolver} finds it; null when it names none. */
    static String targetOf(CommandTargetResolver resolver, CommandMessage<?> command) {
        try {
            return resolver.resolveTarget(command).getIdentifier();
        } catch (RuntimeException noTarget) {
            return null;
        }
    }

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        Object payload = command.getPayload();
        Target target = targets.get(payload.getClass());
        Object identifier = read(target.identifier(), payload);
        if (identifier == null) {
            throw new IllegalArgumentException(("Invalid command. It does not identify the target aggregate. Make sure"
                    + " at least one of the fields or methods in the [%s] class contains the @TargetAggregateIdentifier"
                    + " annotation and that it returns a non-null value.")
                    .formatted(payload.getClass().getSimpleName()));
        }
        Object version = read(target.version(), payload);
        return new VersionedAggregateIdentifier(identifier, asLong(version));
    }

    private static AccessibleObject annotated(Class<?> type, Class<? extends Annotation> annotation) {
        for (Method method : ReflectionUtils.methodsOf(type)) {
            if (AnnotationUtils.isAnnotationPresent(method, annotation)) {
                return ReflectionUtils.ensureAccessible(method);
            }
        }
        for (Field field : ReflectionUtils.fieldsOf(type)) {
            if (AnnotationUtils.isAnnotationPresent(field, annotation)) {
                return ReflectionUtils.ensureAccessible(field);
            }
        }
        return null;
    }

    private static Object read(AccessibleObject member, Object payload) {
        try {
            if (member instanceof Method method) {
                return method.invoke(payload);
            }
            return member instanceof Field field ? field.get(payload) : null;
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("An exception occurred while extracting aggregate information from a"
                    + " command", e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalArgumentException("The current security context does not allow extraction of aggregate"
                    + " information from the given command.", e);
        }
    }

    private static Long asLong(Object version) {
        if (version == null) {
            return null;
        }
        return version instanceof Number number ? number.longValue() : Long.parseLong(version.toString());
    }

    private record Target(AccessibleObject identifier, AccessibleObject version) {
    }
}
