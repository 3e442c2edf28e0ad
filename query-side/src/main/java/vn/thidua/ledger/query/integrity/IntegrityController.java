package vn.thidua.ledger.query.integrity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/integrity")
@Tag(name = "Toàn vẹn dữ liệu", description = "Kiểm tra chuỗi băm trên toàn bộ dòng sự kiện đã lưu")
class IntegrityController {

    private final ChainVerifier verifier;

    IntegrityController(ChainVerifier verifier) {
        this.verifier = verifier;
    }

    @GetMapping("/verify")
    @Operation(summary = "Tính lại chuỗi băm và đối chiếu với từng sự kiện đã lưu (verify the hash chain)",
            description = "ok = false khi có sự kiện bị sửa hoặc bị xoá; firstBrokenPosition là vị trí đầu tiên "
                    + "không khớp, verifiedThrough là vị trí cuối cùng trước đó còn nguyên vẹn")
    ChainVerifier.Verification verify() {
        return verifier.verify();
    }
}
