package vn.thidua.ledger.command.criteria;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.ledger.api.criteria.Band;
import vn.thidua.ledger.api.criteria.CriteriaSet;
import vn.thidua.ledger.api.criteria.CriteriaSetId;
import vn.thidua.ledger.api.criteria.CriteriaSubject;
import vn.thidua.ledger.api.criteria.Criterion;
import vn.thidua.ledger.api.criteria.CriterionSource;
import vn.thidua.ledger.api.criteria.Quota;
import vn.thidua.ledger.api.criteria.SanctionCap;
import vn.thidua.ledger.api.criteria.ViolationPenalty;

/**
 * A criteria set definition under construction, for tests: start from a real one and change the one thing a
 * test is about.
 */
public final class CriteriaSetDraft {

    private CriteriaSetId id;
    private int version;
    private CriteriaSubject subject;
    private LocalDate effectiveFrom;
    private String title;
    private String legalBasis;
    private boolean unconfirmed;
    private List<Criterion> criteria;
    private List<Band> bands;
    private Quota quota;
    private List<ViolationPenalty> violationPenalty;
    private SanctionCap sanctionCap;

    private CriteriaSetDraft() {
    }

    /** Hanoi's monthly framework 3814-QĐ/TU (in force 1 July 2018), as in the API's example. */
    public static CriteriaSetDraft hn3814() {
        CriteriaSetDraft draft = new CriteriaSetDraft();
        draft.id = new CriteriaSetId("HN-3814");
        draft.version = 1;
        draft.subject = CriteriaSubject.PERSON;
        draft.effectiveFrom = LocalDate.of(2018, 7, 1);
        draft.title = "Đánh giá, xếp loại cán bộ, công chức, viên chức hằng tháng";
        draft.legalBasis = "3814-QĐ/TU ngày 16/5/2018";
        draft.criteria = new ArrayList<>(List.of(
                new Criterion("DISCIPLINE", number("20"), "Ý thức tổ chức kỷ luật, đạo đức", null),
                new Criterion("TASKS", number("70"), "Kết quả thực hiện nhiệm vụ", null),
                new Criterion("BONUS", number("10"), "Điểm thưởng", null)));
        draft.bands = new ArrayList<>(List.of(
                new Band("A", number("90"), "Hoàn thành xuất sắc nhiệm vụ"),
                new Band("B", number("70"), "Hoàn thành tốt nhiệm vụ"),
                new Band("C", number("50"), "Hoàn thành nhiệm vụ"),
                new Band("D", number("0"), "Không hoàn thành nhiệm vụ")));
        draft.quota = new Quota("A", number("0.30"), "B");
        draft.violationPenalty = new ArrayList<>(List.of(new ViolationPenalty("NK-", number("5"))));
        draft.sanctionCap = new SanctionCap("KHIEN_TRACH", "D");
        return draft;
    }

    /** A unit criteria set of Long Biên with a satisfaction criterion derived from surveys. */
    public static CriteriaSetDraft longBienUnits() {
        CriteriaSetDraft draft = hn3814();
        draft.id = new CriteriaSetId("LB-TAP-THE");
        draft.subject = CriteriaSubject.UNIT;
        draft.effectiveFrom = LocalDate.of(2019, 1, 1);
        draft.title = "Chấm điểm thi đua văn hóa công sở của tập thể";
        draft.legalBasis = null;
        draft.criteria = new ArrayList<>(List.of(
                new Criterion("GENERAL", number("20"), "Thực hiện chỉ thị, quy chế dân chủ", null),
                new Criterion("ADMIN_REFORM", number("30"), "Cải cách hành chính", null),
                new Criterion("OFFICE", number("30"), "Công sở xanh, sạch, đẹp", null),
                new Criterion("SATISFACTION", number("20"), "Sự hài lòng của người dân", CriterionSource.SURVEY)));
        draft.quota = null;
        draft.sanctionCap = null;
        return draft;
    }

    public static BigDecimal number(String value) {
        return new BigDecimal(value);
    }

    public CriteriaSetDraft id(String value) {
        id = new CriteriaSetId(value);
        return this;
    }

    public CriteriaSetDraft version(int value) {
        version = value;
        return this;
    }

    public CriteriaSetDraft subject(CriteriaSubject value) {
        subject = value;
        return this;
    }

    public CriteriaSetDraft effectiveFrom(String value) {
        effectiveFrom = value == null ? null : LocalDate.parse(value);
        return this;
    }

    public CriteriaSetDraft unconfirmed() {
        unconfirmed = true;
        return this;
    }

    public CriteriaSetDraft criteria(Criterion... values) {
        criteria = new ArrayList<>(List.of(values));
        return this;
    }

    public CriteriaSetDraft criterion(Criterion value) {
        criteria.add(value);
        return this;
    }

    public CriteriaSetDraft bands(Band... values) {
        bands = new ArrayList<>(List.of(values));
        return this;
    }

    public CriteriaSetDraft quota(Quota value) {
        quota = value;
        return this;
    }

    public CriteriaSetDraft violationPenalty(ViolationPenalty... values) {
        violationPenalty = new ArrayList<>(List.of(values));
        return this;
    }

    public CriteriaSetDraft sanctionCap(SanctionCap value) {
        sanctionCap = value;
        return this;
    }

    public CriteriaSet build() {
        return new CriteriaSet(id, version, subject, effectiveFrom, title, legalBasis, unconfirmed, criteria, bands,
                quota, violationPenalty, sanctionCap);
    }
}
