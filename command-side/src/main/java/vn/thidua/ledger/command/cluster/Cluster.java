package vn.thidua.ledger.command.cluster;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.api.cluster.AddClusterMember;
import vn.thidua.ledger.api.cluster.ClusterId;
import vn.thidua.ledger.api.cluster.ClusterMemberAdded;
import vn.thidua.ledger.api.cluster.ClusterMembershipEnded;
import vn.thidua.ledger.api.cluster.ClusterRegistered;
import vn.thidua.ledger.api.cluster.EndClusterMembership;
import vn.thidua.ledger.api.cluster.RegisterCluster;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.command.calendar.Today;
import vn.thidua.ledger.command.directory.OrganisationDirectory;

/** A cluster or bloc (cụm, khối thi đua) and the dated memberships of its units. */
@Aggregate
class Cluster {

    /** A span of membership; {@code to} null means open-ended. */
    private record Membership(UnitId unitId, LocalDate from, LocalDate to) {

        boolean overlaps(LocalDate otherFrom, LocalDate otherTo) {
            return (to == null || !otherFrom.isAfter(to)) && (otherTo == null || !otherTo.isBefore(from));
        }
    }

    @AggregateIdentifier
    private ClusterId clusterId;
    private final List<Membership> memberships = new ArrayList<>();

    Cluster() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    void handle(RegisterCluster command) {
        if (command.name() == null || command.name().isBlank()) {
            throw RefusedException.invalid("CLUSTER_NAME_REQUIRED", "name", "Tên cụm, khối không được để trống");
        }
        if (command.kind() == null) {
            throw RefusedException.invalid("CLUSTER_KIND_REQUIRED", "kind", "Phải nêu là cụm (CUM) hay khối (KHOI)");
        }
        apply(new ClusterRegistered(command.clusterId(), command.name().strip(), command.kind()));
    }

    @CommandHandler
    void handle(AddClusterMember command, OrganisationDirectory directory) {
        if (command.unitId() == null) {
            throw RefusedException.invalid("CLUSTER_MEMBER_REQUIRED", "unitId", "Phải nêu đơn vị");
        }
        if (command.from() == null) {
            throw RefusedException.invalid("CLUSTER_MEMBERSHIP_FROM_REQUIRED", "from", "Phải nêu ngày bắt đầu");
        }
        if (command.to() != null && command.to().isBefore(command.from())) {
            throw RefusedException.invalid("CLUSTER_MEMBERSHIP_ORDERED", "to",
                    "Ngày kết thúc " + command.to() + " trước ngày bắt đầu " + command.from());
        }
        // a membership to come would hold its unit's closing back until then, with no way to withdraw it: it is
        // recorded on the day it begins (its end may be planned ahead)
        Today.notAfter(command.from(), "CLUSTER_MEMBERSHIP_DATE_NOT_IN_FUTURE", "from", "Ngày bắt đầu");
        directory.unit(command.unitId()).orElseThrow(() -> RefusedException.notFound("unitId", command.unitId()))
                .requireOpenOn(command.from(), "unitId");
        for (Membership m : memberships) {
            if (m.unitId().equals(command.unitId()) && m.overlaps(command.from(), command.to())) {
                throw RefusedException.conflict("CLUSTER_MEMBERSHIP_NO_OVERLAP", "from",
                        "Đơn vị " + command.unitId().value() + " đã là thành viên từ " + m.from()
                                + (m.to() == null ? "" : " đến " + m.to()));
            }
        }
        apply(new ClusterMemberAdded(clusterId, command.unitId(), command.from(), command.to()));
    }

    @CommandHandler
    void handle(EndClusterMembership command, OrganisationDirectory directory) {
        if (command.to() == null) {
            throw RefusedException.invalid("CLUSTER_MEMBERSHIP_TO_REQUIRED", "to", "Phải nêu ngày kết thúc");
        }
        if (memberships.stream().noneMatch(m -> m.unitId().equals(command.unitId()))
                && !directory.unitExists(command.unitId())) {
            throw RefusedException.notFound("unitId", command.unitId());
        }
        // the membership running on that day and past it: an open one, or one whose end comes later (a unit leaving
        // early, an end given wrongly) — an end is brought forward, never pushed back
        Optional<Membership> ending = memberships.stream()
                .filter(m -> m.unitId().equals(command.unitId()) && !command.to().isBefore(m.from())
                        && (m.to() == null || command.to().isBefore(m.to())))
                .findFirst();
        if (ending.isEmpty()) {
            if (memberships.stream().anyMatch(m -> m.unitId().equals(command.unitId())
                    && command.to().equals(m.to()))) {
                return; // ended on that day already: nothing changes, nothing to record
            }
            Optional<LocalDate> firstStart = memberships.stream().filter(m -> m.unitId().equals(command.unitId()))
                    .map(Membership::from).min(LocalDate::compareTo);
            if (firstStart.isPresent() && command.to().isBefore(firstStart.get())) {
                throw RefusedException.invalid("CLUSTER_MEMBERSHIP_ORDERED", "to",
                        "Ngày kết thúc " + command.to() + " trước ngày bắt đầu " + firstStart.get());
            }
            throw RefusedException.conflict("CLUSTER_MEMBERSHIP_OPEN", "to", firstStart.isEmpty()
                    ? "Đơn vị " + command.unitId().value() + " chưa từng là thành viên của cụm, khối này"
                    : "Đơn vị " + command.unitId().value() + " không có tư cách thành viên nào của cụm, khối này còn "
                            + "kéo dài qua ngày " + command.to() + " (ngày kết thúc chỉ được đưa sớm lên, không lùi lại)");
        }
        apply(new ClusterMembershipEnded(clusterId, command.unitId(), ending.get().from(), command.to()));
    }

    private Optional<Membership> openMembership(UnitId unitId) {
        return memberships.stream().filter(m -> m.unitId().equals(unitId) && m.to() == null).findFirst();
    }

    @EventSourcingHandler
    void on(ClusterRegistered event) {
        clusterId = event.clusterId();
    }

    @EventSourcingHandler
    void on(ClusterMemberAdded event) {
        memberships.add(new Membership(event.unitId(), event.from(), event.to()));
    }

    @EventSourcingHandler
    void on(ClusterMembershipEnded event) {
        // the membership of that start: each unit's memberships never overlap, so its start names it
        memberships.removeIf(m -> m.unitId().equals(event.unitId()) && m.from().equals(event.from()));
        memberships.add(new Membership(event.unitId(), event.from(), event.to()));
    }
}
