package vn.thidua.ledger.command.dispatch;

import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.http.ResponseEntity;

/**
 * Describes the writes' answers as they are sent: {@code 201} for a write that stored its events, {@code 200} for a
 * request replayed with the same Idempotency-Key (springdoc, seeing a {@code ResponseEntity}, would say 200 only).
 */
@Configuration(proxyBeanMethods = false)
class WriteResponsesDescription {

    static final String CREATED = "Đã ghi (created): mã của đối tượng và vị trí của sự kiện cuối cùng trên luồng";
    static final String REPLAYED = "Yêu cầu lặp lại cùng Idempotency-Key: câu trả lời của lần đầu, không ghi thêm";

    @Bean
    OperationCustomizer writesAnswerCreated() {
        return (operation, handlerMethod) -> {
            ResolvableType answer = ResolvableType.forMethodReturnType(handlerMethod.getMethod());
            ApiResponses responses = operation.getResponses();
            if (answer.resolve() == ResponseEntity.class && answer.getGeneric(0).resolve() == WriteResult.class
                    && responses != null && responses.get("200") != null) {
                ApiResponse replayed = responses.get("200");
                responses.addApiResponse("201", new ApiResponse().description(CREATED).content(replayed.getContent()));
                replayed.description(REPLAYED);
            }
            return operation;
        };
    }
}
