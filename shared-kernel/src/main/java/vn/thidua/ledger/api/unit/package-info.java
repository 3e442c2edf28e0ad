/** Units of the organisation tree (cơ quan, đơn vị): their messages and ids. */
package vn.thidua.ledger.api.unit;
