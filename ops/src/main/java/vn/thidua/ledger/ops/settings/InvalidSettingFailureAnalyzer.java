package vn.thidua.ledger.ops.settings;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A wrong setting said in two lines — which variable, what it held, what it takes — not as a stack trace. */
class InvalidSettingFailureAnalyzer extends AbstractFailureAnalyzer<InvalidSettingException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidSettingException cause) {
        return new FailureAnalysis(cause.variable() + "='" + cause.value() + "' không hợp lệ / is not a valid value",
                "Đặt " + cause.variable() + " thành " + cause.expected() + ", hoặc bỏ biến này để dùng giá trị mặc định "
                        + "(README, mục Configuration).", cause);
    }
}
