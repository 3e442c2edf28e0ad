package vn.thidua.ledger.query.ranking;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import vn.thidua.ledger.api.Period;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.api.criteria.CriteriaSet;
import vn.thidua.ledger.api.criteria.CriteriaSetCatalogue;
import vn.thidua.ledger.api.criteria.CriteriaSubject;
import vn.thidua.ledger.api.violation.SubjectKind;
import vn.thidua.ledger.query.facts.CriteriaSets;
import vn.thidua.ledger.query.facts.FactsReader;
import vn.thidua.ledger.query.facts.FactsReader.UnitNode;
import vn.thidua.ledger.query.time.ViewPoint;
import vn.thidua.ledger.rules.CountedViolation;
import vn.thidua.ledger.rules.SurveyFact;
import vn.thidua.ledger.rules.UnitCandidate;
import vn.thidua.ledger.rules.UnitEvaluationFact;
import vn.thidua.ledger.rules.UnitRanker;
import vn.thidua.ledger.rules.UnitStanding;

/** Standings of a cluster's member units for a period, computed from the facts as of a position. */
@Service
public class RankingService {

    @io.swagger.v3.oas.annotations.media.Schema(name = "RankingRow")
    public record Row(int rank, String unitId, String unitName, BigDecimal score, Map<String, BigDecimal> breakdown,
                      BigDecimal penalty, int violations, String level, int evaluations, Integer previousRank,
                      Integer movement, List<String> recordedUnder) {
    }

    public record Ranking(String cluster, String clusterName, String period, String from, String to,
                          String criteriaSet, String criteriaSetTitle, boolean criteriaSetUnconfirmed,
                          long position, String previousPeriod, List<Row> rows) {
    }

    private final FactsReader facts;

    RankingService(FactsReader facts) {
        this.facts = facts;
    }

    /**
     * Ranks under the criteria set asked for; without one, under the set the members' evaluations of the period
     * were recorded with (the most used id, in the version in force for the period, else in the version recorded),
     * else the unit set in force. The previous period, for the movement, is ranked the same way.
     */
    public Ranking rank(String clusterId, ViewPoint point, String criteriaSetParam) {
        requireCluster(clusterId, point.position());
        CriteriaSetCatalogue catalogue = facts.criteriaSets(point.position());
        boolean named = criteriaSetParam != null && !criteriaSetParam.isBlank();
        Function<Period, String> paramFor = period -> named ? criteriaSetParam
                : recordedUnder(clusterId, period, point.position(), catalogue);
        CriteriaSet set = CriteriaSets.resolve(catalogue, paramFor.apply(point.period()), "criteriaSet",
                CriteriaSubject.UNIT, point.period().from());
        boolean pinned = named && criteriaSetParam.contains("@");
        return rank(clusterId, point, set, period -> {
            if (pinned) {
                return set;
            }
            try {
                return CriteriaSets.resolve(catalogue, paramFor.apply(period), "criteriaSet", CriteriaSubject.UNIT,
                        period.from());
            } catch (RefusedException noSetThen) {
                return null;
            }
        });
    }

    /** The set the cluster's members' evaluations of the period were recorded under, as a parameter; or none. */
    private String recordedUnder(String clusterId, Period period, long position, CriteriaSetCatalogue catalogue) {
        Set<String> members = new LinkedHashSet<>();
        facts.members(clusterId, period, position).forEach(m -> members.add(m.unitId()));
        return facts.mostUsedUnitCriteriaSet(members, period, position)
                .map(recorded -> recorded.ref(catalogue, period.from())).orElse(null);
    }

    private String requireCluster(String clusterId, long position) {
        return facts.clusterName(clusterId, position).orElseThrow(() -> new RefusedException(
                RefusedException.Reason.NOT_FOUND, "REFERENCE_EXISTS", "cluster",
                // one recorded only later: asked as of a moment (a business date, say) before it was recorded
                facts.clusterName(clusterId, Long.MAX_VALUE).isPresent()
                        ? "Cụm, khối thi đua " + clusterId + " chưa được ghi nhận " + (position < 0
                        ? "tại thời điểm hỏi: khi đó sổ chưa ghi sự kiện nào" : "tính đến vị trí " + position)
                        + " (sổ ghi nhận nó sau đó; asOf là thời điểm ghi sổ, không phải ngày nghiệp vụ — kỳ xem "
                        + "là tham số period)"
                        : "Không tìm thấy cụm, khối thi đua " + clusterId));
    }

    /** Ranks under exactly {@code set}; the previous period under {@code previousSetOf} it (none: no movement). */
    private Ranking rank(String clusterId, ViewPoint point, CriteriaSet set,
                         Function<Period, CriteriaSet> previousSetOf) {
        String clusterName = requireCluster(clusterId, point.position());
        List<UnitStanding> standings = standings(clusterId, point.period(), point.position(), set);
        Map<String, Integer> previousRanks = new HashMap<>();
        // a period of the year 0001 has none before it
        Period previous = point.period().previous().orElse(null);
        CriteriaSet previousSet = previous == null ? null : previousSetOf.apply(previous);
        if (previousSet != null) {
            // a unit not evaluated then had no rank to move from: its place among the zeros says nothing
            standings(clusterId, previous, point.position(), previousSet).stream()
                    .filter(s -> s.evaluations() > 0)
                    .forEach(s -> previousRanks.put(s.unitId(), s.rank()));
        }
        // the sets each unit's evaluations were given under: one other than the ranking's was read under a set its
        // points were not given for (a criterion it lacks counts nothing), which the row must say
        Map<String, List<String>> recordedUnder = facts.unitCriteriaSetsUsed(
                standings.stream().map(UnitStanding::unitId).toList(), point.period(), point.position());
        List<Row> rows = standings.stream().map(s -> {
            Integer before = previousRanks.get(s.unitId());
            Integer movement = before == null || s.evaluations() == 0 ? null : before - s.rank();
            return new Row(s.rank(), s.unitId(), s.unitName(), s.score(), s.breakdown(), s.penalty(), s.violations(),
                    s.level(), s.evaluations(), before, movement, recordedUnder.getOrDefault(s.unitId(), List.of()));
        }).toList();
        return new Ranking(clusterId, clusterName, point.periodLabel(), point.period().from().toString(),
                point.period().to().toString(), set.ref().toString(), set.title(), set.unconfirmed(),
                point.position(), previous == null ? null : previous.label(), rows);
    }

    /** The standings alone, for a what-if comparison or a live view. */
    public List<UnitStanding> standings(String clusterId, Period period, long position, CriteriaSet set) {
        Set<String> members = new LinkedHashSet<>();
        List<FactsReader.Membership> memberships = facts.members(clusterId, period, position);
        memberships.forEach(m -> members.add(m.unitId()));
        // a violation or survey goes to a unit that was a member on its day: one that had left the cụm by then
        // (a division, itself a member for a while) no longer answers for what happened below it while a member
        // above it was one (memberAbove)
        return standingsOf(members, period, position, set, day -> memberships.stream()
                .filter(m -> !m.from().isAfter(day) && (m.to() == null || !m.to().isBefore(day)))
                .map(FactsReader.Membership::unitId).collect(java.util.stream.Collectors.toSet()));
    }

    /** How one unit stands on its own for a period (as if alone in its cluster). */
    public UnitStanding standingOf(String unitId, Period period, long position, CriteriaSet set) {
        return standingsOf(Set.of(unitId), period, position, set, day -> Set.of(unitId)).get(0);
    }

    /**
     * The member {@code unit} answers to on {@code day}: the nearest above it of those that were members that day; when
     * none was, the nearest of the period's members (a unit that left the cụm keeps what happened below it, as it
     * keeps its evaluations of the period).
     */
    private static String memberAbove(FactsReader.UnitParents parents, String unit, LocalDate day, Set<String> members,
                                      Function<LocalDate, Set<String>> membersOn) {
        String member = parents.nearest(unit, day, membersOn.apply(day));
        return member != null ? member : parents.nearest(unit, day, members);
    }

    /** {@code membersOn} tells which of {@code members} were members on a day. */
    private List<UnitStanding> standingsOf(Set<String> members, Period period, long position, CriteriaSet set,
                                           Function<LocalDate, Set<String>> membersOn) {
        Map<String, UnitNode> units = facts.units(position);
        // every unit that was ever below a member: a violation there weighs on the member it stood under that day
        FactsReader.UnitParents parents = facts.unitParents(position);
        Set<String> everywhere = parents.everBelow(members);
        List<UnitEvaluationFact> evaluations = facts.unitEvaluations(members, period, position);
        // the surveys of the units below a member are its own too, pooled, as its dossier pools them: a district
        // serves its people through its divisions' offices
        Map<String, List<SurveyFact>> surveysOf = new HashMap<>();
        for (SurveyFact survey : facts.surveys(everywhere, period, position)) {
            String member = memberAbove(parents, survey.unitId(), survey.period().to(), members, membersOn);
            if (member != null) {
                surveysOf.computeIfAbsent(member, k -> new ArrayList<>()).add(survey);
            }
        }
        List<CountedViolation> violations = facts.confirmedViolations(everywhere, List.of(), period, position);
        // each on one member, the nearest above its unit as the tree stood on its day: a unit below another member
        // answers for itself, and a unit moved since still counts where it was
        Map<String, List<CountedViolation>> byMember = new HashMap<>();
        for (CountedViolation v : violations) {
            String unit = v.subjectKind() == SubjectKind.UNIT ? v.subjectId() : v.unitId();
            String member = unit == null ? null : memberAbove(parents, unit, v.occurredOn(), members, membersOn);
            if (member != null) {
                byMember.computeIfAbsent(member, k -> new ArrayList<>()).add(v);
            }
        }
        List<UnitCandidate> candidates = new ArrayList<>();
        for (String member : members) {
            List<CountedViolation> own = byMember.getOrDefault(member, List.of());
            UnitNode node = units.get(member);
            candidates.add(new UnitCandidate(member, node == null ? member : node.name(),
                    evaluations.stream().filter(e -> e.unitId().equals(member)).toList(),
                    surveysOf.getOrDefault(member, List.of()), own));
        }
        return UnitRanker.rank(set, period, candidates);
    }
}
