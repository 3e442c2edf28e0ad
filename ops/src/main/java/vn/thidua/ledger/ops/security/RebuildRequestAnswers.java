package vn.thidua.ledger.ops.security;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.ledger.query.rebuild.IdempotentRequests;

/**
 * The Idempotency-Key of the requests that store no event outside the accounts (a rebuild): kept as account writes
 * keep theirs, the first answer replayed as it was given.
 */
@Component
class RebuildRequestAnswers implements IdempotentRequests {

    private final AccountWriteAnswers answers;
    private final TransactionTemplate transaction;

    RebuildRequestAnswers(AccountWriteAnswers answers, PlatformTransactionManager transactions) {
        this.answers = answers;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public ResponseEntity<Object> once(HttpServletRequest http, Principal caller, Object body, HttpStatus status,
                                       String entityId, Supplier<Object> request) {
        // the key's lock, its lookup and the answer kept in one transaction; a request refused keeps no key
        return transaction.execute(done -> answers.once(http, caller, body, status, request, answer -> entityId,
                kept -> answers.read(kept, JsonNode.class)));
    }
}
