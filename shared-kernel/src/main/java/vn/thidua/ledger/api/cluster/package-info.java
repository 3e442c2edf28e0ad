/** Clusters and blocs (cụm, khối thi đua) with effective-dated membership: their messages and ids. */
package vn.thidua.ledger.api.cluster;
