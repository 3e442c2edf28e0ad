package vn.thidua.ledger.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class EventLabelsTest {

    private static final String API = "vn/thidua/ledger/api/";

    @Test
    void everyEventOfThePublishedLanguageHasAVietnameseLabel() throws IOException, ClassNotFoundException {
        // the events are the classes of the shared kernel's api packages that carry @Revision
        List<String> events = new ArrayList<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:" + API + "**/*.class")) {
            String path = resource.getURL().getPath();
            String className = path.substring(path.lastIndexOf(API)).replace(".class", "").replace('/', '.');
            if (!className.contains("$") && Class.forName(className).isAnnotationPresent(Revision.class)) {
                events.add(className.substring(className.lastIndexOf('.') + 1));
            }
        }
        assertThat(events).hasSizeGreaterThan(40);
        for (String event : events) {
            assertThat(EventLabels.of(event)).as(event).endsWith(" (" + event + ")");
        }
    }
}
