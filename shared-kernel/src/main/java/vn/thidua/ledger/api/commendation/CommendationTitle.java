package vn.thidua.ledger.api.commendation;

/**
 * Emulation titles and forms of commendation (Law on Emulation and Commendation), with the Vietnamese label
 * and whether it may go to an individual, to a collective, or to both.
 */
public enum CommendationTitle {
    LAO_DONG_TIEN_TIEN("Lao động tiên tiến", true, false),
    CHIEN_SI_THI_DUA_CO_SO("Chiến sĩ thi đua cơ sở", true, false),
    TAP_THE_LAO_DONG_TIEN_TIEN("Tập thể lao động tiên tiến", false, true),
    TAP_THE_LAO_DONG_XUAT_SAC("Tập thể lao động xuất sắc", false, true),
    GIAY_KHEN("Giấy khen", true, true),
    BANG_KHEN("Bằng khen", true, true),
    CO_THI_DUA("Cờ thi đua", false, true);

    private final String label;
    private final boolean forPersons;
    private final boolean forUnits;

    CommendationTitle(String label, boolean forPersons, boolean forUnits) {
        this.label = label;
        this.forPersons = forPersons;
        this.forUnits = forUnits;
    }

    public String label() {
        return label;
    }

    public boolean awardableTo(RecipientKind kind) {
        return kind == RecipientKind.PERSON ? forPersons : forUnits;
    }
}
