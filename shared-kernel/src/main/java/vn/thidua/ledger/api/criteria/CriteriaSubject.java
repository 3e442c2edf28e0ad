package vn.thidua.ledger.api.criteria;

/** Whom a criteria set scores: a person (cá nhân) or a unit (tập thể). */
public enum CriteriaSubject {
    PERSON("Cá nhân"),
    UNIT("Tập thể");

    private final String label;

    CriteriaSubject(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
