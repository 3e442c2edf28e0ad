/** Persons (cán bộ, công chức, viên chức, người lao động): their messages and ids. */
package vn.thidua.ledger.api.person;
