package vn.thidua.ledger.ops.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Describes the refusals every endpoint of the API may answer, as {@link ProblemHandler} sends them: a problem
 * detail ({@code application/problem+json}) naming the rule that refused and, for bad input, each field. Without
 * this the document would list only the answers of success.
 */
@Configuration(proxyBeanMethods = false)
class ProblemResponsesDescription {

    static final String SCHEMA = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";

    @Bean
    OpenApiCustomizer refusalsAnswerProblems() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSchemas(SCHEMA, problemSchema());
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> {
                if (path.startsWith("/api/")) {
                    item.readOperationsMap().forEach((method, operation) -> describe(method, operation));
                }
            });
        };
    }

    private static void describe(PathItem.HttpMethod method, Operation operation) {
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        Map<String, String> refusals = new LinkedHashMap<>();
        refusals.put("400", "Dữ liệu không hợp lệ: mỗi lỗi nêu trường và quy tắc; không ghi gì (invalid input)");
        refusals.put("401", "Chưa đăng nhập (authentication required)");
        refusals.put("403", "Vai trò hoặc phạm vi đơn vị của tài khoản không cho phép (role or unit scope)");
        refusals.put("404", "Không tìm thấy đối tượng được nêu (not found)");
        if (write) {
            refusals.put("409", "Xung đột với dữ liệu hiện có, nêu quy tắc bị vi phạm; không ghi gì (conflict)");
        }
        refusals.put("421", "Nút này không chạy vai trò phục vụ yêu cầu (THIDUA_ROLES) (misdirected)");
        if (!write) {
            refusals.put("503", "Bảng chiếu chưa theo kịp luồng sự kiện; thử lại sau Retry-After (catching up)");
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        refusals.forEach((status, description) -> {
            if (responses.get(status) == null) {
                responses.addApiResponse(status, new ApiResponse().description(description)
                        .content(new Content().addMediaType(PROBLEM_JSON,
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA)))));
            }
        });
        operation.setResponses(responses);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> problemSchema() {
        Schema<?> error = new ObjectSchema()
                .addProperty("field", new StringSchema().description("trường có lỗi, ví dụ scores.TASKS"))
                .addProperty("message", new StringSchema().description("lỗi, bằng tiếng Việt"))
                .addProperty("rule", new StringSchema().description("quy tắc, ví dụ EVALUATION_POINTS_NOT_NEGATIVE"));
        Schema problem = new ObjectSchema()
                .description("RFC 9457 problem detail, như mọi câu trả lời từ chối của API")
                .addProperty("type", new StringSchema())
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("rule", new StringSchema().description("quy tắc đã từ chối yêu cầu"))
                .addProperty("errors", new ArraySchema().items(error));
        return problem;
    }
}
