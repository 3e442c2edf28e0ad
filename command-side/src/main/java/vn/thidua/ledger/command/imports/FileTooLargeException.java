package vn.thidua.ledger.command.imports;

import vn.thidua.ledger.api.RefusedException;

/** An upload larger than {@link Sheets#MAX_BYTES}, refused before it is read whole: answered 413, as a form's is. */
public class FileTooLargeException extends RefusedException {

    public FileTooLargeException() {
        super(Reason.INVALID, "IMPORT_FILE_SIZE", "file", "Tệp gửi lên quá lớn; mỗi tệp tối đa "
                + Sheets.MAX_BYTES / (1024 * 1024) + " MB, hãy chia thành nhiều tệp");
    }
}
