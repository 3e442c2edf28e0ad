package vn.thidua.ledger.api.criteria;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The published versions of criteria sets, and which version applies when. A version is in force for a
 * period when it has the latest {@code effectiveFrom} on or before the period's first day; of two versions
 * taking effect the same day, the higher one (a republished correction) is in force.
 */
public record CriteriaSetCatalogue(List<CriteriaSet> sets) {

    private static final Comparator<CriteriaSet> BY_ID_AND_VERSION =
            Comparator.comparing((CriteriaSet s) -> s.id().value()).thenComparingInt(CriteriaSet::version);
    private static final Comparator<CriteriaSet> BY_TAKING_EFFECT =
            Comparator.comparing(CriteriaSet::effectiveFrom).thenComparingInt(CriteriaSet::version);

    public CriteriaSetCatalogue {
        List<CriteriaSet> sorted = new ArrayList<>(sets);
        sorted.sort(BY_ID_AND_VERSION);
        Set<CriteriaSetRef> seen = new HashSet<>();
        for (CriteriaSet set : sorted) {
            if (!seen.add(set.ref())) {
                throw new IllegalArgumentException("criteria set " + set.ref() + " is listed twice");
            }
        }
        sets = List.copyOf(sorted);
    }

    public static CriteriaSetCatalogue of(CriteriaSet... sets) {
        return new CriteriaSetCatalogue(List.of(sets));
    }

    /** Every version of {@code id}, lowest first; empty for an id never published. */
    public List<CriteriaSet> versions(CriteriaSetId id) {
        return sets.stream().filter(s -> s.id().equals(id)).toList();
    }

    public Optional<CriteriaSet> version(CriteriaSetId id, int version) {
        return sets.stream().filter(s -> s.id().equals(id) && s.version() == version).findFirst();
    }

    /** The version of {@code id} in force for a period starting on {@code periodStart}. */
    public Optional<CriteriaSet> inForce(CriteriaSetId id, LocalDate periodStart) {
        return versions(id).stream().filter(s -> !s.effectiveFrom().isAfter(periodStart)).max(BY_TAKING_EFFECT);
    }

    /** The version {@code ref} names: the pinned one, or the one in force for a period from {@code periodStart}. */
    public Optional<CriteriaSet> resolve(CriteriaSetRef ref, LocalDate periodStart) {
        return ref.pinned() ? version(ref.id(), ref.version()) : inForce(ref.id(), periodStart);
    }

    /**
     * The criteria sets for {@code subject} that took effect last on or before {@code periodStart}, one version
     * per id: normally one; several when different ids took effect the same day (the caller must then be told
     * which one to use); none when nothing for the subject is in force yet. Sets the organisation published
     * are preferred; the built-in catalogue ({@link CriteriaSetId#builtIn()}) is the fallback.
     */
    public List<CriteriaSet> inForce(CriteriaSubject subject, LocalDate periodStart) {
        // the organisation's own sets come first; the shipped catalogue answers only where it has none in force
        List<CriteriaSet> own = inForce(subject, periodStart, false);
        return own.isEmpty() ? inForce(subject, periodStart, true) : own;
    }

    private List<CriteriaSet> inForce(CriteriaSubject subject, LocalDate periodStart, boolean builtIn) {
        List<CriteriaSet> inForce = sets.stream().filter(s -> s.subject() == subject)
                .filter(s -> s.id().builtIn() == builtIn)
                .map(CriteriaSet::id).distinct()
                .flatMap(id -> inForce(id, periodStart).stream())
                .toList();
        Optional<LocalDate> latest = inForce.stream().map(CriteriaSet::effectiveFrom).max(Comparator.naturalOrder());
        return inForce.stream().filter(s -> s.effectiveFrom().equals(latest.orElse(null))).toList();
    }
}
