package vn.thidua.ledger.query.audit;

import java.util.Map;

/**
 * What each kind of event is called in Vietnamese, for the files an inspection team keeps; the stored name follows
 * in brackets, so a row can still be matched with the JSON trail and the event store.
 */
final class EventLabels {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("UnitRegistered", "Đăng ký đơn vị"),
            Map.entry("UnitRenamed", "Đổi tên đơn vị"),
            Map.entry("UnitMoved", "Chuyển đơn vị sang cấp trên khác"),
            Map.entry("UnitClosed", "Giải thể, sáp nhập đơn vị"),
            Map.entry("PersonRegistered", "Đăng ký cán bộ, công chức, viên chức"),
            Map.entry("PersonTransferred", "Điều chuyển công tác"),
            Map.entry("PersonPostChanged", "Thay đổi chức vụ"),
            Map.entry("LeaveRecorded", "Ghi nhận thời gian nghỉ chế độ"),
            Map.entry("ClusterRegistered", "Thành lập cụm, khối thi đua"),
            Map.entry("ClusterMemberAdded", "Thêm đơn vị vào cụm, khối"),
            Map.entry("ClusterMembershipEnded", "Đơn vị rời cụm, khối"),
            Map.entry("CampaignLaunched", "Phát động cuộc vận động, phong trào"),
            Map.entry("PledgeSigned", "Ký bản cam kết"),
            Map.entry("PledgeRenewed", "Ký lại bản cam kết"),
            Map.entry("PledgeWithdrawn", "Rút bản cam kết"),
            Map.entry("CovenantSigned", "Ký giao ước thi đua"),
            Map.entry("EmulationRegistered", "Đăng ký thi đua"),
            Map.entry("ViolationRecorded", "Ghi nhận vi phạm"),
            Map.entry("ViolationConfirmed", "Xác nhận vi phạm"),
            Map.entry("ViolationDismissed", "Bác bỏ vi phạm"),
            Map.entry("ViolationRetracted", "Rút lại ghi nhận vi phạm"),
            Map.entry("ViolationAmended", "Đính chính vi phạm"),
            Map.entry("SanctionImposed", "Quyết định xử lý (nhắc nhở, phê bình hoặc kỷ luật)"),
            Map.entry("SanctionAnnulled", "Hủy quyết định xử lý"),
            Map.entry("CriteriaSetPublished", "Ban hành bộ tiêu chí"),
            Map.entry("PersonSelfAssessed", "Cá nhân tự đánh giá"),
            Map.entry("PersonEvaluationReviewed", "Lãnh đạo nhận xét, đánh giá"),
            Map.entry("PersonEvaluated", "Thủ trưởng quyết định xếp loại"),
            Map.entry("PersonEvaluationCorrected", "Đính chính đánh giá cá nhân"),
            Map.entry("UnitEvaluated", "Đánh giá đơn vị"),
            Map.entry("UnitEvaluationCorrected", "Đính chính đánh giá đơn vị"),
            Map.entry("SurveyRecorded", "Ghi nhận khảo sát sự hài lòng"),
            Map.entry("SurveyCorrected", "Đính chính khảo sát"),
            Map.entry("InspectionOpened", "Mở đợt kiểm tra"),
            Map.entry("InspectionFindingRecorded", "Ghi nhận kết quả kiểm tra"),
            Map.entry("InspectionClosed", "Kết luận kiểm tra"),
            Map.entry("CommendationProposed", "Đề nghị khen thưởng"),
            Map.entry("CommendationApproved", "Quyết định khen thưởng"),
            Map.entry("CommendationRejected", "Không khen thưởng"),
            Map.entry("CommendationRevoked", "Thu hồi danh hiệu, khen thưởng"),
            Map.entry("CommendationReinstated", "Khôi phục danh hiệu, khen thưởng bị thu hồi do vi phạm"),
            Map.entry("ReviewHeld", "Sơ kết, tổng kết"),
            Map.entry("ReportRequired", "Yêu cầu báo cáo"),
            Map.entry("ReportRequirementCancelled", "Hủy yêu cầu báo cáo"),
            Map.entry("ReportReminderIssued", "Nhắc hạn báo cáo"),
            Map.entry("ReportOverdue", "Báo cáo quá hạn"),
            Map.entry("ReportSubmitted", "Nộp báo cáo"));

    private EventLabels() {
    }

    /** "Ghi nhận vi phạm"; null for a kind of event this list does not know. */
    static String label(String type) {
        return LABELS.get(type);
    }

    /** "Ghi nhận vi phạm (ViolationRecorded)"; the stored name alone for a kind of event this list does not know. */
    static String of(String type) {
        String label = LABELS.get(type);
        return label == null ? type : label + " (" + type + ")";
    }
}
