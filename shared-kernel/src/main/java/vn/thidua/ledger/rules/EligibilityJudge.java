package vn.thidua.ledger.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.ledger.api.violation.SanctionForm;

/**
 * Title eligibility (DOMAIN.md item 6). Lao động tiên tiến: the year's level is HTTNV or better. Tập thể lao
 * động xuất sắc: the unit reached the top band for the year; every member classified is at least HTNV; at
 * least 70% of them are Lao động tiên tiến; at least one member is Chiến sĩ thi đua cơ sở; and, under the
 * 2013 law only, no member was disciplined at cảnh cáo or above in the year — a condition the 2022 law
 * dropped, so the same history can pass under one law and fail under the other. Neither while a confirmed
 * violation of the candidate itself falls in the year: approval would be refused, and a title granted revoked.
 * Cờ thi đua: the unit leads a cụm or khối it belonged to in the year, ranked first and evaluated.
 */
public final class EligibilityJudge {

    public static final String LAO_DONG_TIEN_TIEN = "LAO_DONG_TIEN_TIEN";
    public static final String TAP_THE_LAO_DONG_XUAT_SAC = "TAP_THE_LAO_DONG_XUAT_SAC";
    public static final String CO_THI_DUA = "CO_THI_DUA";
    public static final String CONFIRMED_VIOLATION_IN_YEAR = "CONFIRMED_VIOLATION_IN_YEAR";
    private static final BigDecimal SEVENTY_PERCENT = new BigDecimal("0.70");

    private EligibilityJudge() {
    }

    public static Eligibility advancedWorker(AnnualClassification year, EmulationLaw law) {
        return advancedWorker(year, law, null);
    }

    /**
     * As above, and not while {@code confirmedViolation} (a confirmed violation of the person in the year, or
     * null) stands: a title rewarding a year with one is refused at approval and revoked when granted.
     */
    public static Eligibility advancedWorker(AnnualClassification year, EmulationLaw law, String confirmedViolation) {
        List<Eligibility.Reason> reasons = new ArrayList<>();
        if (year.level() == AnnualLevel.NOT_CLASSIFIED) {
            reasons.add(new Eligibility.Reason("NOT_CLASSIFIED", "Không được xếp loại trong năm " + year.year()));
        } else if (!year.level().atLeast(AnnualLevel.HTTNV)) {
            reasons.add(new Eligibility.Reason("LEVEL_BELOW_HTTNV",
                    "Xếp loại " + year.level().label() + ", chưa đạt Hoàn thành tốt nhiệm vụ"));
        }
        confirmedViolation(reasons, confirmedViolation, year.year());
        return new Eligibility(year.personId(), LAO_DONG_TIEN_TIEN, year.year(), law, reasons.isEmpty(), reasons);
    }

    /**
     * @param unitTopBand          the unit reached the best band of its criteria set for the year
     * @param members              the members' yearly classifications
     * @param emulationFighters    how many members hold Chiến sĩ thi đua cơ sở for the year
     * @param heaviestMemberSanction the heaviest disciplinary form decided for a member in the year, or null
     */
    public static Eligibility excellentCollective(String unitId, int year, EmulationLaw law, boolean unitTopBand,
                                                  String unitLevel, List<AnnualClassification> members,
                                                  int emulationFighters, SanctionForm heaviestMemberSanction) {
        return excellentCollective(unitId, year, law, unitTopBand, unitLevel, members, emulationFighters,
                heaviestMemberSanction, null);
    }

    /** As above, and not while {@code confirmedViolation} (of the unit itself, in the year, or null) stands. */
    public static Eligibility excellentCollective(String unitId, int year, EmulationLaw law, boolean unitTopBand,
                                                  String unitLevel, List<AnnualClassification> members,
                                                  int emulationFighters, SanctionForm heaviestMemberSanction,
                                                  String confirmedViolation) {
        return excellentCollective(unitId, year, law, unitTopBand, unitLevel, members, emulationFighters,
                heaviestMemberSanction, confirmedViolation, java.util.Set.of());
    }

    /**
     * As above, where the members in {@code barredMembers} (a confirmed violation of their own falls in the year)
     * cannot be Lao động tiên tiến whatever their level, and so do not count towards the 70%.
     */
    public static Eligibility excellentCollective(String unitId, int year, EmulationLaw law, boolean unitTopBand,
                                                  String unitLevel, List<AnnualClassification> members,
                                                  int emulationFighters, SanctionForm heaviestMemberSanction,
                                                  String confirmedViolation, java.util.Set<String> barredMembers) {
        return excellentCollective(unitId, year, law, unitTopBand, unitLevel, members, emulationFighters, List.of(),
                heaviestMemberSanction, confirmedViolation, barredMembers);
    }

    /**
     * As above, from the members holding Chiến sĩ thi đua cơ sở for the year ({@code emulationFighterIds}): only
     * those who are Lao động tiên tiến themselves count, since that title is the first condition of theirs — a
     * holder whose year does not reach it (a decision taken on a wrong premise) does not carry the collective.
     */
    public static Eligibility excellentCollective(String unitId, int year, EmulationLaw law, boolean unitTopBand,
                                                  String unitLevel, List<AnnualClassification> members,
                                                  java.util.Set<String> emulationFighterIds,
                                                  SanctionForm heaviestMemberSanction, String confirmedViolation,
                                                  java.util.Set<String> barredMembers) {
        java.util.Set<String> advanced = members.stream().filter(m -> m.level().atLeast(AnnualLevel.HTTNV)
                && !barredMembers.contains(m.personId())).map(AnnualClassification::personId)
                .collect(java.util.stream.Collectors.toSet());
        List<String> unqualified = emulationFighterIds.stream().filter(id -> !advanced.contains(id)).sorted().toList();
        return excellentCollective(unitId, year, law, unitTopBand, unitLevel, members,
                emulationFighterIds.size() - unqualified.size(), unqualified, heaviestMemberSanction,
                confirmedViolation, barredMembers);
    }

    private static Eligibility excellentCollective(String unitId, int year, EmulationLaw law, boolean unitTopBand,
                                                   String unitLevel, List<AnnualClassification> members,
                                                   int emulationFighters, List<String> unqualifiedFighters,
                                                   SanctionForm heaviestMemberSanction, String confirmedViolation,
                                                   java.util.Set<String> barredMembers) {
        List<Eligibility.Reason> reasons = new ArrayList<>();
        if (!unitTopBand) {
            reasons.add(new Eligibility.Reason("UNIT_NOT_HTXS",
                    "Tập thể chưa đạt mức hoàn thành xuất sắc nhiệm vụ (" + (unitLevel == null
                            ? "chưa được đánh giá trong năm" : "mức đạt: " + unitLevel) + ")"));
        }
        List<AnnualClassification> classified = members.stream()
                .filter(m -> m.level() != AnnualLevel.NOT_CLASSIFIED).toList();
        if (classified.isEmpty()) {
            reasons.add(new Eligibility.Reason("NO_MEMBER_CLASSIFIED", "Chưa có thành viên nào được xếp loại năm " + year));
        } else {
            long belowHtnv = classified.stream().filter(m -> !m.level().atLeast(AnnualLevel.HTNV)).count();
            if (belowHtnv > 0) {
                reasons.add(new Eligibility.Reason("MEMBERS_BELOW_HTNV",
                        belowHtnv + " thành viên không hoàn thành nhiệm vụ (yêu cầu 100% từ Hoàn thành nhiệm vụ trở lên)"));
            }
            // Lao động tiên tiến as each member's own eligibility judges it: the level, and no confirmed violation
            long advanced = classified.stream().filter(m -> m.level().atLeast(AnnualLevel.HTTNV)
                    && !barredMembers.contains(m.personId())).count();
            BigDecimal share = BigDecimal.valueOf(advanced)
                    .divide(BigDecimal.valueOf(classified.size()), 4, RoundingMode.HALF_EVEN);
            if (share.compareTo(SEVENTY_PERCENT) < 0) {
                reasons.add(new Eligibility.Reason("ADVANCED_WORKERS_UNDER_70_PERCENT",
                        "Chỉ " + advanced + "/" + classified.size()
                                + " thành viên đủ điều kiện Lao động tiên tiến (từ Hoàn thành tốt nhiệm vụ, không có vi "
                                + "phạm đã xác nhận trong năm; yêu cầu từ 70% trở lên)"));
            }
        }
        if (emulationFighters < 1) {
            reasons.add(new Eligibility.Reason("NO_EMULATION_FIGHTER", unqualifiedFighters.isEmpty()
                    ? "Không có thành viên đạt danh hiệu Chiến sĩ thi đua cơ sở"
                    : "Không có thành viên đạt danh hiệu Chiến sĩ thi đua cơ sở đủ điều kiện Lao động tiên tiến trong năm "
                    + "(được tặng nhưng chưa đủ điều kiện: " + String.join(", ", unqualifiedFighters) + ")"));
        }
        if (law == EmulationLaw.LAW_2013 && heaviestMemberSanction != null
                && heaviestMemberSanction.isAtLeast(SanctionForm.CANH_CAO)) {
            reasons.add(new Eligibility.Reason("MEMBER_DISCIPLINED_CANH_CAO_OR_ABOVE",
                    "Có thành viên bị kỷ luật từ cảnh cáo trở lên trong năm (điều kiện của luật 2013)"));
        }
        confirmedViolation(reasons, confirmedViolation, year);
        return new Eligibility(unitId, TAP_THE_LAO_DONG_XUAT_SAC, year, law, reasons.isEmpty(), reasons);
    }

    /**
     * Cờ thi đua for {@code year}: the unit leads ({@link ClusterPlace#rank()} 1, evaluated) one of the clusters or
     * blocs it belonged to in the year ({@code places}), and no confirmed violation of its own falls in the year.
     */
    public static Eligibility clusterFlag(String unitId, int year, EmulationLaw law, List<ClusterPlace> places,
                                         String confirmedViolation) {
        List<Eligibility.Reason> reasons = new ArrayList<>();
        if (places.isEmpty()) {
            reasons.add(new Eligibility.Reason("NOT_CLUSTER_MEMBER",
                    "Không thuộc cụm, khối thi đua nào trong năm " + year + "; Cờ thi đua tặng đơn vị dẫn đầu cụm, khối"));
        } else if (places.stream().noneMatch(ClusterPlace::flagFree)) {
            for (ClusterPlace place : places) {
                if (place.rank() == 1 && place.evaluated()) {
                    // one flag a cụm or khối a year: a council's earlier decision stands until revoked
                    reasons.add(new Eligibility.Reason("CLUSTER_FLAG_TAKEN", "Dẫn đầu " + place.clusterName() + " ("
                            + place.clusterId() + "), nhưng Cờ thi đua của cụm, khối này năm " + year
                            + " đã được tặng " + place.flagHolderId()));
                } else {
                    reasons.add(new Eligibility.Reason("NOT_LEADING_CLUSTER", place.evaluated()
                            ? "Xếp thứ " + place.rank() + "/" + place.members() + " trong " + place.clusterName()
                            + " (" + place.clusterId() + "); dẫn đầu: " + place.leaderId()
                            : "Chưa được đánh giá trong năm " + year + " ở " + place.clusterName() + " ("
                            + place.clusterId() + ")"));
                }
            }
        }
        confirmedViolation(reasons, confirmedViolation, year);
        return new Eligibility(unitId, CO_THI_DUA, year, law, reasons.isEmpty(), reasons);
    }

    private static void confirmedViolation(List<Eligibility.Reason> reasons, String violation, int year) {
        if (violation != null) {
            reasons.add(new Eligibility.Reason(CONFIRMED_VIOLATION_IN_YEAR, "Vi phạm " + violation
                    + " đã được xác nhận trong năm " + year + ": danh hiệu cho năm này không được phê duyệt, và bị thu"
                    + " hồi nếu đã tặng"));
        }
    }
}
