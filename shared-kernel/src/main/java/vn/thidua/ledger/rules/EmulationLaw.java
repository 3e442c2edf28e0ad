package vn.thidua.ledger.rules;

/**
 * The versions of the Law on Emulation and Commendation that decide title eligibility: the 2003 law as
 * amended in 2013 (with Decree 91/2017), and the 2022 law in force from 1 January 2024.
 */
public enum EmulationLaw {
    LAW_2013("Luật Thi đua, Khen thưởng 2003, sửa đổi 2013"),
    LAW_2022("Luật Thi đua, Khen thưởng 2022");

    private final String label;

    EmulationLaw(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The law in force for titles of {@code year}. */
    public static EmulationLaw inForceFor(int year) {
        return year >= 2024 ? LAW_2022 : LAW_2013;
    }
}
