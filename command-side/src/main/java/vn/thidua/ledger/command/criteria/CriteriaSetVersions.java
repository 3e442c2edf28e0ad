package vn.thidua.ledger.command.criteria;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.api.criteria.CriteriaSet;
import vn.thidua.ledger.api.criteria.CriteriaSetId;
import vn.thidua.ledger.api.criteria.CriteriaSetPublished;
import vn.thidua.ledger.api.criteria.CriteriaSubject;
import vn.thidua.ledger.api.criteria.PublishCriteriaSet;

/**
 * The published versions of one criteria set (bộ tiêu chí). A version, once published, is never edited: a
 * change is a new, higher version, for the same subject.
 */
@Aggregate
class CriteriaSetVersions {

    @AggregateIdentifier
    private CriteriaSetId criteriaSetId;
    private CriteriaSubject subject;
    private int latestVersion;
    private final Set<Integer> published = new HashSet<>();

    CriteriaSetVersions() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(PublishCriteriaSet command) {
        CriteriaSet set = command.criteriaSet();
        CriteriaSetChecks.check(set);
        if (published.contains(set.version())) {
            throw RefusedException.conflict("CRITERIA_SET_VERSION_PUBLISHED", "version", "Phiên bản " + set.ref()
                    + " đã được ban hành và không được sửa; hãy ban hành phiên bản " + (latestVersion + 1));
        }
        if (set.version() < latestVersion) {
            throw RefusedException.conflict("CRITERIA_SET_VERSION_ORDER", "version", "Phiên bản mới của bộ tiêu chí "
                    + set.id().value() + " phải lớn hơn phiên bản mới nhất đã ban hành (" + latestVersion + ")");
        }
        if (subject != null && set.subject() != subject) {
            throw RefusedException.conflict("CRITERIA_SET_SUBJECT_UNCHANGED", "subject",
                    "Các phiên bản của bộ tiêu chí " + set.id().value() + " phải cùng đối tượng áp dụng (" + subject
                            + ")");
        }
        apply(new CriteriaSetPublished(set));
    }

    @EventSourcingHandler
    void on(CriteriaSetPublished event) {
        CriteriaSet set = event.criteriaSet();
        criteriaSetId = set.id();
        subject = set.subject();
        latestVersion = Math.max(latestVersion, set.version());
        published.add(set.version());
    }
}
