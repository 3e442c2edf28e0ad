/** Units' yearly emulation registrations under a movement. */
package vn.thidua.ledger.command.registration;
