package vn.thidua.ledger.ops.generator;

import java.util.Locale;

/** How much history to generate: one district for a year, one district for three years, or the whole city. */
public enum GenerationScale {
    SMALL(1, 60, 1_500, 1),
    DISTRICT(1, 300, 15_000, 3),
    CITY(30, 2_000, 150_000, 3);

    private final int districts;
    private final int units;
    private final int people;
    private final int years;

    GenerationScale(int districts, int units, int people, int years) {
        this.districts = districts;
        this.units = units;
        this.people = people;
        this.years = years;
    }

    public static GenerationScale parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }

    public int districts() {
        return districts;
    }

    public int units() {
        return units;
    }

    public int people() {
        return people;
    }

    public int years() {
        return years;
    }
}
