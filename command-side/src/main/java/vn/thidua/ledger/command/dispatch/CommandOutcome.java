package vn.thidua.ledger.command.dispatch;

/**
 * The result of a handled command as the command bus returns it. The position is filled in during the
 * unit of work's prepare-commit phase, after the events were appended and while the transaction still holds
 * the position counter, so it is exactly the position of this command's last event.
 */
final class CommandOutcome {

    private volatile CommandAnswer answer;

    long position() {
        return answer.position();
    }

    /** The position of the command's last event, or, when it stored none, of its entity's last one. */
    CommandAnswer answer() {
        return answer;
    }

    void answer(CommandAnswer answer) {
        this.answer = answer;
    }
}
