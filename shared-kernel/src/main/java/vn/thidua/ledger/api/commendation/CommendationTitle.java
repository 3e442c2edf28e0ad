package vn.thidua.ledger.api.commendation;

/**
 * Emulation titles and forms of commendation (Law on Emulation and Commendation), with the Vietnamese label
 * and whether it may go to an individual, to a collective, or to both.
 */
public enum CommendationTitle {
    LAO_DONG_TIEN_TIEN("Lao động tiên tiến", true, false, Kind.YEARLY_TITLE),
    CHIEN_SI_THI_DUA_CO_SO("Chiến sĩ thi đua cơ sở", true, false, Kind.YEARLY_TITLE),
    TAP_THE_LAO_DONG_TIEN_TIEN("Tập thể lao động tiên tiến", false, true, Kind.YEARLY_TITLE),
    TAP_THE_LAO_DONG_XUAT_SAC("Tập thể lao động xuất sắc", false, true, Kind.YEARLY_TITLE),
    GIAY_KHEN("Giấy khen", true, true, Kind.FORM),
    BANG_KHEN("Bằng khen", true, true, Kind.FORM),
    // yearly to a cluster's leader, or for a themed movement over its years
    CO_THI_DUA("Cờ thi đua", false, true, Kind.TITLE);

    /**
     * An emulation title (danh hiệu thi đua) is held once for a period, a yearly one for a calendar year; a form of
     * commendation (hình thức khen thưởng) may be given again for other achievements of the same period.
     */
    private enum Kind { YEARLY_TITLE, TITLE, FORM }

    private final String label;
    private final boolean forPersons;
    private final boolean forUnits;
    private final Kind kind;

    CommendationTitle(String label, boolean forPersons, boolean forUnits, Kind kind) {
        this.label = label;
        this.forPersons = forPersons;
        this.forUnits = forUnits;
        this.kind = kind;
    }

    public String label() {
        return label;
    }

    public boolean awardableTo(RecipientKind kind) {
        return kind == RecipientKind.PERSON ? forPersons : forUnits;
    }

    /** Rewards a calendar year (Law on Emulation and Commendation: such titles are considered yearly). */
    public boolean yearly() {
        return kind == Kind.YEARLY_TITLE;
    }

    /** An emulation title, which a recipient holds at most once for a period. */
    public boolean heldOncePerPeriod() {
        return kind != Kind.FORM;
    }
}
