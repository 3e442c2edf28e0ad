package vn.thidua.ledger.ops.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import vn.thidua.ledger.api.RefusedException;

class FilesOnlyWhereOfferedTest {

    static class Views {
        String trail(@RequestParam(required = false) String period, @RequestParam(required = false) String format) {
            return period + format;
        }

        String ranking(@RequestParam(required = false) String period) {
            return period;
        }
    }

    private final FilesOnlyWhereOffered interceptor = new FilesOnlyWhereOffered();

    private static HandlerMethod handler(String name) throws NoSuchMethodException {
        return name.equals("trail")
                ? new HandlerMethod(new Views(), Views.class.getDeclaredMethod(name, String.class, String.class))
                : new HandlerMethod(new Views(), Views.class.getDeclaredMethod(name, String.class));
    }

    private static MockHttpServletRequest asking(String format) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/x");
        request.setParameter("format", format);
        return request;
    }

    @Test
    void aViewTakingFormatByItsCompiledNameIsLetThroughBeforeItWasEverCalled() throws Exception {
        // Spring learns parameter names only when it first calls the handler: a fresh node's first file asked for
        assertThat(interceptor.preHandle(asking("pdf"), new MockHttpServletResponse(), handler("trail"))).isTrue();
    }

    @Test
    void aViewWithoutFilesRefusesOneButAnswersJsonAskedByName() throws Exception {
        assertThatThrownBy(() -> interceptor.preHandle(asking("csv"), new MockHttpServletResponse(),
                handler("ranking"))).isInstanceOfSatisfying(RefusedException.class,
                refused -> assertThat(refused.rule()).isEqualTo("EXPORT_FORMAT"));
        assertThat(interceptor.preHandle(asking("json"), new MockHttpServletResponse(), handler("ranking"))).isTrue();
    }
}
