package vn.thidua.ledger.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
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

/** Criteria sets used by the rules tests: Hanoi 3814 as in API.md, and a unit set with satisfaction. */
final class Sets {

    private Sets() {
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static CriteriaSet hanoi3814() {
        return new CriteriaSet(new CriteriaSetId("HN-3814"), 1, CriteriaSubject.PERSON, LocalDate.of(2018, 7, 1),
                "Khung đánh giá hằng tháng", "3814-QĐ/TU", false,
                List.of(new Criterion("DISCIPLINE", d("20")), new Criterion("TASKS", d("70")),
                        new Criterion("BONUS", d("10"))),
                List.of(new Band("A", d("90")), new Band("B", d("70")), new Band("C", d("50")), new Band("D", d("0"))),
                new Quota("A", d("0.30"), "B"),
                List.of(new ViolationPenalty("NK-", d("5"))),
                new SanctionCap("KHIEN_TRACH", "D"));
    }

    /** Hanoi 3814 with the larger share (40%) of a unit recognised as exceptional. */
    static CriteriaSet hanoi3814WithExceptionalUnits() {
        CriteriaSet set = hanoi3814();
        return new CriteriaSet(set.id(), set.version(), set.subject(), set.effectiveFrom(), set.title(),
                set.legalBasis(), set.unconfirmed(), set.criteria(), set.bands(),
                new Quota("A", d("0.30"), "B", Quota.CLASSIFIED, d("0.40")), set.violationPenalty(),
                set.sanctionCap());
    }

    /** The same set without its quota, for tests of a single person (a quota of 30% leaves no A in a unit of one). */
    static CriteriaSet withoutQuota(CriteriaSet set) {
        return new CriteriaSet(set.id(), set.version(), set.subject(), set.effectiveFrom(), set.title(),
                set.legalBasis(), set.unconfirmed(), set.criteria(), set.bands(), null, set.violationPenalty(),
                set.sanctionCap());
    }

    static CriteriaSet officeCulture() {
        return new CriteriaSet(new CriteriaSetId("VHCS-UNIT"), 1, CriteriaSubject.UNIT, LocalDate.of(2019, 1, 1),
                "Văn hóa công sở", null, true,
                List.of(new Criterion("GENERAL", d("30")), new Criterion("ADMIN_REFORM", d("30")),
                        new Criterion("CIVILISED_OFFICE", d("20")),
                        new Criterion("SATISFACTION", d("20"), "Sự hài lòng", CriterionSource.SURVEY)),
                List.of(new Band("HTXS", d("90")), new Band("HTT", d("70")), new Band("HT", d("50")),
                        new Band("KHT", d("0"))),
                null, List.of(new ViolationPenalty("NK-", d("5")), new ViolationPenalty("QTUX-", d("1"))), null);
    }
}
