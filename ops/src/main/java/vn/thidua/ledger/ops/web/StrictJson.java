package vn.thidua.ledger.ops.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Request bodies are read as written: a number is not a name, a date is not a count of days, a string is not a
 * year, and text holds no NUL character (PostgreSQL's text and jsonb cannot hold one: stored in an event, it would
 * stop the views that copy the event's text). Such input is refused with 400 on its field.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictJsonReading() {
        return builder -> builder
                .deserializerByType(String.class, new TextWithoutNul())
                .postConfigurer(mapper -> {
                    for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer,
                            CoercionInputShape.Float, CoercionInputShape.Boolean}) {
                        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
                    }
                    mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String,
                            CoercionAction.Fail);
                    mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String,
                            CoercionAction.Fail);
                    mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer,
                            CoercionAction.Fail);
                    mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String,
                            CoercionAction.Fail);
                });
    }

    /** Text as Jackson reads it, refused when it holds U+0000. */
    static final class TextWithoutNul extends StdScalarDeserializer<String> {

        TextWithoutNul() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = StringDeserializer.instance.deserialize(p, ctxt);
            if (text != null && text.indexOf('\u0000') >= 0) {
                throw InvalidFormatException.from(p, "ký tự NUL (U+0000) không được phép trong văn bản",
                        text.replace('\u0000', '\uFFFD'), String.class);
            }
            return text;
        }
    }
}
