package vn.thidua.ledger.ops.web;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * An answer is labelled {@code application/problem+json} only when it is a problem: a client accepting that type
 * alone (as some error-handling middleware asks) used to get a 200 ranking so labelled, which it would read as a
 * failure. Its JSON is labelled {@code application/json} instead.
 */
@RestControllerAdvice
class AnswersLabelledJson implements ResponseBodyAdvice<Object> {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType selectedContentType,
                                  Class<? extends HttpMessageConverter<?>> selectedConverterType,
                                  ServerHttpRequest request, ServerHttpResponse response) {
        if (selectedContentType != null && MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(selectedContentType)
                && !selectedContentType.isWildcardType() && !selectedContentType.isWildcardSubtype()
                && !(body instanceof ProblemDetail)) {
            response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        }
        return body;
    }
}
