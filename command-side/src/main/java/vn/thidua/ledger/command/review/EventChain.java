package vn.thidua.ledger.command.review;

/** The hash chain over the global event stream (see migration {@code V2026_11_21_60__hash_chain.sql}). */
interface EventChain {

    /**
     * The head a review seals: {@code "<position>:<link in lower-case hex>"} of the last event stored before the
     * review's own, e.g. {@code "41:9f86d0…"}.
     */
    String head();
}
