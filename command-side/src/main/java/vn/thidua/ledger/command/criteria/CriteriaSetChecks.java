package vn.thidua.ledger.command.criteria;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.api.criteria.Band;
import vn.thidua.ledger.api.criteria.CriteriaSet;
import vn.thidua.ledger.api.criteria.CriteriaSubject;
import vn.thidua.ledger.api.criteria.Criterion;
import vn.thidua.ledger.api.criteria.CriterionSource;
import vn.thidua.ledger.api.criteria.Quota;
import vn.thidua.ledger.api.criteria.SanctionCap;
import vn.thidua.ledger.api.criteria.ViolationPenalty;

/**
 * The rules a criteria set's definition must follow to be published, each refusing with its own rule code
 * and the path of the offending field ({@code bands[2].min}). Bands need only a strictly decreasing
 * {@code min}: a score below the last one gets the last band's level.
 */
final class CriteriaSetChecks {

    private CriteriaSetChecks() {
    }

    static void check(CriteriaSet set) {
        if (set.version() < 1) {
            throw invalid("CRITERIA_SET_VERSION_POSITIVE", "version", "Phiên bản phải từ 1 trở lên");
        }
        if (set.subject() == null) {
            throw invalid("CRITERIA_SET_SUBJECT_REQUIRED", "subject",
                    "Phải nêu đối tượng áp dụng: PERSON (cá nhân) hoặc UNIT (tập thể)");
        }
        if (set.effectiveFrom() == null) {
            throw invalid("CRITERIA_SET_EFFECTIVE_FROM_REQUIRED", "effectiveFrom", "Phải nêu ngày có hiệu lực");
        }
        checkCriteria(set.criteria(), set.subject());
        checkBands(set.bands());
        if (set.quota() != null) {
            checkQuota(set.quota(), set);
        }
        checkPenalties(set.violationPenalty());
        if (set.sanctionCap() != null) {
            checkSanctionCap(set.sanctionCap(), set);
        }
    }

    private static void checkCriteria(List<Criterion> criteria, CriteriaSubject subject) {
        if (criteria.isEmpty()) {
            throw invalid("CRITERIA_SET_CRITERIA_REQUIRED", "criteria", "Bộ tiêu chí phải có ít nhất một tiêu chí");
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion criterion = criteria.get(i);
            String path = "criteria[" + i + "]";
            if (!isCode(criterion.code())) {
                throw invalid("CRITERIA_SET_CRITERION_CODE_FORMAT", path + ".code", "Mã tiêu chí '" + criterion.code()
                        + "' phải gồm chữ cái không dấu, chữ số, '.', '_' hoặc '-' (tối đa 64 ký tự)");
            }
            // codes differing only in letter case are one code to a clerk: a file's headings are read in any case
            if (!codes.add(criterion.code().toUpperCase(java.util.Locale.ROOT))) {
                throw invalid("CRITERIA_SET_CRITERION_CODE_UNIQUE", path + ".code",
                        "Mã tiêu chí " + criterion.code() + " bị trùng (không phân biệt chữ hoa, chữ thường)");
            }
            if (!isPositive(criterion.max())) {
                throw invalid("CRITERIA_SET_CRITERION_MAX_POSITIVE", path + ".max",
                        "Điểm tối đa của tiêu chí " + criterion.code() + " phải lớn hơn 0");
            }
            checkPrecision(criterion.max(), path + ".max");
            if (criterion.source() == CriterionSource.SURVEY && subject != CriteriaSubject.UNIT) {
                throw invalid("CRITERIA_SET_SURVEY_FOR_UNITS", path + ".source", "Tiêu chí " + criterion.code()
                        + " lấy điểm từ khảo sát sự hài lòng, chỉ dùng cho tập thể (UNIT)");
            }
        }
    }

    private static void checkBands(List<Band> bands) {
        if (bands.isEmpty()) {
            throw invalid("CRITERIA_SET_BANDS_REQUIRED", "bands", "Bộ tiêu chí phải có ít nhất một mức xếp loại");
        }
        Set<String> levels = new HashSet<>();
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            String path = "bands[" + i + "]";
            if (!isCode(band.level())) {
                throw invalid("CRITERIA_SET_BAND_LEVEL_FORMAT", path + ".level", "Mã mức xếp loại '" + band.level()
                        + "' phải gồm chữ cái không dấu, chữ số, '.', '_' hoặc '-' (tối đa 64 ký tự)");
            }
            if (!levels.add(band.level())) {
                throw invalid("CRITERIA_SET_BAND_LEVEL_UNIQUE", path + ".level",
                        "Mức xếp loại " + band.level() + " bị trùng");
            }
            if (band.min() == null) {
                throw invalid("CRITERIA_SET_BAND_MIN_REQUIRED", path + ".min",
                        "Phải nêu điểm tối thiểu của mức " + band.level());
            }
            checkPrecision(band.min(), path + ".min");
            if (i > 0 && band.min().compareTo(bands.get(i - 1).min()) >= 0) {
                Band above = bands.get(i - 1);
                throw invalid("CRITERIA_SET_BANDS_ORDERED", path + ".min", "Điểm tối thiểu của mức " + band.level()
                        + " (" + band.min().toPlainString() + ") phải thấp hơn của mức " + above.level()
                        + " đứng trước (" + above.min().toPlainString() + "); các mức xếp từ cao xuống thấp");
            }
        }
        // a level is the first band whose min the score reaches: below the lowest band's min no band would be
        // reached, so every score from 0 must reach one (penalties taking a score below 0 leave it in the lowest); a
        // min below 0 would say a score under it reaches no band, which the lowest band takes all the same
        Band lowest = bands.get(bands.size() - 1);
        if (lowest.min().signum() != 0) {
            throw invalid("CRITERIA_SET_BANDS_FROM_ZERO", "bands[" + (bands.size() - 1) + "].min",
                    "Mức thấp nhất (" + lowest.level() + ") phải bắt đầu từ 0 điểm (min: 0) để điểm số nào cũng được "
                            + "xếp loại; mức " + lowest.level() + " đang bắt đầu từ " + lowest.min().toPlainString());
        }
    }

    private static void checkQuota(Quota quota, CriteriaSet set) {
        if (!set.hasLevel(quota.level())) {
            throw unknownLevel("CRITERIA_SET_QUOTA_LEVEL_KNOWN", "quota.level", quota.level());
        }
        if (!isPositive(quota.maxShare()) || quota.maxShare().compareTo(BigDecimal.ONE) > 0) {
            throw invalid("CRITERIA_SET_QUOTA_SHARE", "quota.maxShare",
                    "Tỷ lệ tối đa phải lớn hơn 0 và không quá 1 (ví dụ 0.30 là 30%)");
        }
        checkPrecision(quota.maxShare(), "quota.maxShare");
        if (quota.exceptionalMaxShare() != null) {
            if (quota.exceptionalMaxShare().compareTo(quota.maxShare()) < 0
                    || quota.exceptionalMaxShare().compareTo(BigDecimal.ONE) > 0) {
                throw invalid("CRITERIA_SET_QUOTA_EXCEPTIONAL_SHARE", "quota.exceptionalMaxShare",
                        "Tỷ lệ tối đa của đơn vị được công nhận xuất sắc phải không nhỏ hơn tỷ lệ thường ("
                                + quota.maxShare().toPlainString() + ") và không quá 1 (ví dụ 0.40 là 40%)");
            }
            checkPrecision(quota.exceptionalMaxShare(), "quota.exceptionalMaxShare");
        }
        if (!set.hasLevel(quota.demoteTo())) {
            throw unknownLevel("CRITERIA_SET_QUOTA_LEVEL_KNOWN", "quota.demoteTo", quota.demoteTo());
        }
        if (!set.ranksBelow(quota.demoteTo(), quota.level())) {
            throw invalid("CRITERIA_SET_QUOTA_DEMOTES_DOWN", "quota.demoteTo",
                    "Mức hạ xuống (" + quota.demoteTo() + ") phải thấp hơn mức bị giới hạn (" + quota.level() + ")");
        }
        boolean baseValid = Quota.CLASSIFIED.equals(quota.base()) || quota.baseLevel()
                .filter(level -> set.hasLevel(level) && !level.equals(quota.level())).isPresent();
        if (!baseValid) {
            throw invalid("CRITERIA_SET_QUOTA_BASE", "quota.base", "Cơ sở tính tỷ lệ phải là " + Quota.CLASSIFIED
                    + " (số người được xếp loại) hoặc " + Quota.LEVEL_PREFIX
                    + "<mức> với một mức khác của bộ tiêu chí");
        }
    }

    private static void checkPenalties(List<ViolationPenalty> penalties) {
        Set<String> prefixes = new HashSet<>();
        for (int i = 0; i < penalties.size(); i++) {
            ViolationPenalty penalty = penalties.get(i);
            String path = "violationPenalty[" + i + "]";
            if (penalty.rulePrefix() == null || penalty.rulePrefix().isBlank()) {
                throw invalid("CRITERIA_SET_PENALTY_PREFIX_REQUIRED", path + ".rulePrefix",
                        "Phải nêu mã (hoặc phần đầu mã) của quy định vi phạm, ví dụ NK-");
            }
            if (!prefixes.add(penalty.rulePrefix())) {
                throw invalid("CRITERIA_SET_PENALTY_PREFIX_UNIQUE", path + ".rulePrefix",
                        "Mức trừ điểm cho " + penalty.rulePrefix() + " bị nêu hai lần");
            }
            if (!isPositive(penalty.points())) {
                throw invalid("CRITERIA_SET_PENALTY_POINTS_POSITIVE", path + ".points",
                        "Số điểm trừ cho mỗi vi phạm " + penalty.rulePrefix() + " phải lớn hơn 0");
            }
            checkPrecision(penalty.points(), path + ".points");
        }
    }

    private static void checkSanctionCap(SanctionCap cap, CriteriaSet set) {
        if (!SanctionCap.PERIOD.equals(cap.window()) && !SanctionCap.YEAR.equals(cap.window())) {
            throw invalid("CRITERIA_SET_CAP_WINDOW", "sanctionCap.window",
                    "Phạm vi tính kỷ luật phải là PERIOD (trong kỳ) hoặc YEAR (trong năm)");
        }
        if (!SanctionCap.isKnownForm(cap.minForm())) {
            throw invalid("CRITERIA_SET_SANCTION_FORM_KNOWN", "sanctionCap.minForm", "Hình thức xử lý '"
                    + cap.minForm() + "' không có; dùng một trong " + String.join(", ", SanctionCap.FORMS_BY_SEVERITY));
        }
        if (!set.hasLevel(cap.maxLevel())) {
            throw unknownLevel("CRITERIA_SET_CAP_LEVEL_KNOWN", "sanctionCap.maxLevel", cap.maxLevel());
        }
    }

    private static void checkPrecision(BigDecimal number, String field) {
        if (!CriteriaSet.isWithinPrecision(number)) {
            throw invalid("CRITERIA_SET_NUMBER_PRECISION", field, "Số " + number + " phải có tối đa "
                    + CriteriaSet.MAX_DECIMALS + " chữ số thập phân và " + CriteriaSet.MAX_INTEGER_DIGITS
                    + " chữ số phần nguyên");
        }
    }

    private static boolean isCode(String code) {
        return code != null && EntityId.FORMAT.matcher(code).matches();
    }

    private static boolean isPositive(BigDecimal number) {
        return number != null && number.signum() > 0;
    }

    private static RefusedException unknownLevel(String rule, String field, String level) {
        if (level == null || level.isBlank()) {
            return invalid(rule, field, "Phải nêu mức xếp loại, một trong các mức (bands) của bộ tiêu chí");
        }
        return invalid(rule, field, "Mức " + level + " không có trong các mức xếp loại (bands) của bộ tiêu chí");
    }

    private static RefusedException invalid(String rule, String field, String message) {
        return RefusedException.invalid(rule, field, message);
    }
}
