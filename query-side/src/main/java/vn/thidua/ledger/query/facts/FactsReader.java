package vn.thidua.ledger.query.facts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.api.Period;
import vn.thidua.ledger.api.criteria.CriteriaSet;
import vn.thidua.ledger.api.criteria.CriteriaSetCatalogue;
import vn.thidua.ledger.api.violation.SanctionForm;
import vn.thidua.ledger.api.violation.SubjectKind;
import vn.thidua.ledger.query.time.AsOf;
import vn.thidua.ledger.rules.CountedViolation;
import vn.thidua.ledger.rules.DecidedSanction;
import vn.thidua.ledger.rules.PersonScores;
import vn.thidua.ledger.rules.SurveyFact;
import vn.thidua.ledger.rules.UnitEvaluationFact;

/** Reads the facts as they stood at a stream position: recorded at or before it, not replaced by then. */
@Component
public class FactsReader {

    private static final TypeReference<Map<String, BigDecimal>> SCORES = new TypeReference<>() {
    };

    /** A unit as recorded up to a position; {@code closedOn}, its last day when it was closed by then. */
    public record UnitNode(String unitId, String name, String kind, String parentId, boolean closed,
                           LocalDate closedOn) {
    }

    public record Membership(String unitId, LocalDate from, LocalDate to) {
    }

    public record Campaign(String campaignId, String title, String scopeUnitId, LocalDate startsOn, LocalDate endsOn,
                           LocalDate midTermReview, LocalDate finalReview) {
    }

    public record PersonEvaluation(String personId, String unitId, LocalDate month, String criteriaSetId,
                                   int criteriaSetVersion, Map<String, BigDecimal> scores) {

        public PersonScores scoresForRules() {
            return new PersonScores(personId, unitId, scores);
        }
    }

    public record Commendation(String commendationId, String title, String recipientKind, String recipientId,
                               Period period, String status) {
    }

    /** The last unit tree read (see {@link #units}). */
    private volatile UnitTree lastUnitTree;
    private final JdbcClient jdbc;
    private final ObjectMapper objectMapper;

    FactsReader(JdbcClient jdbc, ObjectMapper objectMapper) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
    }

    /** The moments PostgreSQL can compare: a moment beyond them stands for "before anything" or "from now on". */
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    /** The last position recorded at or before {@code moment} (-1 when none). */
    public long positionAt(Instant moment) {
        if (moment.isBefore(EARLIEST)) {
            return -1;
        }
        moment = moment.isAfter(LATEST) ? LATEST : moment;
        // recorded_at never decreases along the stream (see FactsProjector): the last row by it is the start stored by then
        long stored = jdbc.sql("""
                        SELECT position FROM fact_timeline WHERE recorded_at <= ?
                        ORDER BY recorded_at DESC, position DESC LIMIT 1""")
                .param(Timestamp.from(moment)).query(Long.class).optional().orElse(-1L);
        // an import is stored in one transaction: a moment amid its rows stands before all of them
        return jdbc.sql("""
                        SELECT min(i.position) - 1 FROM fact_timeline t
                        JOIN fact_timeline n ON n.position = t.position + 1 AND n.import_id = t.import_id
                        JOIN fact_timeline i ON i.import_id = t.import_id
                        WHERE t.position = ?""")
                .param(stored).query((rs, n) -> rs.getObject(1) == null ? stored : rs.getLong(1)).single();
    }

    /**
     * The day (in Vietnam) the record stood at {@code asOf}: that of the last event stored by then, today when none
     * was; a view asked at a position (a dossier's dues, a year's absences) answers the same whenever it is asked.
     */
    public LocalDate dayOf(long asOf) {
        return jdbc.sql("SELECT recorded_at FROM fact_timeline WHERE position <= ? ORDER BY position DESC LIMIT 1")
                .param(asOf).query(Timestamp.class).optional()
                .map(at -> at.toInstant().atZone(AsOf.VIETNAM).toLocalDate())
                .orElseGet(() -> LocalDate.now(AsOf.VIETNAM));
    }

    public CriteriaSetCatalogue criteriaSets(long asOf) {
        List<CriteriaSet> sets = jdbc.sql("SELECT definition::text FROM fact_criteria_set WHERE position <= ?")
                .param(asOf).query((rs, n) -> read(rs.getString(1), CriteriaSet.class)).list();
        return new CriteriaSetCatalogue(sets);
    }

    public Map<String, UnitNode> units(long asOf) {
        // unit facts are written in position order and those of one position in one transaction, so the tree as of
        // asOf is the tree through the last unit fact at or before it: kept while that fact is the same one
        long through = jdbc.sql("SELECT coalesce(max(position), -1) FROM fact_unit WHERE position <= ?")
                .param(asOf).query(Long.class).single();
        UnitTree kept = lastUnitTree;
        if (kept != null && kept.through() == through) {
            return kept.units();
        }
        Map<String, UnitNode> units = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT DISTINCT ON (unit_id) unit_id, name, kind, parent_id, closed, closed_on FROM fact_unit
                        WHERE position <= ? ORDER BY unit_id, position DESC""")
                .param(through)
                .query((rs, n) -> new UnitNode(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), rs.getObject(6, LocalDate.class)))
                .list().forEach(u -> units.put(u.unitId(), u));
        Map<String, UnitNode> tree = Collections.unmodifiableMap(units);
        lastUnitTree = new UnitTree(through, tree);
        return tree;
    }

    /** The unit tree through the unit fact at {@code through}: what every ranking of a city asks for first. */
    private record UnitTree(long through, Map<String, UnitNode> units) {
    }

    /**
     * Where each unit stood over time, by the record as of a position: the parent it had from each day (a move's
     * effective day; null: since registration), so that what happened below a unit on a day counts where the unit
     * stood that day.
     */
    public static final class UnitParents {

        record Spell(String parentId, LocalDate from, long position) {
        }

        private final Map<String, List<Spell>> spells;

        UnitParents(Map<String, List<Spell>> spells) {
            this.spells = spells;
        }

        /** The unit's parent on {@code day}: the latest move taking effect by then, the later record of one day. */
        public String parentOn(String unitId, LocalDate day) {
            Spell on = null;
            for (Spell spell : spells.getOrDefault(unitId, List.of())) {
                if (spell.from() != null && spell.from().isAfter(day)) {
                    continue;
                }
                LocalDate start = spell.from() == null ? LocalDate.MIN : spell.from();
                LocalDate onStart = on == null ? null : on.from() == null ? LocalDate.MIN : on.from();
                if (on == null || !start.isBefore(onStart)) {
                    on = spell;
                }
            }
            return on == null ? null : on.parentId();
        }

        /**
         * The first of {@code candidates} met going up from {@code unitId} as the tree stood on {@code day}; as it
         * stands now when that day's tree loops (a store may hold moves recorded out of order from before the node
         * refused them), so that nothing is lost; null when none is above it.
         */
        public String nearest(String unitId, LocalDate day, Set<String> candidates) {
            Set<String> seen = new java.util.HashSet<>();
            String u = unitId;
            for (; u != null && seen.add(u); u = parentOn(u, day)) {
                if (candidates.contains(u)) {
                    return u;
                }
            }
            return u == null || day.equals(LocalDate.MAX) ? null : nearest(unitId, LocalDate.MAX, candidates);
        }

        /** {@code root} and those of {@code units} that stood below it on {@code day}. */
        public Set<String> below(String root, LocalDate day, Collection<String> units) {
            Set<String> result = new java.util.LinkedHashSet<>(List.of(root));
            for (String unit : units) {
                if (root.equals(nearest(unit, day, Set.of(root)))) {
                    result.add(unit);
                }
            }
            return result;
        }

        /** {@code roots} and every unit that was below one of them on any day. */
        public Set<String> everBelow(Collection<String> roots) {
            Set<String> result = new java.util.LinkedHashSet<>(roots);
            boolean grew = true;
            while (grew) {
                grew = false;
                for (Map.Entry<String, List<Spell>> unit : spells.entrySet()) {
                    if (!result.contains(unit.getKey())
                            && unit.getValue().stream().anyMatch(s -> result.contains(s.parentId()))) {
                        result.add(unit.getKey());
                        grew = true;
                    }
                }
            }
            return result;
        }
    }

    /** Where every unit stood over time, by the record as of {@code asOf}; kept, as the tree is, while unchanged. */
    public UnitParents unitParents(long asOf) {
        long through = jdbc.sql("SELECT coalesce(max(position), -1) FROM fact_unit WHERE position <= ?")
                .param(asOf).query(Long.class).single();
        KeptParents kept = lastUnitParents;
        if (kept != null && kept.through() == through) {
            return kept.parents();
        }
        Map<String, List<UnitParents.Spell>> spells = new HashMap<>();
        jdbc.sql("""
                        SELECT unit_id, parent_id, parent_from, position FROM fact_unit
                        WHERE position <= ? ORDER BY unit_id, position""")
                .param(through)
                .query(rs -> {
                    spells.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new UnitParents.Spell(
                            rs.getString(2), date(rs.getDate(3)), rs.getLong(4)));
                });
        UnitParents parents = new UnitParents(Map.copyOf(spells));
        lastUnitParents = new KeptParents(through, parents);
        return parents;
    }

    private record KeptParents(long through, UnitParents parents) {
    }

    private volatile KeptParents lastUnitParents;

    /** {@code root} and every unit below it, by the tree as it stood. */
    public static Set<String> subtree(Map<String, UnitNode> units, String root) {
        Map<String, List<String>> children = new HashMap<>();
        units.values().forEach(u -> {
            if (u.parentId() != null) {
                children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u.unitId());
            }
        });
        Set<String> result = new java.util.LinkedHashSet<>();
        java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            String unit = todo.pop();
            if (result.add(unit)) {
                todo.addAll(children.getOrDefault(unit, List.of()));
            }
        }
        return result;
    }

    public record ClusterRow(String clusterId, String name, String kind) {
    }

    /** Every cluster and bloc registered by {@code asOf}, by id. */
    public List<ClusterRow> clusters(long asOf) {
        return jdbc.sql("SELECT cluster_id, name, kind FROM fact_cluster WHERE position <= ? ORDER BY cluster_id")
                .param(asOf).query((rs, n) -> new ClusterRow(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    public boolean clusterExists(String clusterId, long asOf) {
        return jdbc.sql("SELECT count(*) FROM fact_cluster WHERE cluster_id = ? AND position <= ?")
                .params(clusterId, asOf).query(Long.class).single() > 0;
    }

    public Optional<String> clusterName(String clusterId, long asOf) {
        return jdbc.sql("SELECT name FROM fact_cluster WHERE cluster_id = ? AND position <= ?")
                .params(clusterId, asOf).query(String.class).optional();
    }

    /** The clusters and blocs the unit was ever made a member of by {@code asOf}, by id. */
    public List<String> clustersOf(String unitId, long asOf) {
        return jdbc.sql("SELECT DISTINCT cluster_id FROM fact_cluster_member WHERE unit_id = ? AND position <= ? "
                        + "ORDER BY cluster_id")
                .params(unitId, asOf).query(String.class).list();
    }

    /**
     * Memberships of the cluster, with the end dates they had at {@code asOf}, that overlap {@code period}; a unit
     * closed by {@code asOf} is a member no longer than its last day.
     */
    public List<Membership> members(String clusterId, Period period, long asOf) {
        return jdbc.sql("""
                        SELECT m.unit_id, m.from_date,
                               least(CASE WHEN m.ended_position IS NOT NULL AND m.ended_position <= ? THEN m.ended_to
                                          ELSE m.to_date END,
                                     (SELECT min(e.to_date) FROM fact_cluster_member_end e
                                      WHERE e.cluster_id = m.cluster_id AND e.unit_id = m.unit_id
                                        AND e.from_date = m.from_date AND e.position <= ?)),
                               (SELECT u.closed_on FROM fact_unit u WHERE u.unit_id = m.unit_id AND u.position <= ?
                                ORDER BY u.position DESC LIMIT 1)
                        FROM fact_cluster_member m WHERE m.cluster_id = ? AND m.position <= ?""")
                .params(asOf, asOf, asOf, clusterId, asOf)
                .query((rs, n) -> new Membership(rs.getString(1), rs.getDate(2).toLocalDate(),
                        earlier(date(rs.getDate(3)), date(rs.getDate(4)))))
                .list().stream()
                .filter(m -> m.to() == null || !m.to().isBefore(m.from()))
                .filter(m -> !m.from().isAfter(period.to()) && (m.to() == null || !m.to().isBefore(period.from())))
                .toList();
    }

    /** The earlier of two days, either of which may be none. */
    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    public Optional<Campaign> campaign(String campaignId, long asOf) {
        return jdbc.sql("""
                        SELECT campaign_id, title, scope_unit_id, starts_on, ends_on, mid_term_review, final_review
                        FROM fact_campaign WHERE campaign_id = ? AND position <= ?""")
                .params(campaignId, asOf)
                .query((rs, n) -> new Campaign(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getDate(4).toLocalDate(), rs.getDate(5).toLocalDate(), date(rs.getDate(6)),
                        date(rs.getDate(7))))
                .optional();
    }

    /** Unit evaluations of the units whose period lies inside {@code period}. */
    public List<UnitEvaluationFact> unitEvaluations(Collection<String> unitIds, Period period, long asOf) {
        return jdbc.sql("""
                        SELECT unit_id, period_from, period_to, scores::text FROM fact_unit_evaluation
                        WHERE unit_id = ANY(?) AND period_from >= ? AND period_to <= ?
                          AND position <= ? AND (superseded_position IS NULL OR superseded_position > ?)""")
                .params(array(unitIds), period.from(), period.to(), asOf, asOf)
                .query((rs, n) -> new UnitEvaluationFact(rs.getString(1),
                        new Period(rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate()),
                        read(rs.getString(4), SCORES)))
                .list();
    }

    /**
     * For each unit evaluated inside {@code period}, the criteria sets ({@code id@version}) its evaluations were
     * recorded under, in order.
     */
    public Map<String, List<String>> unitCriteriaSetsUsed(Collection<String> unitIds, Period period, long asOf) {
        Map<String, List<String>> used = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT DISTINCT unit_id, criteria_set_id || '@' || criteria_set_version AS ref
                        FROM fact_unit_evaluation
                        WHERE unit_id = ANY(?) AND period_from >= ? AND period_to <= ?
                          AND position <= ? AND (superseded_position IS NULL OR superseded_position > ?)
                        ORDER BY unit_id, ref""")
                .params(array(unitIds), period.from(), period.to(), asOf, asOf)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                .forEach(e -> used.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return used;
    }

    /**
     * The criteria set most of the units' evaluations inside {@code period} were recorded under: its id, and the
     * version most of them under that id were recorded under.
     */
    public Optional<CriteriaSets.Recorded> mostUsedUnitCriteriaSet(Collection<String> unitIds, Period period,
                                                                   long asOf) {
        return jdbc.sql("""
                        SELECT criteria_set_id, criteria_set_version FROM fact_unit_evaluation
                        WHERE unit_id = ANY(?) AND period_from >= ? AND period_to <= ?
                          AND position <= ? AND (superseded_position IS NULL OR superseded_position > ?)
                        GROUP BY criteria_set_id, criteria_set_version
                        ORDER BY sum(count(*)) OVER (PARTITION BY criteria_set_id) DESC, criteria_set_id,
                                 count(*) DESC, criteria_set_version DESC
                        LIMIT 1""")
                .params(array(unitIds), period.from(), period.to(), asOf, asOf)
                .query((rs, n) -> new CriteriaSets.Recorded(rs.getString(1), rs.getInt(2))).optional();
    }

    public List<SurveyFact> surveys(Collection<String> unitIds, Period period, long asOf) {
        return jdbc.sql("""
                        SELECT unit_id, period_from, period_to, respondents, satisfied FROM fact_survey
                        WHERE unit_id = ANY(?) AND period_from >= ? AND period_to <= ?
                          AND position <= ? AND (superseded_position IS NULL OR superseded_position > ?)""")
                .params(array(unitIds), period.from(), period.to(), asOf, asOf)
                .query((rs, n) -> new SurveyFact(rs.getString(1),
                        new Period(rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate()), rs.getInt(4),
                        rs.getInt(5)))
                .list();
    }

    /**
     * Violations confirmed at {@code asOf} (and neither dismissed nor retracted by then) held against the given
     * units or against people who worked in them, as amended by then, that occurred within {@code period}.
     */
    public List<CountedViolation> confirmedViolations(Collection<String> unitIds, Collection<String> personIds,
                                                      Period period, long asOf) {
        Map<String, ViolationState> states = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT violation_id, event_type, subject_kind, subject_id, unit_id, rule_code, occurred_on
                        FROM fact_violation_event
                        WHERE violation_id IN (SELECT violation_id FROM fact_violation_event
                                               WHERE (unit_id = ANY(?) OR subject_id = ANY(?) OR subject_id = ANY(?)
                                                      OR subject_id = ANY(ARRAY(%s)))
                                                 AND position <= ?)
                          AND position <= ?
                        ORDER BY violation_id, position""".formatted(EVER_STAFF))
                .params(array(unitIds), array(unitIds), array(personIds), array(unitIds), asOf, asOf, asOf)
                .query(rs -> {
                    String id = rs.getString(1);
                    ViolationState state = states.computeIfAbsent(id, k -> new ViolationState());
                    state.apply(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                            date(rs.getDate(7)));
                });
        states.values().removeIf(s -> !"CONFIRMED".equals(s.status) || s.occurredOn == null
                || !period.contains(s.occurredOn));
        Placements placements = placements(states.values(), asOf);
        List<CountedViolation> counted = new ArrayList<>();
        states.forEach((id, s) -> {
            String unit = placements.unitOf(s);
            boolean concerns = s.kind == SubjectKind.PERSON ? personIds.contains(s.subjectId) || unitIds.contains(unit)
                    : unitIds.contains(s.subjectId);
            if (concerns) {
                counted.add(new CountedViolation(id, s.kind, s.subjectId, unit, s.ruleCode, s.occurredOn));
            }
        });
        return counted;
    }

    private static final class ViolationState {
        String status;
        SubjectKind kind;
        String subjectId;
        String unitId;
        String ruleCode;
        LocalDate occurredOn;

        void apply(String type, String subjectKind, String subject, String unit, String rule, LocalDate occurred) {
            kind = SubjectKind.valueOf(subjectKind);
            subjectId = subject;
            if (unit != null) {
                unitId = unit;
            }
            switch (type) {
                case "RECORDED", "AMENDED" -> {
                    ruleCode = rule;
                    occurredOn = occurred;
                    if (status == null) {
                        status = "RECORDED";
                    }
                }
                default -> status = type;
            }
        }
    }

    /**
     * The people ever recorded in one of the units (parameters: the units, the position): few, by its index; as
     * {@code = ANY(ARRAY(…))}, computed once, so the violations are still found by their subject's index.
     */
    private static final String EVER_STAFF =
            "SELECT person_id FROM fact_person WHERE unit_id = ANY(?) AND position <= ?";

    /**
     * Where the people of some violations worked, spell by spell, as the record stood at a position: a person's
     * violation weighs on the unit they worked in on its day by the record as it stands then, so a transfer
     * recorded late, back-dated before the violation, moves it (the unit stamped on the violation is where the
     * ledger placed the person when it was recorded).
     */
    private record Placements(Map<String, List<Spell>> spells) {

        /** The unit a violation is charged to: its subject's unit on its day, else the one stamped on it. */
        String unitOf(ViolationState violation) {
            if (violation.kind != SubjectKind.PERSON || violation.occurredOn == null) {
                return violation.unitId;
            }
            return unitOn(violation.subjectId, violation.occurredOn, violation.unitId);
        }

        /** The person's unit on {@code day} by the record, else {@code stamped} (the unit the fact was recorded in). */
        String unitOn(String personId, LocalDate day, String stamped) {
            // as peopleIn orders them: the latest start on or before the day (since registration first of all),
            // then the latest recorded; the spells come in the order recorded
            Spell on = null;
            for (Spell spell : spells.getOrDefault(personId, List.of())) {
                if (spell.startsBy(day) && (on == null || !spell.start().isBefore(on.start()))) {
                    on = spell;
                }
            }
            return on == null ? stamped : on.unitId();
        }
    }

    /** One row of a person's record: the unit from a day (null: since registration), in the order recorded. */
    private record Spell(String unitId, LocalDate from) {

        LocalDate start() {
            return from == null ? LocalDate.MIN : from;
        }

        boolean startsBy(LocalDate day) {
            return from == null || !from.isAfter(day);
        }
    }

    private Placements placements(Collection<ViolationState> violations, long asOf) {
        Set<String> people = new java.util.HashSet<>();
        violations.stream().filter(v -> v.kind == SubjectKind.PERSON).forEach(v -> people.add(v.subjectId));
        return placementsOf(people, asOf);
    }

    private Placements placementsOf(Set<String> people, long asOf) {
        Map<String, List<Spell>> spells = new HashMap<>();
        if (!people.isEmpty()) {
            jdbc.sql("""
                            SELECT person_id, unit_id, from_date FROM fact_person
                            WHERE person_id = ANY(?) AND position <= ? ORDER BY person_id, position""")
                    .params(array(people), asOf)
                    .query(rs -> {
                        spells.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                                .add(new Spell(rs.getString(2), date(rs.getDate(3))));
                    });
        }
        return new Placements(spells);
    }

    /** Sanctions in force at {@code asOf} of the given people (and units), with the day of their violation. */
    public List<DecidedSanction> sanctions(Collection<String> subjectIds, long asOf) {
        return jdbc.sql("""
                        SELECT s.violation_id, s.subject_kind, s.subject_id, s.unit_id, s.form, s.decided_on,
                               (SELECT v.occurred_on FROM fact_violation_event v
                                WHERE v.violation_id = s.violation_id AND v.occurred_on IS NOT NULL AND v.position <= ?
                                ORDER BY v.position DESC LIMIT 1)
                        FROM fact_sanction s
                        WHERE s.subject_id = ANY(?) AND s.position <= ?
                          AND (s.annulled_position IS NULL OR s.annulled_position > ?)""")
                .params(asOf, array(subjectIds), asOf, asOf)
                .query((rs, n) -> new DecidedSanction(rs.getString(1), SubjectKind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), SanctionForm.valueOf(rs.getString(5)),
                        rs.getDate(6).toLocalDate(), date(rs.getDate(7))))
                .list();
    }

    /** A leave of a person, both days included. */
    public record Leave(String personId, String kind, LocalDate from, LocalDate to) {
    }

    /** The leaves recorded for the given people. */
    public List<Leave> leaves(Collection<String> personIds, long asOf) {
        return jdbc.sql("""
                        SELECT person_id, kind, leave_from, leave_to FROM fact_leave
                        WHERE person_id = ANY(?) AND position <= ?""")
                .params(array(personIds), asOf)
                .query((rs, n) -> new Leave(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                        rs.getDate(4).toLocalDate()))
                .list();
    }

    /** Official monthly evaluations recorded for people of the given units in months within {@code period}. */
    public List<PersonEvaluation> personEvaluations(Collection<String> unitIds, Period period, long asOf) {
        // recorded in these units, or of people who ever worked in them: a transfer recorded late and back-dated
        // moves a month already evaluated to the unit the person worked in at its end
        List<PersonEvaluation> placed = placed(jdbc.sql("""
                        SELECT person_id, unit_id, month, criteria_set_id, criteria_set_version, scores::text
                        FROM fact_person_evaluation
                        WHERE (unit_id = ANY(?) OR person_id = ANY(ARRAY(%s))) AND month >= ? AND month <= ?
                          AND position <= ? AND (superseded_position IS NULL OR superseded_position > ?)
                        ORDER BY person_id, month""".formatted(EVER_STAFF))
                .params(array(unitIds), array(unitIds), asOf, period.from(), period.to(), asOf, asOf)
                .query(evaluationRow).list(), asOf);
        Set<String> units = Set.copyOf(unitIds);
        return placed.stream().filter(e -> units.contains(e.unitId())).toList();
    }

    /**
     * Official monthly evaluations of the given people, in whichever units, in months within {@code period}, each in
     * the unit the person worked in at the month's end by the record as of {@code asOf}.
     */
    public List<PersonEvaluation> personEvaluationsOf(Collection<String> personIds, Period period, long asOf) {
        return placed(jdbc.sql("""
                        SELECT person_id, unit_id, month, criteria_set_id, criteria_set_version, scores::text
                        FROM fact_person_evaluation
                        WHERE person_id = ANY(?) AND month >= ? AND month <= ?
                          AND position <= ? AND (superseded_position IS NULL OR superseded_position > ?)
                        ORDER BY person_id, month""")
                .params(array(personIds), period.from(), period.to(), asOf, asOf)
                .query(evaluationRow).list(), asOf);
    }

    private final org.springframework.jdbc.core.RowMapper<PersonEvaluation> evaluationRow = (rs, n) ->
            new PersonEvaluation(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getString(4),
                    rs.getInt(5), read(rs.getString(6), SCORES));

    /** Each evaluation in the unit its person worked in at the month's end, by the record as of {@code asOf}. */
    private List<PersonEvaluation> placed(List<PersonEvaluation> evaluations, long asOf) {
        if (evaluations.isEmpty()) {
            return evaluations;
        }
        Set<String> people = new java.util.HashSet<>();
        evaluations.forEach(e -> people.add(e.personId()));
        Placements placements = placementsOf(people, asOf);
        return evaluations.stream().map(e -> {
            String unit = placements.unitOn(e.personId(), YearMonth.from(e.month()).atEndOfMonth(), e.unitId());
            return unit.equals(e.unitId()) ? e : new PersonEvaluation(e.personId(), unit, e.month(),
                    e.criteriaSetId(), e.criteriaSetVersion(), e.scores());
        }).toList();
    }

    public record PersonOnDay(String personId, String fullName, String unitId, String category, boolean leader) {
    }

    /** The unit each of the people works in on {@code day}, by the record as it stood at {@code asOf}. */
    public Map<String, String> unitsOn(Collection<String> personIds, LocalDate day, long asOf) {
        Map<String, String> units = new HashMap<>();
        jdbc.sql("""
                        SELECT DISTINCT ON (person_id) person_id, unit_id FROM fact_person
                        WHERE person_id = ANY(?) AND position <= ? AND (from_date IS NULL OR from_date <= ?)
                        ORDER BY person_id, from_date DESC NULLS LAST, position DESC""")
                .params(array(personIds), asOf, day)
                .query(rs -> {
                    if (rs.getString(2) != null) {
                        units.put(rs.getString(1), rs.getString(2));
                    }
                });
        return units;
    }

    /** The people working in one of {@code unitIds} on {@code day}, by the record as it stood at {@code asOf}. */
    public List<PersonOnDay> peopleIn(Collection<String> unitIds, LocalDate day, long asOf) {
        return peopleIn(unitIds, day, day, asOf);
    }

    /**
     * The people working in the units on {@code day} who were still in service on {@code servingOn}: not dismissed
     * (buộc thôi việc, a decision in force as of {@code asOf}) before it.
     */
    public List<PersonOnDay> peopleIn(Collection<String> unitIds, LocalDate day, LocalDate servingOn, long asOf) {
        return jdbc.sql("""
                        SELECT * FROM (
                            SELECT DISTINCT ON (person_id) person_id, full_name, unit_id, category, leader FROM fact_person
                            WHERE person_id IN (SELECT person_id FROM fact_person WHERE unit_id = ANY(?) AND position <= ?)
                              AND position <= ? AND (from_date IS NULL OR from_date <= ?)
                            ORDER BY person_id, from_date DESC NULLS LAST, position DESC) current
                        WHERE unit_id = ANY(?)
                          AND NOT EXISTS (SELECT 1 FROM fact_sanction s
                                          WHERE s.subject_id = current.person_id AND s.form = 'BUOC_THOI_VIEC'
                                            AND s.subject_kind = 'PERSON' AND s.decided_on < ? AND s.position <= ?
                                            AND (s.annulled_position IS NULL OR s.annulled_position > ?))
                        ORDER BY person_id""")
                // only people ever recorded in one of the units can be in one now: not the whole city's staff
                .params(array(unitIds), asOf, asOf, day, array(unitIds), servingOn, asOf, asOf)
                .query((rs, n) -> new PersonOnDay(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5)))
                .list();
    }

    /**
     * A violation as it stands: its sanction in force, if any, and the last decision on it annulled since (its form
     * and day, {@code annulledSanction…}), so that a decision taken and quashed stays told.
     */
    public record ViolationSummary(String violationId, String subjectKind, String subjectId, String unitId,
                                   String ruleCode, LocalDate occurredOn, String status, String sanction,
                                   LocalDate sanctionDecidedOn, String annulledSanction,
                                   LocalDate annulledSanctionDecidedOn, List<Long> positions,
                                   @JsonIgnore Long sanctionPosition, @JsonIgnore Long annulledSanctionPosition) {
    }

    /** Every violation (whatever its status) of the units or their people that occurred in {@code period}. */
    public List<ViolationSummary> violations(Collection<String> unitIds, Period period, long asOf) {
        return violations(unitIds, asOf, v -> period.contains(v.occurredOn()));
    }

    /**
     * The violations of the units or their people that occurred before {@code period} and whose sanction in force, or
     * a sanction annulled since, was decided in it: the discipline a period dealt out for what came before it.
     */
    public List<ViolationSummary> sanctionedInPeriod(Collection<String> unitIds, Period period, long asOf) {
        return violations(unitIds, asOf, v -> v.occurredOn().isBefore(period.from())
                && ((v.sanctionDecidedOn() != null && period.contains(v.sanctionDecidedOn()))
                || (v.annulledSanctionDecidedOn() != null && period.contains(v.annulledSanctionDecidedOn()))));
    }

    private List<ViolationSummary> violations(Collection<String> unitIds, long asOf,
                                              java.util.function.Predicate<ViolationSummary> kept) {
        Map<String, ViolationState> states = new LinkedHashMap<>();
        Map<String, List<Long>> positions = new HashMap<>();
        jdbc.sql("""
                        SELECT violation_id, event_type, subject_kind, subject_id, unit_id, rule_code, occurred_on, position
                        FROM fact_violation_event
                        WHERE violation_id IN (SELECT violation_id FROM fact_violation_event
                                               WHERE (unit_id = ANY(?) OR subject_id = ANY(?)
                                                      OR subject_id = ANY(ARRAY(%s)))
                                                 AND position <= ?)
                          AND position <= ?
                        ORDER BY violation_id, position""".formatted(EVER_STAFF))
                .params(array(unitIds), array(unitIds), array(unitIds), asOf, asOf, asOf)
                .query(rs -> {
                    String id = rs.getString(1);
                    states.computeIfAbsent(id, k -> new ViolationState()).apply(rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), date(rs.getDate(7)));
                    positions.computeIfAbsent(id, k -> new ArrayList<>()).add(rs.getLong(8));
                });
        Map<String, String> sanctions = new HashMap<>();
        Map<String, LocalDate> decidedOn = new HashMap<>();
        Map<String, String> annulledForms = new HashMap<>();
        Map<String, LocalDate> annulledOn = new HashMap<>();
        // where each decision was stored: its number and text are read from there
        Map<String, Long> sanctionAt = new HashMap<>();
        Map<String, Long> annulledAt = new HashMap<>();
        if (!states.isEmpty()) {
            // every decision on them is behind the summary too, annulled ones and their annulments included
            jdbc.sql("""
                            SELECT violation_id, form, position, annulled_position, decided_on FROM fact_sanction
                            WHERE violation_id = ANY(?) AND position <= ? ORDER BY position""")
                    .params(array(states.keySet()), asOf)
                    .query(rs -> {
                        String id = rs.getString(1);
                        long annulled = rs.getLong(4);
                        boolean annulledByNow = !rs.wasNull() && annulled <= asOf;
                        if (!annulledByNow) {
                            sanctions.put(id, rs.getString(2));
                            decidedOn.put(id, date(rs.getDate(5)));
                            sanctionAt.put(id, rs.getLong(3));
                        } else {
                            // read in position order: the last annulled decision is the one kept
                            annulledForms.put(id, rs.getString(2));
                            annulledOn.put(id, date(rs.getDate(5)));
                            annulledAt.put(id, rs.getLong(3));
                        }
                        List<Long> behind = positions.computeIfAbsent(id, k -> new ArrayList<>());
                        behind.add(rs.getLong(3));
                        if (annulledByNow) {
                            behind.add(annulled);
                        }
                    });
            positions.values().forEach(java.util.Collections::sort);
        }
        Placements placements = placements(states.values(), asOf);
        List<ViolationSummary> result = new ArrayList<>();
        states.forEach((id, s) -> {
            String unit = placements.unitOf(s);
            boolean concerns = s.kind == SubjectKind.PERSON ? unitIds.contains(unit) : unitIds.contains(s.subjectId);
            if (concerns && s.occurredOn != null) {
                ViolationSummary summary = new ViolationSummary(id, s.kind.name(), s.subjectId, unit, s.ruleCode,
                        s.occurredOn, s.status, sanctions.get(id), decidedOn.get(id), annulledForms.get(id),
                        annulledOn.get(id), positions.get(id), sanctionAt.get(id), annulledAt.get(id));
                if (kept.test(summary)) {
                    result.add(summary);
                }
            }
        });
        return result;
    }

    /** Names and categories of people as they stood at {@code asOf}. */
    public Map<String, String[]> people(Collection<String> personIds, long asOf) {
        Map<String, String[]> people = new HashMap<>();
        jdbc.sql("""
                        SELECT DISTINCT ON (person_id) person_id, full_name, category, unit_id FROM fact_person
                        WHERE person_id = ANY(?) AND position <= ? ORDER BY person_id, position DESC""")
                .params(array(personIds), asOf)
                .query(rs -> {
                    people.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
                });
        return people;
    }

    /** The first day of service of those of the people registered with one ({@code joinedOn}), as of {@code asOf}. */
    public Map<String, LocalDate> joinedOn(Collection<String> personIds, long asOf) {
        Map<String, LocalDate> joined = new HashMap<>();
        // a person's first row is their registration, dated by the day they joined (null: not given)
        jdbc.sql("""
                        SELECT DISTINCT ON (person_id) person_id, from_date FROM fact_person
                        WHERE person_id = ANY(?) AND position <= ? ORDER BY person_id, position""")
                .params(array(personIds), asOf)
                .query(rs -> {
                    LocalDate day = date(rs.getDate(2));
                    if (day != null) {
                        joined.put(rs.getString(1), day);
                    }
                });
        return joined;
    }

    public List<Commendation> commendations(Collection<String> recipientIds, long asOf) {
        Map<String, Commendation> latest = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT commendation_id, event_type, title, recipient_kind, recipient_id, period_from, period_to
                        FROM fact_commendation_event WHERE recipient_id = ANY(?) AND position <= ?
                        ORDER BY commendation_id, position""")
                .params(array(recipientIds), asOf)
                .query(rs -> {
                    latest.put(rs.getString(1), new Commendation(rs.getString(1), rs.getString(3), rs.getString(4),
                            rs.getString(5), new Period(rs.getDate(6).toLocalDate(), rs.getDate(7).toLocalDate()),
                            rs.getString(2)));
                });
        return List.copyOf(latest.values());
    }

    /**
     * The units holding the Cờ thi đua of {@code clusterId} for a period overlapping {@code period} as recorded by
     * {@code asOf}: flags approved (or reinstated) and not revoked since, by commendation id.
     */
    public Map<String, String> clusterFlagHolders(String clusterId, Period period, long asOf) {
        Map<String, String> holders = new TreeMap<>();
        jdbc.sql("""
                        SELECT DISTINCT ON (commendation_id) commendation_id, event_type, recipient_id
                        FROM fact_commendation_event
                        WHERE commendation_id IN (SELECT commendation_id FROM fact_commendation_event
                                                  WHERE cluster_id = ? AND title = 'CO_THI_DUA' AND position <= ?)
                          AND position <= ? AND period_from <= ? AND period_to >= ?
                        ORDER BY commendation_id, position DESC""")
                .params(clusterId, asOf, asOf, period.to(), period.from())
                .query(rs -> {
                    if ("APPROVED".equals(rs.getString(2))) {
                        holders.put(rs.getString(1), rs.getString(3));
                    }
                });
        return holders;
    }

    /** pgjdbc binds a String[] as a varchar[] for {@code = ANY(?)}. */
    private static String[] array(Collection<String> values) {
        return values.toArray(String[]::new);
    }

    private static LocalDate date(java.sql.Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private <T> T read(String json, Class<T> type) {
        try {
            return objectMapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable fact: " + json, e);
        }
    }

    private <T> T read(String json, TypeReference<T> type) {
        try {
            return objectMapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable fact: " + json, e);
        }
    }
}
