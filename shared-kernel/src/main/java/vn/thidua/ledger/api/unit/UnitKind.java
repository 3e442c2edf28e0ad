package vn.thidua.ledger.api.unit;

/** Levels of the organisation tree, with the Vietnamese label users read. */
public enum UnitKind {
    PROVINCE("Tỉnh, thành phố"),
    DEPARTMENT("Sở, ban, ngành"),
    DISTRICT("Quận, huyện, thị xã"),
    COMMUNE("Xã, phường, thị trấn"),
    AGENCY("Cơ quan, đơn vị"),
    PUBLIC_SERVICE_UNIT("Đơn vị sự nghiệp công lập"),
    DIVISION("Phòng, ban"),
    TRADE_UNION("Công đoàn");

    private final String label;

    UnitKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
