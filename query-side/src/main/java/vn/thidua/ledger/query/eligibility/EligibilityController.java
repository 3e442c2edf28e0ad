package vn.thidua.ledger.query.eligibility;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.ledger.api.Period;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.api.criteria.CriteriaSet;
import vn.thidua.ledger.api.criteria.CriteriaSubject;
import vn.thidua.ledger.api.violation.SanctionForm;
import vn.thidua.ledger.api.violation.SubjectKind;
import vn.thidua.ledger.query.classification.ClassificationService;
import vn.thidua.ledger.query.facts.CriteriaSets;
import vn.thidua.ledger.query.facts.FactsReader;
import vn.thidua.ledger.query.facts.ViewPoints;
import vn.thidua.ledger.query.ranking.RankingService;
import vn.thidua.ledger.query.time.ViewPoint;
import vn.thidua.ledger.rules.AnnualClassification;
import vn.thidua.ledger.rules.ClusterPlace;
import vn.thidua.ledger.rules.CountedViolation;
import vn.thidua.ledger.rules.DecidedSanction;
import vn.thidua.ledger.rules.Eligibility;
import vn.thidua.ledger.rules.EligibilityJudge;
import vn.thidua.ledger.rules.EmulationLaw;
import vn.thidua.ledger.rules.UnitStanding;

/** Who meets the conditions of an emulation title for a year, under the law version asked for, and why not. */
@RestController
@Tag(name = "Khen thưởng", description = "Điều kiện danh hiệu thi đua theo từng phiên bản luật")
class EligibilityController {

    record Answer(String candidate, String kind, String title, int year, String law, String lawLabel,
                  boolean eligible, List<Eligibility.Reason> reasons, String level, String criteriaSet,
                  String unitCriteriaSet, long position) {
    }

    private final ViewPoints viewPoints;
    private final FactsReader facts;
    private final ClassificationService classifications;
    private final RankingService rankings;
    private final CriteriaSets criteriaSets;

    EligibilityController(ViewPoints viewPoints, FactsReader facts, ClassificationService classifications,
                          RankingService rankings, CriteriaSets criteriaSets) {
        this.viewPoints = viewPoints;
        this.facts = facts;
        this.classifications = classifications;
        this.rankings = rankings;
        this.criteriaSets = criteriaSets;
    }

    @GetMapping("/api/eligibility")
    @Operation(summary = "Điều kiện danh hiệu Lao động tiên tiến (person) hoặc Tập thể lao động xuất sắc (unit) trong năm")
    Answer eligibility(@Parameter(example = "LB-PNV-01") @RequestParam(required = false) String person,
                       @Parameter(example = "LB-PNV") @RequestParam(required = false) String unit,
                       @Parameter(example = "2024") @RequestParam(required = false) Integer year,
                       @Parameter(description = "LAW_2022 (từ 2024) hoặc LAW_2013; mặc định: luật có hiệu lực cho năm đó")
                       @RequestParam(required = false) String law,
                       @Parameter(description = "bộ tiêu chí cá nhân (ID hoặc ID@V)") @RequestParam(required = false) String criteriaSet,
                       @Parameter(description = "bộ tiêu chí tập thể (ID hoặc ID@V)") @RequestParam(required = false) String unitCriteriaSet,
                       @Parameter(description = "danh hiệu: LAO_DONG_TIEN_TIEN (cá nhân, mặc định), "
                               + "TAP_THE_LAO_DONG_XUAT_SAC (tập thể, mặc định) hoặc CO_THI_DUA (tập thể dẫn đầu cụm, khối)")
                       @RequestParam(required = false) String title,
                       @RequestParam(required = false) String asOf) {
        if (year == null) {
            throw RefusedException.invalid("QUERY_PARAMETER", "year", "Phải nêu năm (year)");
        }
        if (year < 1000 || year > 9999) {
            // a year as a period writes it (2024): four digits
            throw RefusedException.invalid("QUERY_PARAMETER", "year", "Năm phải từ 1000 đến 9999 (ví dụ 2024), không phải "
                    + year);
        }
        if ((person == null) == (unit == null)) {
            throw RefusedException.invalid("QUERY_PARAMETER", person == null ? "person" : "unit",
                    "Nêu đúng một trong hai: person (cá nhân) hoặc unit (tập thể)");
        }
        EmulationLaw version;
        try {
            version = law == null || law.isBlank() ? EmulationLaw.inForceFor(year) : EmulationLaw.valueOf(law);
        } catch (IllegalArgumentException e) {
            throw RefusedException.invalid("QUERY_PARAMETER", "law", "Luật: LAW_2022 hoặc LAW_2013");
        }
        String judged = title == null || title.isBlank()
                ? (person != null ? EligibilityJudge.LAO_DONG_TIEN_TIEN : EligibilityJudge.TAP_THE_LAO_DONG_XUAT_SAC)
                : title.strip();
        if (!judged.equals(person != null ? EligibilityJudge.LAO_DONG_TIEN_TIEN : EligibilityJudge.TAP_THE_LAO_DONG_XUAT_SAC)
                && !(unit != null && judged.equals(EligibilityJudge.CO_THI_DUA))) {
            throw RefusedException.invalid("QUERY_PARAMETER", "title", person != null
                    ? "Danh hiệu xét cho cá nhân: LAO_DONG_TIEN_TIEN"
                    : "Danh hiệu xét cho tập thể: TAP_THE_LAO_DONG_XUAT_SAC hoặc CO_THI_DUA");
        }
        long position = viewPoints.position(asOf);
        if (judged.equals(EligibilityJudge.CO_THI_DUA)) {
            return clusterFlag(unit, year, version, unitCriteriaSet, position);
        }
        return person != null ? person(person, year, version, criteriaSet, position)
                : unit(unit, year, version, criteriaSet, unitCriteriaSet, position);
    }

    private Answer person(String personId, int year, EmulationLaw law, String criteriaSet, long position) {
        String[] person = facts.people(List.of(personId), position).get(personId);
        if (person == null) {
            throw new RefusedException(RefusedException.Reason.NOT_FOUND, "REFERENCE_EXISTS", "person",
                    "Không tìm thấy người " + personId);
        }
        // the year of the unit they last worked in that year (a transfer is not an absence)
        AnnualClassification classification = classifications.personYear(personId, year, criteriaSet, position)
                .orElse(new AnnualClassification(personId, year, null, 0, vn.thidua.ledger.rules.AnnualLevel.NOT_CLASSIFIED,
                        vn.thidua.ledger.rules.AnnualLevel.NOT_CLASSIFIED,
                        List.of(AnnualClassification.WORKED_UNDER_SIX_MONTHS), false, AnnualClassification.DECREE_90,
                        null));
        Eligibility e = EligibilityJudge.advancedWorker(classification, law,
                ownConfirmedViolation(SubjectKind.PERSON, personId, year, position));
        // the set the person's year was leveled under
        return answer(e, "PERSON", classification.level().name(),
                classification.criteriaSet() != null ? classification.criteriaSet() : criteriaSet, null, position);
    }

    private Answer unit(String unitId, int year, EmulationLaw law, String criteriaSet, String unitCriteriaSet,
                        long position) {
        var units = facts.units(position);
        if (!units.containsKey(unitId)) {
            throw new RefusedException(RefusedException.Reason.NOT_FOUND, "REFERENCE_EXISTS", "unit",
                    "Không tìm thấy đơn vị " + unitId);
        }
        Period period = Period.year(year);
        // without a named set, the one the unit's evaluations of the year were recorded under
        String setParam = unitCriteriaSet != null && !unitCriteriaSet.isBlank() ? unitCriteriaSet
                : facts.mostUsedUnitCriteriaSet(Set.of(unitId), period, position)
                        .map(recorded -> recorded.ref(facts.criteriaSets(position), period.from())).orElse(null);
        CriteriaSet set = criteriaSets.resolve(setParam, "unitCriteriaSet", CriteriaSubject.UNIT, period.from(),
                position);
        UnitStanding standing = rankings.standingOf(unitId, period, position, set);
        boolean topBand = standing.level() != null && standing.level().equals(set.bands().get(0).level());
        List<AnnualClassification> members = new ArrayList<>();
        for (String member : FactsReader.subtree(units, unitId)) {
            members.addAll(classifications.year(member, year, criteriaSet, position));
        }
        Set<String> memberIds = new java.util.HashSet<>(members.stream().map(AnnualClassification::personId).toList());
        Set<String> fighters = facts.commendations(memberIds, position).stream()
                .filter(c -> c.title().equals("CHIEN_SI_THI_DUA_CO_SO") && c.status().equals("APPROVED"))
                .filter(c -> period.encloses(c.period()))
                .map(FactsReader.Commendation::recipientId).collect(java.util.stream.Collectors.toSet());
        SanctionForm heaviest = facts.sanctions(memberIds, position).stream()
                .filter(s -> s.decidedOn().getYear() == year && s.form().disciplinary())
                .map(DecidedSanction::form).max(Comparator.comparingInt(SanctionForm::severity)).orElse(null);
        // members whose own confirmed violation in the year bars them from Lao động tiên tiến
        Set<String> barred = facts.confirmedViolations(Set.of(), List.copyOf(memberIds), period, position).stream()
                .filter(v -> v.subjectKind() == SubjectKind.PERSON && memberIds.contains(v.subjectId()))
                .map(CountedViolation::subjectId).collect(java.util.stream.Collectors.toSet());
        Eligibility e = EligibilityJudge.excellentCollective(unitId, year, law, topBand, standing.level(), members,
                fighters, heaviest, ownConfirmedViolation(SubjectKind.UNIT, unitId, year, position), barred);
        return answer(e, "UNIT", standing.level(), criteriaSet, set.ref().toString(), position);
    }

    /**
     * Cờ thi đua: where the unit stood in each cluster or bloc it belonged to during the year, each ranked as
     * {@code GET /api/rankings} ranks it for the year (under {@code unitCriteriaSet} when named).
     */
    private Answer clusterFlag(String unitId, int year, EmulationLaw law, String unitCriteriaSet, long position) {
        if (!facts.units(position).containsKey(unitId)) {
            throw new RefusedException(RefusedException.Reason.NOT_FOUND, "REFERENCE_EXISTS", "unit",
                    "Không tìm thấy đơn vị " + unitId);
        }
        Period period = Period.year(year);
        List<ClusterPlace> places = new ArrayList<>();
        String rankedUnder = null;
        for (String clusterId : facts.clustersOf(unitId, position)) {
            List<FactsReader.Membership> members = facts.members(clusterId, period, position);
            if (members.stream().noneMatch(m -> m.unitId().equals(unitId))) {
                continue;
            }
            RankingService.Ranking ranking;
            try {
                ranking = rankings.rank(clusterId, new ViewPoint(period, period.label(), position), unitCriteriaSet);
            } catch (RefusedException noCriteriaSet) {
                if (unitCriteriaSet != null && !unitCriteriaSet.isBlank()) {
                    throw noCriteriaSet;
                }
                // no unit criteria set recorded or in force for the year: nobody of the cluster was ranked
                places.add(new ClusterPlace(clusterId, facts.clusterName(clusterId, position).orElse(clusterId), 0,
                        members.size(), null, false));
                continue;
            }
            rankedUnder = rankedUnder == null ? ranking.criteriaSet() : rankedUnder;
            RankingService.Row own = ranking.rows().stream().filter(r -> r.unitId().equals(unitId)).findFirst()
                    .orElseThrow();
            // a flag of the cluster the unit holds itself does not bar it: the answer is about the unit
            String flagHolder = facts.clusterFlagHolders(clusterId, period, position).values().stream()
                    .filter(holder -> !holder.equals(unitId)).sorted().findFirst().orElse(null);
            places.add(new ClusterPlace(clusterId, ranking.clusterName(), own.rank(), ranking.rows().size(),
                    ranking.rows().get(0).unitId(), own.evaluations() > 0, flagHolder));
        }
        Eligibility e = EligibilityJudge.clusterFlag(unitId, year, law, places,
                ownConfirmedViolation(SubjectKind.UNIT, unitId, year, position));
        return answer(e, "UNIT", null, null, rankedUnder, position);
    }

    /** A confirmed violation of the candidate itself that occurred in the year, as approval checks; or null. */
    private String ownConfirmedViolation(SubjectKind kind, String id, int year, long position) {
        Period period = Period.year(year);
        List<CountedViolation> violations = kind == SubjectKind.PERSON
                ? facts.confirmedViolations(Set.of(), List.of(id), period, position)
                : facts.confirmedViolations(Set.of(id), List.of(), period, position);
        return violations.stream().filter(v -> v.subjectKind() == kind && v.subjectId().equals(id))
                .map(CountedViolation::violationId).sorted().findFirst().orElse(null);
    }

    private static Answer answer(Eligibility e, String kind, String level, String criteriaSet, String unitCriteriaSet,
                                 long position) {
        return new Answer(e.candidateId(), kind, e.title(), e.year(), e.law().name(), e.law().label(), e.eligible(),
                e.reasons(), level, criteriaSet, unitCriteriaSet, position);
    }
}
