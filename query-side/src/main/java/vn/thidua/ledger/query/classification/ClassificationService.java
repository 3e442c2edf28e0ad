package vn.thidua.ledger.query.classification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.thidua.ledger.api.Period;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.api.criteria.CriteriaSet;
import vn.thidua.ledger.api.criteria.CriteriaSetCatalogue;
import vn.thidua.ledger.api.criteria.CriteriaSubject;
import vn.thidua.ledger.api.person.LeaveKind;
import vn.thidua.ledger.api.person.PersonCategory;
import vn.thidua.ledger.api.violation.SanctionForm;
import vn.thidua.ledger.api.violation.SubjectKind;
import vn.thidua.ledger.query.facts.CriteriaSets;
import vn.thidua.ledger.query.facts.FactsReader;
import vn.thidua.ledger.query.facts.FactsReader.PersonEvaluation;
import vn.thidua.ledger.query.ranking.RankingService;
import vn.thidua.ledger.rules.AnnualClassification;
import vn.thidua.ledger.rules.AnnualClassifier;
import vn.thidua.ledger.rules.Classification;
import vn.thidua.ledger.rules.CountedViolation;
import vn.thidua.ledger.rules.DecidedSanction;
import vn.thidua.ledger.rules.PersonClassifier;
import vn.thidua.ledger.rules.UnitStanding;

/**
 * Classifications of a unit's people: per month under a criteria set (scores, caps, quota), over several months
 * (a quarter, a half, a range) on the mean of the months, and per year under Decree 90/48 built on the months.
 */
@Service
public class ClassificationService {

    /** A person's month; {@code criteriaSet} the set it was classified under. */
    public record MonthRow(String personId, String fullName, BigDecimal score, BigDecimal penalty, String level,
                           String levelByScore, List<String> adjustedBy, String criteriaSet) {
    }

    public record PeriodRow(String personId, String fullName, BigDecimal score, BigDecimal penalty,
                            int monthsEvaluated, String level, String levelByScore, List<String> adjustedBy,
                            String criteriaSet) {
    }

    public record YearRow(String personId, String fullName, BigDecimal score, int monthsEvaluated, String level,
                          String levelLabel, String levelByScore, String levelByScoreLabel, List<String> adjustedBy,
                          boolean dismissalFlag, String basis, String criteriaSet, BigDecimal penalty) {
    }

    /**
     * Whether a unit is recognised as exceptional for a period, where the person criteria set's quota allows such a
     * unit a larger share: its own evaluation in the period (under the unit criteria set its evaluations were
     * recorded under, else the one in force) reaches that set's top band.
     *
     * @param unitLevel       the unit's level for the period; null when it was not evaluated
     * @param unitCriteriaSet the unit criteria set judged by; null when none is in force
     */
    public record UnitRecognition(boolean exceptional, String unitLevel, String unitCriteriaSet) {

        static final UnitRecognition NOT_ASKED = new UnitRecognition(false, null, null);
    }

    private final FactsReader facts;
    private final RankingService rankings;
    private final CriteriaSets criteriaSets;

    ClassificationService(FactsReader facts, RankingService rankings, CriteriaSets criteriaSets) {
        this.facts = facts;
        this.rankings = rankings;
        this.criteriaSets = criteriaSets;
    }

    /** How the unit stands for the period, when {@code set}'s quota makes an exception for exceptional units. */
    public UnitRecognition recognition(String unitId, Period period, CriteriaSet set, long position) {
        return recognition(unitId, period, set, null, position);
    }

    /** As above, judging the unit by {@code unitSetParam} when given (refused when it does not resolve). */
    public UnitRecognition recognition(String unitId, Period period, CriteriaSet set, String unitSetParam,
                                       long position) {
        boolean named = unitSetParam != null && !unitSetParam.isBlank();
        // a set named is checked even where no quota asks about the unit: an unknown one is not silently ignored
        CriteriaSet namedSet = named ? criteriaSets.resolve(unitSetParam, "unitCriteriaSet", CriteriaSubject.UNIT,
                period.from(), position) : null;
        if (set.quota() == null || set.quota().exceptionalMaxShare() == null) {
            return UnitRecognition.NOT_ASKED;
        }
        CriteriaSet unitSet;
        if (named) {
            unitSet = namedSet;
        } else {
            String recordedUnder = facts.mostUsedUnitCriteriaSet(Set.of(unitId), period, position)
                    .map(recorded -> recorded.ref(facts.criteriaSets(position), period.from())).orElse(null);
            try {
                unitSet = criteriaSets.resolve(recordedUnder, "unitCriteriaSet", CriteriaSubject.UNIT, period.from(),
                        position);
            } catch (RefusedException noUnitSet) {
                return UnitRecognition.NOT_ASKED;
            }
        }
        UnitStanding standing = rankings.standingOf(unitId, period, position, unitSet);
        if (standing.evaluations() == 0) {
            return new UnitRecognition(false, null, unitSet.ref().toString());
        }
        return new UnitRecognition(standing.level().equals(unitSet.bands().get(0).level()), standing.level(),
                unitSet.ref().toString());
    }

    /** A person's classification for a month and the criteria set it was made under. */
    public record Classified(Classification classification, CriteriaSet set) {
    }

    /**
     * One month of one unit when no criteria set is named: each person under the criteria set their evaluation was
     * recorded under (in its version in force for the month, as {@link #monthSet} takes it), each set's quota over
     * its own people — a unit may evaluate some people under one set and others under another (its công chức under
     * Decree 335 from 2026, say), and scoring one under the other's criteria would read their points as zeros.
     */
    public List<Classified> monthAsRecorded(String unitId, YearMonth month, long position) {
        return monthAsRecorded(unitId, month, facts.personEvaluations(List.of(unitId), Period.month(month), position),
                position);
    }

    /** As above, on the unit's evaluations of the month already read ({@code evaluations}). */
    public List<Classified> monthAsRecorded(String unitId, YearMonth month, List<PersonEvaluation> evaluations,
                                            long position) {
        Period period = Period.month(month);
        Map<String, List<PersonEvaluation>> bySet = evaluations.stream()
                .collect(Collectors.groupingBy(PersonEvaluation::criteriaSetId, TreeMap::new, Collectors.toList()));
        CriteriaSetCatalogue catalogue = facts.criteriaSets(position);
        List<Classified> rows = new ArrayList<>();
        for (List<PersonEvaluation> recorded : bySet.values()) {
            CriteriaSet set = recordedSet(catalogue, recorded, period);
            classify(set, period, recorded, true, position, recognition(unitId, period, set, position).exceptional())
                    .forEach(c -> rows.add(new Classified(c, set)));
        }
        rows.sort(java.util.Comparator.comparing(c -> c.classification().personId()));
        return rows;
    }

    /** Whether the unit's evaluations of the month were recorded under more than one criteria set. */
    public boolean monthUnderSeveralSets(String unitId, YearMonth month, long position) {
        return inService(facts.personEvaluations(List.of(unitId), Period.month(month), position), position).stream()
                .map(PersonEvaluation::criteriaSetId).distinct().count() > 1;
    }

    /** The set of evaluations recorded under one id: its version in force for the period, else the one recorded. */
    private static CriteriaSet recordedSet(CriteriaSetCatalogue catalogue, List<PersonEvaluation> recorded,
                                           Period period) {
        String id = recorded.get(0).criteriaSetId();
        try {
            return CriteriaSets.resolve(catalogue, id, "criteriaSet", CriteriaSubject.PERSON, period.from());
        } catch (RefusedException noVersionInForce) {
            String version = mostUsed(recorded.stream().map(e -> Integer.toString(e.criteriaSetVersion())).toList());
            return CriteriaSets.resolve(catalogue, id + "@" + version, "criteriaSet", CriteriaSubject.PERSON,
                    period.from());
        }
    }

    /** One month of one unit: the people evaluated there that month. */
    public List<Classification> month(String unitId, YearMonth month, CriteriaSet set, long position) {
        return month(unitId, month, set, position,
                recognition(unitId, Period.month(month), set, position).exceptional());
    }

    /** One month of one unit, recognised as exceptional that month or not. */
    public List<Classification> month(String unitId, YearMonth month, CriteriaSet set, long position,
                                      boolean exceptionalUnit) {
        Period period = Period.month(month);
        return classify(set, period, facts.personEvaluations(List.of(unitId), period, position), true, position,
                exceptionalUnit);
    }

    /**
     * One month's scores of one unit's people as recorded, for the year, which leaves out the months after a
     * dismissal itself (and still lists the person, not classified, when none is left).
     */
    private List<Classification> monthAsScored(String unitId, YearMonth month, CriteriaSet set, long position) {
        Period period = Period.month(month);
        return classify(set, period, facts.personEvaluations(List.of(unitId), period, position), false, position,
                false);
    }

    /**
     * The month's evaluations under {@code set}, with their people's violations and sanctions; only those of months
     * in service ({@link #inService}) when {@code inServiceOnly}, judged by the sanctions read for the month anyway.
     */
    private List<Classification> classify(CriteriaSet set, Period period, List<PersonEvaluation> recorded,
                                          boolean inServiceOnly, long position, boolean exceptionalUnit) {
        List<DecidedSanction> sanctions = facts.sanctions(recorded.stream().map(PersonEvaluation::personId)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new)), position);
        List<PersonEvaluation> evaluations = inServiceOnly ? inService(recorded, sanctions, position) : recorded;
        Set<String> people = evaluations.stream().map(PersonEvaluation::personId)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        List<CountedViolation> violations = facts.confirmedViolations(Set.of(), people, period, position);
        return PersonClassifier.classify(set, period,
                evaluations.stream().map(PersonEvaluation::scoresForRules).toList(), violations, sanctions,
                exceptionalUnit);
    }

    /**
     * Several months of one unit as one: the people whose last whole month of the period evaluated was evaluated
     * there, each on the mean of all their months of the period in whichever units (a person moved within a quarter
     * is classified once, where the year would place them too), penalties and sanctions of the whole period, the
     * quota over the people.
     */
    public List<PeriodRow> months(String unitId, Period period, CriteriaSet set, long position,
                                  boolean exceptionalUnit) {
        return months(period, set, ofThePeriod(unitId, period, position), position, exceptionalUnit);
    }

    /**
     * As {@link #months(String, Period, CriteriaSet, long, boolean)} when no criteria set is named: each person under
     * the set most of their months of the period were recorded under (in its version in force at the period's start),
     * each set's quota over its own people — as {@link #monthAsRecorded} does for one month.
     */
    public List<PeriodRow> monthsAsRecorded(String unitId, Period period, long position) {
        Map<String, List<PersonEvaluation>> byPerson = new TreeMap<>();
        ofThePeriod(unitId, period, position).forEach(e ->
                byPerson.computeIfAbsent(e.personId(), k -> new ArrayList<>()).add(e));
        Map<String, List<PersonEvaluation>> bySet = new TreeMap<>();
        byPerson.values().forEach(months -> bySet.computeIfAbsent(
                mostUsed(months.stream().map(PersonEvaluation::criteriaSetId).toList()),
                k -> new ArrayList<>()).addAll(months));
        CriteriaSetCatalogue catalogue = facts.criteriaSets(position);
        List<PeriodRow> rows = new ArrayList<>();
        for (Map.Entry<String, List<PersonEvaluation>> recorded : bySet.entrySet()) {
            CriteriaSet set = recordedSet(catalogue, recorded.getValue().stream()
                    .filter(e -> e.criteriaSetId().equals(recorded.getKey())).toList(), period);
            rows.addAll(months(period, set, recorded.getValue(), position,
                    recognition(unitId, period, set, position).exceptional()));
        }
        rows.sort(java.util.Comparator.comparing(PeriodRow::personId));
        return rows;
    }

    /** Whether the months of the period classified in the unit were recorded under more than one criteria set. */
    public boolean periodUnderSeveralSets(String unitId, Period period, long position) {
        return ofThePeriod(unitId, period, position).stream().map(PersonEvaluation::criteriaSetId).distinct()
                .count() > 1;
    }

    /** The people of {@code evaluations} (all their months of the period) classified under {@code set}. */
    private List<PeriodRow> months(Period period, CriteriaSet set, List<PersonEvaluation> evaluations, long position,
                                   boolean exceptionalUnit) {
        Map<String, Long> monthsEvaluated = evaluations.stream()
                .collect(Collectors.groupingBy(PersonEvaluation::personId, Collectors.counting()));
        List<CountedViolation> violations = facts.confirmedViolations(Set.of(), monthsEvaluated.keySet(), period,
                position);
        List<DecidedSanction> sanctions = facts.sanctions(monthsEvaluated.keySet(), position);
        List<Classification> rows = PersonClassifier.classifyOverMonths(set, period,
                evaluations.stream().map(PersonEvaluation::scoresForRules).toList(), violations, sanctions,
                exceptionalUnit);
        Map<String, String> names = names(monthsEvaluated.keySet(), position);
        return rows.stream().map(c -> new PeriodRow(c.personId(), names.get(c.personId()), c.score(), c.penalty(),
                monthsEvaluated.get(c.personId()).intValue(), c.level(), c.levelByScore(), c.adjustedBy(),
                set.ref().toString())).toList();
    }

    /**
     * The months of the period of the people whose last whole month of it evaluated was evaluated in the unit, in
     * whichever units.
     */
    private List<PersonEvaluation> ofThePeriod(String unitId, Period period, long position) {
        Set<String> evaluatedHere = evaluationsWithin(unitId, period, position).stream()
                .map(PersonEvaluation::personId).collect(Collectors.toSet());
        List<PersonEvaluation> theirs = evaluatedHere.isEmpty() ? List.of()
                : inService(wholeMonths(facts.personEvaluationsOf(evaluatedHere, period, position), period), position);
        Map<String, String> home = new HashMap<>();
        theirs.forEach(e -> home.put(e.personId(), e.unitId())); // in month order: the last month's unit stays
        return theirs.stream().filter(e -> unitId.equals(home.get(e.personId()))).toList();
    }

    /** The months evaluated that lie wholly inside the period (a range cutting a month leaves that month out). */
    private List<PersonEvaluation> evaluationsWithin(String unitId, Period period, long position) {
        return inService(wholeMonths(facts.personEvaluations(List.of(unitId), period, position), period), position);
    }

    /**
     * {@code evaluations} without the months begun after their person's dismissal ended the service, though evaluated
     * (the dismissal recorded late, after the unit went on evaluating), as the year leaves them out: a dismissal
     * before the person joined ended an earlier service.
     */
    private List<PersonEvaluation> inService(List<PersonEvaluation> evaluations, long position) {
        return evaluations.isEmpty() ? evaluations : inService(evaluations, facts.sanctions(evaluations.stream()
                .map(PersonEvaluation::personId).collect(Collectors.toSet()), position), position);
    }

    /** {@link #inService(List, long)} judged by {@code sanctions}, those of the evaluations' people already read. */
    private List<PersonEvaluation> inService(List<PersonEvaluation> evaluations, List<DecidedSanction> sanctions,
                                             long position) {
        List<DecidedSanction> dismissals = sanctions.stream()
                .filter(s -> s.form() == SanctionForm.BUOC_THOI_VIEC && s.subjectKind() == SubjectKind.PERSON)
                .toList();
        if (dismissals.isEmpty()) {
            return evaluations; // most months: one query, nothing more
        }
        Map<String, LocalDate> joined = facts.joinedOn(
                dismissals.stream().map(DecidedSanction::subjectId).collect(Collectors.toSet()), position);
        Map<String, LocalDate> dismissed = new HashMap<>();
        for (DecidedSanction sanction : dismissals) {
            LocalDate joinedOn = joined.get(sanction.subjectId());
            if (joinedOn == null || !sanction.decidedOn().isBefore(joinedOn)) {
                dismissed.merge(sanction.subjectId(), sanction.decidedOn(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        if (dismissed.isEmpty()) {
            return evaluations;
        }
        return evaluations.stream().filter(e -> {
            LocalDate ended = dismissed.get(e.personId());
            return ended == null || !e.month().withDayOfMonth(1).isAfter(ended);
        }).toList();
    }

    private static List<PersonEvaluation> wholeMonths(List<PersonEvaluation> evaluations, Period period) {
        return evaluations.stream().filter(e -> period.encloses(Period.month(YearMonth.from(e.month())))).toList();
    }

    public Map<String, String> names(Iterable<String> personIds, long position) {
        List<String> ids = new ArrayList<>();
        personIds.forEach(ids::add);
        Map<String, String> names = new HashMap<>();
        facts.people(ids, position).forEach((id, row) -> names.put(id, row[0]));
        return names;
    }

    /**
     * The criteria set of a month: the one asked for, else the id the month's evaluations were recorded under
     * (the most used) in its version in force for the month, as for rankings. An id with no version in force then
     * (every evaluation named a version taking effect later) is taken in the version they named.
     */
    public CriteriaSet monthSet(String unitId, YearMonth month, String param, long position) {
        return periodSet(unitId, Period.month(month), param, position);
    }

    /** The criteria set of several months, chosen as for one month with the version in force at the period's start. */
    public CriteriaSet periodSet(String unitId, Period period, String param, long position) {
        CriteriaSetCatalogue catalogue = facts.criteriaSets(position);
        if (param == null || param.isBlank()) {
            List<PersonEvaluation> evaluations = evaluationsWithin(unitId, period, position);
            if (!evaluations.isEmpty()) {
                String id = mostUsed(evaluations.stream().map(PersonEvaluation::criteriaSetId).toList());
                return recordedSet(catalogue, evaluations.stream().filter(e -> e.criteriaSetId().equals(id)).toList(),
                        period);
            }
        }
        return CriteriaSets.resolve(catalogue, param, "criteriaSet", CriteriaSubject.PERSON, period.from());
    }

    /** The value met most often, the first in order among equals. */
    private static String mostUsed(List<String> values) {
        return values.stream().collect(Collectors.groupingBy(v -> v, TreeMap::new, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                        .thenComparing(Map.Entry.<String, Long>comparingByKey().reversed()))
                .orElseThrow().getKey();
    }

    /** The criteria set the year's months are classified under (that of its last evaluated month), if any. */
    public java.util.Optional<String> yearSet(String unitId, int year, String param, long position) {
        for (int m = 12; m >= 1; m--) {
            YearMonth month = YearMonth.of(year, m);
            if (!facts.personEvaluations(List.of(unitId), Period.month(month), position).isEmpty()) {
                return java.util.Optional.of(monthSet(unitId, month, param, position).ref().toString());
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The year of one unit under Decree 90/48 (Decree 335 from 2026 for công chức): the people whose year belongs to
     * it ({@link #homeUnits}), each on all their months of the year in whichever units (a transfer is
     * not an absence), the year before computed first for the rules that look back.
     */
    public List<AnnualClassification> year(String unitId, int year, String param, long position) {
        Map<String, AnnualClassification> previous = new HashMap<>();
        Set<String> people = peopleOfYear(unitId, year, position);
        // the year 0001 has none before it to look back at
        for (String unit : year <= 1 ? List.<String>of()
                : homeUnits(people, year - 1, position).values().stream().distinct().toList()) {
            Set<String> before = peopleOfYear(unit, year - 1, position);
            // the year before as its own view tells it, sparing a decision of it on a violation that failed an
            // earlier year: else that year's KHTNV, and two failing years in a row, would be seen where none is
            orAsRecorded(param, named -> yearOnly(unit, year - 1, before, named, position, Map.of(),
                    earlierYears(before, year - 1, named, position, true))).forEach((person, c) -> {
                        if (people.contains(person)) {
                            previous.put(person, c);
                        }
                    });
        }
        return List.copyOf(yearOnly(unitId, year, people, param, position, previous,
                earlierYears(people, year, param, position, false)).values());
    }

    /**
     * The earlier years that a decision of {@code year} looks back at: those of the violations it answers (Decree
     * 48: a violation that failed its year does not fail the year of its decision, however late that is), each as
     * that year's own classification tells it; the year just before only when {@code withYearBefore} (the caller
     * has it otherwise). Each unit's year is classified once for all of its people asked about.
     */
    private Map<String, Map<Integer, AnnualClassification>> earlierYears(Set<String> people, int year, String param,
                                                                        long position, boolean withYearBefore) {
        Map<String, Map<Integer, AnnualClassification>> earlier = new HashMap<>();
        if (people.isEmpty()) {
            return earlier;
        }
        int latest = withYearBefore ? year - 1 : year - 2;
        Map<Integer, Set<String>> asked = new TreeMap<>();
        for (DecidedSanction sanction : facts.sanctions(people, position)) {
            LocalDate occurred = sanction.violationOccurredOn();
            if (occurred != null && sanction.subjectKind() == SubjectKind.PERSON && sanction.form().disciplinary()
                    && sanction.decidedOn().getYear() == year
                    && !sanction.decidedOn().isBefore(AnnualClassifier.DECREE_48_IN_FORCE)
                    && occurred.getYear() <= latest && occurred.getYear() >= 1) {
                asked.computeIfAbsent(occurred.getYear(), k -> new java.util.TreeSet<>()).add(sanction.subjectId());
            }
        }
        asked.forEach((violationYear, whose) -> {
            Map<String, String> homes = homeUnits(whose, violationYear, position);
            for (String home : new java.util.TreeSet<>(homes.values())) {
                orAsRecorded(param, named -> year(home, violationYear, named, position)).forEach(c -> {
                    if (home.equals(homes.get(c.personId()))) {
                        earlier.computeIfAbsent(c.personId(), k -> new HashMap<>()).put(violationYear, c);
                    }
                });
            }
        });
        return earlier;
    }

    /**
     * An earlier year looked back at under the criteria set named, or as recorded when the name has no version in
     * force then (a set adopted from this year's first day: the year asked is answered under it, the one before as
     * it was evaluated).
     */
    private <T> T orAsRecorded(String param, java.util.function.Function<String, T> year) {
        try {
            return year.apply(param);
        } catch (RefusedException noVersionThen) {
            if (param == null || param.isBlank() || param.contains("@")
                    || noVersionThen.reason() != RefusedException.Reason.NOT_FOUND) {
                throw noVersionThen;
            }
            return year.apply(null);
        }
    }

    /** One person's year, in the unit it belongs to ({@link #homeUnits}); empty when they were evaluated nowhere. */
    public java.util.Optional<AnnualClassification> personYear(String personId, int year, String param, long position) {
        String home = homeUnits(Set.of(personId), year, position).get(personId);
        return home == null ? java.util.Optional.empty() : year(home, year, param, position).stream()
                .filter(c -> c.personId().equals(personId)).findFirst();
    }

    /**
     * The unit each person's year belongs to, of those evaluated in it: the unit they work in at the year's end, by
     * the record as of the position (the unit that classifies them, Decree 90: a transfer moves the year there,
     * though the new unit has not evaluated a month of it yet); for one whose service ended by then (a dismissal),
     * the unit of their last month evaluated.
     */
    private Map<String, String> homeUnits(Set<String> people, int year, long position) {
        Map<String, String> home = new HashMap<>();
        if (!people.isEmpty()) {
            facts.personEvaluationsOf(people, Period.year(year), position)
                    .forEach(e -> home.put(e.personId(), e.unitId()));
        }
        if (!home.isEmpty()) {
            Set<String> dismissed = facts.sanctions(home.keySet(), position).stream()
                    .filter(s -> s.form() == SanctionForm.BUOC_THOI_VIEC && s.subjectKind() == SubjectKind.PERSON
                            && s.decidedOn().getYear() <= year)
                    .map(DecidedSanction::subjectId).collect(Collectors.toSet());
            facts.unitsOn(home.keySet(), LocalDate.of(year, 12, 31), position).forEach((person, unit) -> {
                if (!dismissed.contains(person)) {
                    home.put(person, unit);
                }
            });
        }
        return home;
    }

    /**
     * The people whose year belongs to the unit: evaluated in it in the year, or working in it at the year's end
     * (those evaluated nowhere in the year too: their year is the unit's, not classified).
     */
    private Set<String> peopleOfYear(String unitId, int year, long position) {
        Set<String> here = facts.personEvaluations(List.of(unitId), Period.year(year), position)
                .stream().map(PersonEvaluation::personId).collect(Collectors.toCollection(java.util.TreeSet::new));
        Set<String> atYearEnd = new HashSet<>();
        facts.peopleIn(List.of(unitId), LocalDate.of(year, 12, 31), position)
                .forEach(person -> atYearEnd.add(person.personId()));
        here.addAll(atYearEnd);
        Map<String, String> home = homeUnits(here, year, position);
        here.removeIf(person -> home.containsKey(person) ? !unitId.equals(home.get(person))
                : !atYearEnd.contains(person));
        return here;
    }

    /** The year of {@code people}, whose year belongs to {@code unitId} ({@link #peopleOfYear}). */
    private Map<String, AnnualClassification> yearOnly(String unitId, int year, Set<String> people, String param,
                                                       long position, Map<String, AnnualClassification> previous,
                                                       Map<String, Map<Integer, AnnualClassification>> earlier) {
        if (people.isEmpty()) {
            return Map.of();
        }
        Map<String, CriteriaSet> sets = new HashMap<>();
        Map<String, Map<String, BigDecimal>> monthScores = new HashMap<>();
        Map<String, TreeMap<Integer, BigDecimal>> scores = new TreeMap<>();
        // each person's year is leveled under the set of their own last month evaluated
        Map<String, CriteriaSet> personSets = new HashMap<>();
        // and each violation of the year priced as its own month was (the year's set for a month not evaluated)
        Map<String, Map<Integer, CriteriaSet>> monthSets = new HashMap<>();
        Map<String, YearMonth> lastMonths = new HashMap<>();
        // without a set named, each month is scored under the set it was recorded under (people of one unit may be
        // evaluated under different sets)
        boolean asRecorded = param == null || param.isBlank();
        CriteriaSetCatalogue catalogue = asRecorded ? facts.criteriaSets(position) : null;
        for (PersonEvaluation e : facts.personEvaluationsOf(people, Period.year(year), position)) {
            YearMonth month = YearMonth.from(e.month());
            String unitMonth = e.unitId() + "/" + month;
            String scoredUnder = asRecorded ? unitMonth + "/" + e.criteriaSetId() : unitMonth;
            CriteriaSet set = sets.computeIfAbsent(scoredUnder, k -> asRecorded
                    ? recordedSet(catalogue, List.of(e), Period.month(month))
                    : monthSet(e.unitId(), month, param, position));
            // each unit's month classified once a set, under its own set: its people's monthly scores before
            // penalties, which the year takes once (a violation costs its points in the year, not a twelfth of them)
            Map<String, BigDecimal> ofMonth = monthScores.computeIfAbsent(scoredUnder, k -> {
                Map<String, BigDecimal> byPerson = new HashMap<>();
                // scores only: no quota changes a score, so the unit's recognition (a ranking of it) is not asked
                monthAsScored(e.unitId(), month, set, position)
                        .forEach(c -> byPerson.put(c.personId(), c.score().add(c.penalty())));
                return byPerson;
            });
            if (ofMonth.containsKey(e.personId())) {
                scores.computeIfAbsent(e.personId(), k -> new TreeMap<>()).put(month.getMonthValue(),
                        ofMonth.get(e.personId()));
                monthSets.computeIfAbsent(e.personId(), k -> new HashMap<>()).put(month.getMonthValue(), set);
                YearMonth last = lastMonths.get(e.personId());
                if (last == null || !month.isBefore(last)) {
                    lastMonths.put(e.personId(), month);
                    personSets.put(e.personId(), set);
                }
            }
        }
        if (scores.isEmpty()) {
            // a year the unit evaluated nobody in is no year of it to classify (a year long before anyone joined)
            return Map.of();
        }
        // those of its people evaluated nowhere in the year are listed too, not classified (fewer than 6 months):
        // in service by the year's end as the dossier counts them (from their first day, or from the start when
        // none was told), so that the two views agree on who was owed a year
        people.forEach(person -> scores.computeIfAbsent(person, k -> new TreeMap<>()));
        Map<String, String[]> rows = facts.people(scores.keySet(), position);
        Map<String, List<DecidedSanction>> sanctions = facts.sanctions(scores.keySet(), position).stream()
                .collect(Collectors.groupingBy(DecidedSanction::subjectId));
        Map<String, List<FactsReader.Leave>> leaves = facts.leaves(scores.keySet(), position).stream()
                .collect(Collectors.groupingBy(FactsReader.Leave::personId));
        Map<String, LocalDate> joined = facts.joinedOn(scores.keySet(), position);
        // the day the record stood at: months of the year not ended by then are no absence yet
        LocalDate recordDay = facts.dayOf(position);
        Map<String, List<CountedViolation>> violations = facts.confirmedViolations(Set.of(), scores.keySet(),
                Period.year(year), position).stream()
                .filter(v -> v.subjectKind() == SubjectKind.PERSON)
                .collect(Collectors.groupingBy(CountedViolation::subjectId));
        List<AnnualClassification> classified = new ArrayList<>();
        for (Map.Entry<String, TreeMap<Integer, BigDecimal>> person : scores.entrySet()) {
            String[] row = rows.get(person.getKey());
            PersonCategory category = row == null ? null : PersonCategory.valueOf(row[1]);
            List<DecidedSanction> own = sanctions.getOrDefault(person.getKey(), List.of());
            // absence is counted of the months they were in service: not before their first day, nor after a
            // dismissal ended it
            // a dismissal before the year, or before a return to service, ended an earlier service, not this one
            LocalDate joinedOn = joined.get(person.getKey());
            LocalDate serviceFrom = joinedOn != null && joinedOn.getYear() == year ? joinedOn : LocalDate.of(year, 1, 1);
            List<LocalDate> dismissals = own.stream().filter(s -> s.form() == SanctionForm.BUOC_THOI_VIEC
                            && s.subjectKind() == SubjectKind.PERSON).map(DecidedSanction::decidedOn)
                    .filter(decided -> joinedOn == null || !decided.isBefore(joinedOn)).toList();
            // a dismissal before the year ended the service before it (nobody is re-hired under the same id): no
            // month of the year is one of it, though evaluated (the dismissal recorded late)
            LocalDate dismissed = dismissals.stream().filter(decided -> decided.getYear() < year)
                    .max(Comparator.naturalOrder())
                    .or(() -> dismissals.stream().filter(decided -> !decided.isBefore(serviceFrom))
                            .min(Comparator.naturalOrder()))
                    .orElse(null);
            // a month begun after a dismissal ended the service is no month of it, though evaluated (a dismissal
            // recorded late, after the unit went on evaluating)
            Map<Integer, BigDecimal> monthly = person.getValue();
            if (dismissed != null) {
                monthly = new TreeMap<>(monthly);
                monthly.keySet().removeIf(m -> YearMonth.of(year, m).atDay(1).isAfter(dismissed));
            }
            // months on maternity leave count as worked while in service: not after a dismissal ended it
            int maternity = maternityMonths(year, monthly.keySet(), leaves.getOrDefault(person.getKey(), List.of()),
                    dismissed);
            int inService = AnnualClassifier.monthsInService(year, joinedOn, dismissed, recordDay);
            boolean served = AnnualClassifier.servedSixMonths(year, joinedOn, dismissed);
            CriteriaSet set = personSets.get(person.getKey());
            Map<Integer, CriteriaSet> ofMonths = monthSets.getOrDefault(person.getKey(), Map.of());
            // each of the year's confirmed violations once, priced under the set of the month it fell in, as that
            // month and its quarter price it
            // (none for one evaluated in no month: no score to take it from, and no set to price it under)
            BigDecimal penalty = BigDecimal.ZERO;
            List<String> priced = new ArrayList<>();
            for (CountedViolation v : set == null ? List.<CountedViolation>of()
                    : violations.getOrDefault(person.getKey(), List.of())) {
                BigDecimal points = ofMonths.getOrDefault(v.occurredOn().getMonthValue(), set).penaltyFor(v.ruleCode());
                if (points.signum() > 0) {
                    penalty = penalty.add(points);
                    priced.add(v.violationId());
                }
            }
            AnnualClassification before = previous.get(person.getKey());
            Map<Integer, AnnualClassification> earlierYears = new HashMap<>(earlier.getOrDefault(person.getKey(),
                    Map.of()));
            if (before != null) {
                earlierYears.put(before.year(), before);
            }
            classified.add(AnnualClassifier.classify(person.getKey(), category, year, set, monthly, penalty,
                    priced, maternity, inService, served, own, before, earlierYears));
        }
        Map<String, AnnualClassification> result = new LinkedHashMap<>();
        AnnualClassifier.applyDecree335Quota(classified).forEach(c -> result.put(c.personId(), c));
        return result;
    }

    /**
     * The months of {@code year}, not evaluated, that a maternity leave covers at least a day of, of those begun by
     * {@code lastDay} of service (null: the whole year).
     */
    static int maternityMonths(int year, Set<Integer> evaluated, List<FactsReader.Leave> leaves, LocalDate lastDay) {
        int months = 0;
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            if (lastDay != null && month.atDay(1).isAfter(lastDay)) {
                break;
            }
            boolean onLeave = leaves.stream().anyMatch(l -> l.kind().equals(LeaveKind.MATERNITY.name())
                    && !l.from().isAfter(month.atEndOfMonth()) && !l.to().isBefore(month.atDay(1)));
            if (onLeave && !evaluated.contains(m)) {
                months++;
            }
        }
        return months;
    }

    static boolean isCalendarYear(Period period) {
        return period.from().getDayOfYear() == 1
                && period.to().equals(period.from().withDayOfYear(period.from().lengthOfYear()));
    }

    /** A period to classify must hold at least one whole month: evaluations are monthly. */
    static void requireWholeMonth(Period period) {
        LocalDate firstWholeMonth = period.from().getDayOfMonth() == 1 ? period.from()
                : period.from().plusMonths(1).withDayOfMonth(1);
        if (YearMonth.from(firstWholeMonth).atEndOfMonth().isAfter(period.to())) {
            throw RefusedException.invalid("QUERY_PARAMETER", "period",
                    "Kỳ xếp loại phải gồm trọn ít nhất một tháng (đánh giá theo tháng): " + period.from() + ".."
                            + period.to() + " không gồm tháng nào");
        }
    }
}
