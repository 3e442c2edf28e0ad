package vn.thidua.ledger.command.review;

/** {@link EventChain} with a head set by the test, counting how often it was read. */
class FixedEventChain implements EventChain {

    private String head;
    private int reads;

    FixedEventChain withHead(String head) {
        this.head = head;
        return this;
    }

    int reads() {
        return reads;
    }

    @Override
    public String head() {
        reads++;
        return head;
    }
}
