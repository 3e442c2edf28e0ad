package vn.thidua.ledger.ops.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import vn.thidua.ledger.command.imports.FileTooLargeException;
import vn.thidua.ledger.command.imports.ImportsBusyException;

class ProblemHandlerTest {

    private final ProblemHandler handler = new ProblemHandler(true, true);

    @Test
    void anImportWithoutATurnIsAnsweredServiceUnavailableWithWhenToRetry() {
        ResponseEntity<ProblemDetail> answer = handler.importsBusy(new ImportsBusyException("Máy chủ đang nhập", 5));

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(answer.getBody().getProperties()).containsEntry("rule", "IMPORT_CAPACITY");
        assertThat(answer.getBody().getDetail()).isEqualTo("Máy chủ đang nhập");
    }

    @Test
    void aBodyLargerThanAnImportIsAnsweredAsAFormsFileTooLarge() {
        ResponseEntity<ProblemDetail> answer = handler.fileTooLarge(new FileTooLargeException());

        assertThat(answer.getStatusCode().value()).isEqualTo(413);
        assertThat(answer.getBody().getProperties()).containsEntry("rule", "IMPORT_FILE_SIZE");
        assertThat(answer.getBody().getDetail()).contains("10 MB");
    }
}
