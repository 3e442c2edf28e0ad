package vn.thidua.ledger.api;

import java.util.List;

/**
 * What every stored event can say about itself, so that audit trails and dossiers can index any event
 * without knowing its type.
 */
public interface LedgerEvent {

    /** The entities this event is about; the first is the one whose stream it belongs to. */
    List<EntityId> subjects();

    /** The business time the event speaks of ({@code 2024-05-17}, {@code 2024-05}, a range), or null. */
    default String businessTime() {
        return null;
    }
}
