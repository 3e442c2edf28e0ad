package vn.thidua.ledger.ops.settings;

/** A setting whose value the node cannot run with: its variable, the value given, and what it takes. */
public class InvalidSettingException extends IllegalStateException {

    private final String variable;
    private final String value;
    private final String expected;

    public InvalidSettingException(String variable, String value, String expected) {
        super(variable + "='" + value + "' không hợp lệ: " + expected);
        this.variable = variable;
        this.value = value;
        this.expected = expected;
    }

    public String variable() {
        return variable;
    }

    public String value() {
        return value;
    }

    public String expected() {
        return expected;
    }
}
