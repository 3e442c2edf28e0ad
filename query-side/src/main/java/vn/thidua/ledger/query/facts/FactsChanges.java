package vn.thidua.ledger.query.facts;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * The last position this node's facts projector has handled, for live views that recompute when facts
 * change. (The position becomes visible to readers once the processor's batch commits.)
 */
@Component
public class FactsChanges {

    private final AtomicLong lastHandled = new AtomicLong(-1);

    void recorded(long position) {
        lastHandled.accumulateAndGet(position, Math::max);
    }

    public long lastHandled() {
        return lastHandled.get();
    }
}
