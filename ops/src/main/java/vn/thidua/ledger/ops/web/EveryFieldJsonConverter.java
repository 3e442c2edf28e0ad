package vn.thidua.ledger.ops.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

/**
 * Reads a JSON request body as its converter would, and when a field's value is of the wrong type or form, goes on to
 * find every other such field of the body, so that the refusal names them all at once, as it names every missing
 * field: Jackson stops at the first. The others are found by reading the body again, the same way, without the
 * fields already refused, so a field is named only when the very same reading refuses it.
 */
final class EveryFieldJsonConverter extends MappingJackson2HttpMessageConverter {

    /** The most fields told: enough to correct a body by. */
    private static final int MAX_FIELDS = 50;
    /** Bodies larger than this are refused on their first field only: no request of the API comes near it. */
    private static final int MAX_READ_AGAIN = 1 << 20;

    /** Every field of a body that did not read, the first as the converter refused it. */
    static final class FieldsNotReadable extends HttpMessageNotReadableException {

        private final transient List<JsonMappingException> refusals;

        FieldsNotReadable(HttpMessageNotReadableException first, List<JsonMappingException> refusals,
                          HttpInputMessage message) {
            super(first.getMessage(), first.getCause(), message);
            this.refusals = List.copyOf(refusals);
        }

        List<JsonMappingException> refusals() {
            return refusals;
        }
    }

    EveryFieldJsonConverter(ObjectMapper mapper, List<MediaType> mediaTypes) {
        super(mapper);
        setSupportedMediaTypes(mediaTypes);
    }

    /** Reads only: answers are written by the converter it stands before. */
    @Override
    public boolean canWrite(Class<?> clazz, MediaType mediaType) {
        return false;
    }

    @Override
    public boolean canWrite(Type type, Class<?> clazz, MediaType mediaType) {
        return false;
    }

    @Override
    public Object read(Type type, Class<?> contextClass, HttpInputMessage input) throws IOException {
        byte[] body;
        try (InputStream in = input.getBody()) {
            body = in.readAllBytes();
        }
        HttpInputMessage again = replay(input.getHeaders(), body);
        try {
            return super.read(type, contextClass, again);
        } catch (HttpMessageNotReadableException e) {
            if (!(e.getCause() instanceof JsonMappingException first) || syntax(first) || fieldOf(first) == null
                    || body.length > MAX_READ_AGAIN) {
                throw e;
            }
            List<JsonMappingException> refusals = others(getJavaType(type, contextClass), body,
                    input.getHeaders().getContentType(), first);
            throw refusals.size() > 1 ? new FieldsNotReadable(e, refusals, again) : e;
        }
    }

    /** {@code first} and the body's other fields the same reading refuses, each once. */
    private List<JsonMappingException> others(JavaType type, byte[] body, MediaType contentType,
                                              JsonMappingException first) {
        List<JsonMappingException> refusals = new ArrayList<>(List.of(first));
        try {
            Charset charset = contentType != null && contentType.getCharset() != null ? contentType.getCharset()
                    : StandardCharsets.UTF_8;
            // decimals kept exact, as the body's own reading keeps them (1e400 is no double)
            JsonNode tree = getObjectMapper().reader()
                    .with(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .readTree(new String(body, charset));
            if (!(tree instanceof ObjectNode object)) {
                return refusals;
            }
            object.remove(fieldOf(first));
            while (refusals.size() < MAX_FIELDS) {
                try {
                    getObjectMapper().readerFor(type).readValue(object);
                    return refusals;
                } catch (JsonMappingException next) {
                    String field = fieldOf(next);
                    if (field == null || syntax(next) || !object.has(field)) {
                        return refusals;
                    }
                    refusals.add(next);
                    object.remove(field);
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // what was found so far is told; the first refusal alone at worst
        }
        return refusals;
    }

    /** Whether the refusal comes of the body's syntax rather than of a field's value. */
    private static boolean syntax(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonParseException) {
                return true;
            }
        }
        return false;
    }

    /** The body's top-level field a refusal is about, or null when it names none. */
    private static String fieldOf(JsonMappingException e) {
        return e.getPath().isEmpty() ? null : e.getPath().get(0).getFieldName();
    }

    private static HttpInputMessage replay(HttpHeaders headers, byte[] body) {
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }
        };
    }
}
