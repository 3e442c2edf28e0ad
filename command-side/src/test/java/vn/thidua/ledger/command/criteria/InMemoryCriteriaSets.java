package vn.thidua.ledger.command.criteria;

import java.util.ArrayList;
import java.util.List;
import vn.thidua.ledger.api.criteria.CriteriaSet;
import vn.thidua.ledger.api.criteria.CriteriaSetId;
import vn.thidua.ledger.api.criteria.CriteriaSubject;

/**
 * A {@link CriteriaSetLookup} held in memory, for aggregate tests: register it with
 * {@code fixture.registerInjectableResource(criteriaSets)} and list the published versions with {@link #with}.
 */
public class InMemoryCriteriaSets implements CriteriaSetLookup {

    private final List<CriteriaSet> published = new ArrayList<>();

    public InMemoryCriteriaSets with(CriteriaSet... sets) {
        published.addAll(List.of(sets));
        return this;
    }

    @Override
    public List<CriteriaSet> versions(CriteriaSetId id) {
        return published.stream().filter(s -> s.id().equals(id)).toList();
    }

    @Override
    public List<CriteriaSet> forSubject(CriteriaSubject subject) {
        return published.stream().filter(s -> s.subject() == subject).toList();
    }
}
