package vn.thidua.ledger.query.export;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Vietnamese name of a field of an event's data ({@code unitId} → "Đơn vị"), as the files write the content
 * of an entry for inspection teams who read Vietnamese; the web UI's screens name them alike.
 */
public final class FieldLabels {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("unitId", "Đơn vị"),
            Map.entry("parentId", "Đơn vị cấp trên"),
            Map.entry("name", "Tên"),
            Map.entry("kind", "Loại"),
            Map.entry("personId", "Cán bộ"),
            Map.entry("fullName", "Họ và tên"),
            Map.entry("category", "Đối tượng"),
            Map.entry("leader", "Lãnh đạo, quản lý"),
            Map.entry("joinedOn", "Ngày bắt đầu công tác"),
            Map.entry("fromUnitId", "Từ đơn vị"),
            Map.entry("toUnitId", "Đến đơn vị"),
            Map.entry("effectiveOn", "Ngày có hiệu lực"),
            Map.entry("period", "Kỳ"),
            Map.entry("scores", "Điểm"),
            Map.entry("previousScores", "Điểm trước khi đính chính"),
            Map.entry("note", "Ghi chú"),
            Map.entry("criteriaSetId", "Bộ tiêu chí"),
            Map.entry("criteriaSetVersion", "Phiên bản bộ tiêu chí"),
            Map.entry("evaluationId", "Mã đánh giá"),
            Map.entry("violationId", "Mã vi phạm"),
            Map.entry("subjectKind", "Đối tượng vi phạm"),
            Map.entry("subjectId", "Mã đối tượng"),
            Map.entry("ruleCode", "Quy tắc"),
            Map.entry("occurredOn", "Ngày xảy ra"),
            Map.entry("ruleCatalogueVersion", "Phiên bản danh mục quy tắc"),
            Map.entry("source", "Nguồn phát hiện"),
            Map.entry("description", "Mô tả"),
            Map.entry("evidenceRef", "Tài liệu, chứng cứ"),
            Map.entry("reason", "Lý do"),
            Map.entry("form", "Hình thức"),
            Map.entry("decidedOn", "Ngày quyết định"),
            Map.entry("decisionNo", "Số quyết định"),
            Map.entry("annulledOn", "Ngày hủy"),
            Map.entry("annulmentDecisionNo", "Số quyết định hủy"),
            Map.entry("campaignId", "Cuộc vận động, phong trào"),
            Map.entry("pledgeId", "Mã bản cam kết"),
            Map.entry("signedOn", "Ngày ký"),
            Map.entry("items", "Nội dung"),
            Map.entry("renewedOn", "Ngày ký lại"),
            Map.entry("withdrawnOn", "Ngày rút"),
            Map.entry("year", "Năm"),
            Map.entry("registeredOn", "Ngày đăng ký"),
            Map.entry("targets", "Chỉ tiêu"),
            Map.entry("covenantId", "Mã giao ước"),
            Map.entry("unitIds", "Các đơn vị"),
            Map.entry("content", "Nội dung"),
            Map.entry("surveyId", "Mã khảo sát"),
            Map.entry("respondents", "Số người trả lời"),
            Map.entry("satisfied", "Số người hài lòng"),
            Map.entry("method", "Phương pháp"),
            Map.entry("reportId", "Mã báo cáo"),
            Map.entry("dueBefore", "Hạn nộp"),
            Map.entry("submittedOn", "Ngày nộp"),
            Map.entry("documentRef", "Văn bản"),
            Map.entry("onTime", "Đúng hạn"),
            Map.entry("inspectionId", "Mã đợt kiểm tra"),
            Map.entry("targetUnitId", "Đơn vị được kiểm tra"),
            Map.entry("item", "Nội dung kiểm tra"),
            Map.entry("result", "Kết quả"),
            Map.entry("team", "Đoàn kiểm tra"),
            Map.entry("conclusion", "Kết luận"),
            Map.entry("openedOn", "Ngày bắt đầu kiểm tra"),
            Map.entry("commendationId", "Mã khen thưởng"),
            Map.entry("title", "Danh hiệu, tên"),
            Map.entry("recipientKind", "Khen cho"),
            Map.entry("recipientId", "Người, đơn vị được khen"),
            Map.entry("stage", "Bước"),
            Map.entry("clusterId", "Cụm, khối"),
            Map.entry("from", "Từ ngày"),
            Map.entry("to", "Đến ngày"),
            Map.entry("closedOn", "Ngày giải thể, sáp nhập"),
            Map.entry("heldOn", "Ngày tổ chức"),
            Map.entry("summary", "Tóm tắt"),
            Map.entry("chainHead", "Mã băm chuỗi sự kiện"),
            Map.entry("reviewId", "Mã hội nghị"),
            Map.entry("registrationId", "Mã đăng ký"),
            Map.entry("scopeUnitId", "Phạm vi áp dụng (đơn vị)"),
            Map.entry("midTermReview", "Sơ kết dự kiến"),
            Map.entry("finalReview", "Tổng kết dự kiến"),
            Map.entry("catalogueVersion", "Phiên bản danh mục quy tắc"),
            Map.entry("checklistVersion", "Phiên bản danh mục kiểm tra"),
            Map.entry("criteriaSet", "Bộ tiêu chí"));
    private static final Pattern PREVIOUS = Pattern.compile("previous([A-Z])(.*)");

    private FieldLabels() {
    }

    /** The field's name in Vietnamese — an amendment's "previous…" as the field before the change —, else its key. */
    public static String of(String key) {
        String label = LABELS.get(key);
        if (label != null) {
            return label;
        }
        String field = before(key);
        String changed = field == null ? null : LABELS.get(field);
        return changed != null ? changed + " (trước khi sửa)" : key;
    }

    /** The field a correction's {@code previous…} key holds the earlier value of ({@code previousNote} → note); else null. */
    public static String before(String key) {
        Matcher before = PREVIOUS.matcher(key);
        return before.matches() ? before.group(1).toLowerCase(java.util.Locale.ROOT) + before.group(2) : null;
    }
}
