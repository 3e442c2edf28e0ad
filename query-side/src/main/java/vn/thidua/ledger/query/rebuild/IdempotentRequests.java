package vn.thidua.ledger.query.rebuild;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The Idempotency-Key of a request that stores no event (API.md): made once per key, a repeat answered with the
 * first answer (200), the key sent with another request refused (409). Provided by the node, which keeps the answers
 * beside those of the commands.
 */
public interface IdempotentRequests {

    /** Makes {@code request} once for the request's key (always, without one); {@code status} is its first answer's. */
    ResponseEntity<Object> once(HttpServletRequest http, Principal caller, Object body, HttpStatus status,
                                String entityId, Supplier<Object> request);
}
