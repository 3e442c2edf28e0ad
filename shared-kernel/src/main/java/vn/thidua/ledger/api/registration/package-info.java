/** Emulation registrations (đăng ký thi đua) of units for a year: their messages and ids. */
package vn.thidua.ledger.api.registration;
