package vn.thidua.ledger.ops.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the API document says of the whole API, as API.md does: its name, that every request signs in with HTTP
 * Basic (so that "Try it out" asks for the account), and that every write may carry an {@code Idempotency-Key}.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    private static final String BASIC = "basic";

    @Bean
    OpenApiCustomizer apiAsAWhole() {
        return openApi -> {
            openApi.info(new Info().title("Thi Đua Ledger API").version("1")
                    .description("Sổ cái thi đua: ghi nhận cam kết, vi phạm, đánh giá, khảo sát, kiểm tra, khen thưởng "
                            + "(mỗi việc là một sự kiện không sửa được) và các bảng xếp hạng, xếp loại, nhật ký, hồ sơ "
                            + "kiểm tra tính lại được theo kỳ, theo thời điểm (asOf) và theo phiên bản bộ tiêu chí."));
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                    .scheme("basic").description("Tài khoản của nút (HTTP Basic); nút mới có tài khoản admin"));
            openApi.addSecurityItem(new SecurityRequirement().addList(BASIC));
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                // a rebuild is started, not stored: it takes no key
                if (path.startsWith("/api/") && !path.startsWith("/api/admin/rebuilds")
                        && method == PathItem.HttpMethod.POST && (operation.getParameters() == null
                        || operation.getParameters().stream().noneMatch(p -> "Idempotency-Key".equalsIgnoreCase(
                        p.getName())))) {
                    operation.addParametersItem(new HeaderParameter().name("Idempotency-Key").required(false)
                            .schema(new StringSchema())
                            .description("Gửi lại cùng khóa thì không ghi thêm gì và nhận lại câu trả lời đầu tiên "
                                    + "(200)"));
                }
            }));
        };
    }
}
