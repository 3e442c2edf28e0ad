package vn.thidua.ledger.api.campaign;

/** What a campaign is: a campaign, an emulation movement, or a code-of-conduct plan. */
public enum CampaignKind {
    CAMPAIGN("Cuộc vận động"),
    EMULATION("Phong trào thi đua"),
    CODE_OF_CONDUCT("Quy tắc ứng xử");

    private final String label;

    CampaignKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
