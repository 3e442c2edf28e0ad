package vn.thidua.ledger.rules;

/**
 * Where a unit stood in one cụm or khối thi đua over a year: its rank among the members, the unit ranked first,
 * and whether the unit was evaluated in the year at all (a rank among units without evaluations says nothing).
 */
public record ClusterPlace(String clusterId, String clusterName, int rank, int members, String leaderId,
                           boolean evaluated) {
}
