/** Emulation covenants (giao ước thi đua) between units: their messages and ids. */
package vn.thidua.ledger.api.covenant;
