package vn.thidua.ledger.ops.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.http.converter.yaml.MappingJackson2YamlHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.thidua.ledger.api.ReadableText;

/**
 * Request bodies are JSON, read as written: a number is not a name (nor an enum's place in its list: {@code "form": 8}
 * would have been a dismissal), a date is {@code yyyy-MM-dd} text of a year from {@value #FIRST_YEAR} to 9999, as periods are (not a count
 * of days, an array or a year before Christ), a string is not a year, and text holds no NUL character, lone
 * surrogate or other control character than tab and line breaks (PostgreSQL's text and jsonb cannot hold a NUL:
 * stored in an event, it would stop the views that copy the event's text; a lone surrogate was stored as "?"). Such
 * input is refused with 400 on its field. Other body formats Jackson could read (YAML, which the API description's
 * library brings) are refused with 415: they would pass none of these checks.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson implements WebMvcConfigurer {

    /** Year 0 (1 BC) and before are no years of the calendar periods are written in. */
    static final int FIRST_YEAR = 1;

    /**
     * Request bodies are read by a copy of the node's mapper with the rules of text, dates and names added: the node's
     * own mapper also reads back what it stored (criteria sets, facts), which must stay readable as it was written.
     */
    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.removeIf(converter -> converter instanceof MappingJackson2YamlHttpMessageConverter);
        for (int i = 0; i < converters.size(); i++) {
            if (converters.get(i) instanceof MappingJackson2HttpMessageConverter json
                    && !(json instanceof EveryFieldJsonConverter)) {
                json.setObjectMapper(json.getObjectMapper().copy()
                        .registerModule(new SimpleModule("request-bodies")
                                .addDeserializer(String.class, new PlainText(true))
                                .addDeserializer(LocalDate.class, new DateAsWritten())
                                .setDeserializerModifier(new NamesAsWritten()))
                        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS));
                // bodies are read by one that names every field that does not read, not only the first; answers
                // are still written by this one, with what Spring Boot set on it (the actuator's own mapper)
                converters.add(i, new EveryFieldJsonConverter(json.getObjectMapper(), json.getSupportedMediaTypes()));
                i++;
            }
        }
    }

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictJsonReading() {
        return builder -> builder
                .deserializerByType(String.class, new PlainText(false))
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

    /** A value these rules refused, with why in words the client reads. */
    static final class Refused extends InvalidFormatException {

        Refused(JsonParser p, String why, Object value, Class<?> type) {
            super(p, why, value, type);
        }
    }

    /**
     * A name of a list (an enum) as written: Jackson reads {@code " DIVISION"} as {@code DIVISION}, trimming it
     * silently; a date with a space is refused, and so is a name.
     */
    static final class NamesAsWritten extends BeanDeserializerModifier {

        @Override
        public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                          BeanDescription description, JsonDeserializer<?> names) {
            return new DelegatingDeserializer(names) {
                @Override
                protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
                    return modifyEnumDeserializer(config, type, description, delegate);
                }

                @Override
                public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                    if (p.hasToken(JsonToken.VALUE_STRING) && !p.getText().equals(p.getText().strip())) {
                        throw new Refused(p, "giá trị '" + p.getText() + "' có khoảng trắng thừa; viết đúng tên, "
                                + "ví dụ '" + p.getText().strip() + "'", p.getText(), type.getRawClass());
                    }
                    return super.deserialize(p, ctxt);
                }
            };
        }
    }

    /**
     * Text refused when it holds a NUL; a request's also when it holds another control character or a lone
     * surrogate (the node's own reading of what it stored takes text as it was written).
     */
    static final class PlainText extends StdScalarDeserializer<String> {

        private final boolean request;

        PlainText(boolean request) {
            super(String.class);
            this.request = request;
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = StringDeserializer.instance.deserialize(p, ctxt);
            if (text == null) {
                return null;
            }
            // the node reading back what it stored refuses only NUL, which PostgreSQL's text never held
            int unreadable = request ? ReadableText.firstUnreadable(text) : text.indexOf('\u0000');
            if (unreadable >= 0) {
                char c = text.charAt(unreadable);
                throw refused(p, text, c == '\u0000' ? "ký tự NUL (U+0000) không được phép trong văn bản"
                        : Character.isSurrogate(c)
                        ? "ký tự UTF-16 lẻ (U+%04X, nửa cặp thay thế) không phải là văn bản".formatted((int) c)
                        : "ký tự điều khiển U+%04X không được phép trong văn bản".formatted((int) c));
            }
            return text;
        }

        static Refused refused(JsonParser p, String text, String why) {
            return new Refused(p, why, text.replace('\u0000', '\uFFFD'), String.class);
        }
    }

    /**
     * A date written {@code yyyy-MM-dd}, of a year from {@value #FIRST_YEAR} on; nothing else is read as one (empty
     * text is no date: null, as before).
     */
    static final class DateAsWritten extends StdScalarDeserializer<LocalDate> {

        private static final Pattern WRITTEN = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

        DateAsWritten() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getText();
            if (text.isEmpty()) {
                return null; // an optional date left empty, as clients write one they have not got
            }
            if (!WRITTEN.matcher(text).matches()) {
                throw new Refused(p, "ngày phải viết dạng yyyy-MM-dd, ví dụ 2024-05-17", text,
                        LocalDate.class);
            }
            LocalDate date;
            try {
                date = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new Refused(p, "không có ngày " + text + " trong lịch", text, LocalDate.class);
            }
            if (date.getYear() < FIRST_YEAR) {
                throw new Refused(p, "năm 0000 không có trong lịch (năm đầu tiên là 0001)", text, LocalDate.class);
            }
            return date;
        }
    }
}
