package vn.thidua.ledger.query.time;

/**
 * A view asked for a position (or a moment) its projection has not reached yet, after the read's wait: answered at
 * the position reached, the same question would get another answer once it is reached, so it is told "not yet".
 */
public class ViewCatchingUpException extends RuntimeException {

    private final long reached;
    private final long goal;

    public ViewCatchingUpException(String processor, long reached, long goal) {
        super("Dữ liệu tra cứu (" + processor + ") mới cập nhật tới vị trí " + reached + ", chưa tới vị trí " + goal
                + " được hỏi; hãy thử lại sau ít giây");
        this.reached = reached;
        this.goal = goal;
    }

    public long reached() {
        return reached;
    }

    public long goal() {
        return goal;
    }
}
