package vn.thidua.ledger.rules;

/**
 * Where a unit stood in one cụm or khối thi đua over a year: its rank among the members, the unit ranked first,
 * whether the unit was evaluated in the year at all (a rank among units without evaluations says nothing), and the
 * other unit that holds the cluster's Cờ thi đua for the year already, if one does.
 */
public record ClusterPlace(String clusterId, String clusterName, int rank, int members, String leaderId,
                           boolean evaluated, String flagHolderId) {

    public ClusterPlace(String clusterId, String clusterName, int rank, int members, String leaderId,
                        boolean evaluated) {
        this(clusterId, clusterName, rank, members, leaderId, evaluated, null);
    }

    /** Ranked first, evaluated, and the cluster's flag held by no other unit. */
    boolean flagFree() {
        return rank == 1 && evaluated && flagHolderId == null;
    }
}
