package vn.thidua.ledger.command.criteria;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.api.criteria.CriteriaSet;
import vn.thidua.ledger.api.criteria.PublishCriteriaSet;
import vn.thidua.ledger.command.dispatch.CommandDispatcher;

/**
 * The built-in catalogue (Hanoi 3814 and 1841, Decree 335/2025, the office-culture unit criteria), published
 * as ordinary criteria-set events at the first start so that councils can replay and supersede them like any
 * other version. Values no source confirms are labelled {@code unconfirmed} in the sets themselves.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BuiltInCriteriaSets implements ApplicationRunner {

    static final String ACTOR = "system:catalogue";
    private static final Logger log = LoggerFactory.getLogger(BuiltInCriteriaSets.class);

    private final CommandDispatcher dispatcher;
    private final CriteriaSetLookup published;
    private final ObjectMapper objectMapper;

    BuiltInCriteriaSets(CommandDispatcher dispatcher, CriteriaSetLookup published, ObjectMapper objectMapper) {
        this.dispatcher = dispatcher;
        this.published = published;
        this.objectMapper = objectMapper;
    }

    static List<CriteriaSet> catalogue(ObjectMapper objectMapper) throws IOException {
        List<CriteriaSet> sets = new ArrayList<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath:criteria-sets/*.json")) {
            try (InputStream in = resource.getInputStream()) {
                sets.add(objectMapper.readValue(in, CriteriaSet.class));
            }
        }
        sets.sort(Comparator.comparing((CriteriaSet s) -> s.id().value()).thenComparingInt(CriteriaSet::version));
        return sets;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        for (CriteriaSet set : catalogue(objectMapper)) {
            boolean known = published.versions(set.id()).stream().anyMatch(v -> v.version() >= set.version());
            if (known) {
                continue;
            }
            try {
                dispatcher.send(new PublishCriteriaSet(set), ACTOR);
                log.info("Published built-in criteria set {}", set.ref());
            } catch (RefusedException anotherNodeWasFirst) {
                log.debug("Built-in criteria set {} not published: {}", set.ref(), anotherNodeWasFirst.getMessage());
            }
        }
    }
}
