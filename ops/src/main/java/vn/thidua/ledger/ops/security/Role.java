package vn.thidua.ledger.ops.security;

/** What an account may do: read the views, also record facts, or also administer the node. */
enum Role {
    /** Đọc: the views, audit trails, dossiers and exports (inspection teams, dashboards). */
    READER,
    /** Ghi: also every write of the ledger (units' clerks, emulation councils). */
    WRITER,
    /** Quản trị: also accounts and projection rebuilds. */
    ADMIN;

    String authority() {
        return "ROLE_" + name();
    }
}
