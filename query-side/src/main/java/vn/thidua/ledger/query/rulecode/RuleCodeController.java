package vn.thidua.ledger.query.rulecode;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.ledger.api.violation.RuleCatalogue;

/**
 * The rule catalogue violations are recorded against, served where reads are served: it is reference data of the
 * published language, the same on every node, and a client reads it from a query node like any other read.
 */
@RestController
@Tag(name = "Vi phạm và kỷ luật")
class RuleCodeController {

    /** The catalogue as clients read it. */
    record RuleCodes(int version, String title, List<RuleCatalogue.Group> groups, List<RuleCatalogue.Entry> entries) {
    }

    @GetMapping("/api/rule-codes")
    @Operation(summary = "Danh mục mã quy tắc hiện hành và phiên bản (current rule catalogue)")
    RuleCodes ruleCodes() {
        RuleCatalogue catalogue = RuleCatalogue.current();
        return new RuleCodes(catalogue.version(), catalogue.title(), catalogue.groups(), catalogue.entries());
    }
}
