package vn.thidua.ledger.command.dispatch;

import org.axonframework.commandhandling.CommandMessage;

/**
 * Judges a command that stored no event (what it asked is recorded already) before it is answered with its entity's
 * last position: that answer tells about the entity too, so an account limited to a unit hears it only within its
 * scope. Called once the command's events would have been staged (its transaction's prepare-commit), where "none"
 * is known; a refusal thrown here rolls the command back.
 */
public interface StoredNothingCheck {

    /** Refuses (a {@code RefusedException}) a command that may not be answered; returns for one that may. */
    void check(CommandMessage<?> command);
}
