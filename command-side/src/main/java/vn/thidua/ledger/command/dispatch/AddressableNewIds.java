package vn.thidua.ledger.command.dispatch;

import java.util.List;
import java.util.function.BiFunction;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.LedgerEvent;
import vn.thidua.ledger.api.RefusedException;

/**
 * Refuses (400 {@code ID_FORMAT}) a new entity named "." or "..": no request path can carry them, so it could never
 * be read or changed. Checked as the first event of a stream is staged, whichever command or import stages it; the
 * typed ids themselves accept them, so that an entity so named before this rule stays readable.
 */
final class AddressableNewIds implements MessageDispatchInterceptor<EventMessage<?>> {

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, message) -> {
            if (message instanceof DomainEventMessage<?> domain && domain.getSequenceNumber() == 0
                    && message.getPayload() instanceof LedgerEvent event && !event.subjects().isEmpty()) {
                String id = event.subjects().get(0).value();
                if (!EntityId.isAddressable(id)) {
                    throw RefusedException.invalid("ID_FORMAT", "id", "Mã '" + id + "' không dùng được: '.' và "
                            + "'..' trong đường dẫn nghĩa là \"đây\" và \"lên trên\", nên không thể tra cứu bản ghi "
                            + "mang mã này");
                }
            }
            return message;
        };
    }
}
