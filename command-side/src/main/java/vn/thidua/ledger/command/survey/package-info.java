/** Recording satisfaction surveys of units and correcting their figures. */
package vn.thidua.ledger.command.survey;
