package vn.thidua.ledger.query.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.models.media.ObjectSchema;
import java.lang.annotation.Annotation;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A property written out as raw JSON (an entry's {@code data}: the event as recorded) is an object on the wire;
 * springdoc, seeing its Java type, describes it as a string (and a {@code @Schema(type = "object")} does not
 * change that).
 */
@Configuration(proxyBeanMethods = false)
class RawJsonDescription {

    @Bean
    PropertyCustomizer rawJsonIsAnObject() {
        return (property, type) -> {
            Annotation[] annotations = type.getCtxAnnotations();
            if (annotations != null) {
                for (Annotation annotation : annotations) {
                    if (annotation instanceof JsonRawValue) {
                        return new ObjectSchema().description("the event as recorded (JSON)");
                    }
                }
            }
            return property;
        };
    }
}
