package vn.thidua.ledger.query.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttachmentNameTest {

    @Test
    void fallbackNameDropsTheDiacriticsAndReadsDAsD() {
        assertThat(AttachmentName.asciiFallback("Nhật ký Đơn vị LB-PNV.01")).isEqualTo("Nhat_ky_Don_vi_LB-PNV.01");
        assertThat(AttachmentName.asciiFallback("Ủy ban nhân dân phường Bồ Đề")).isEqualTo("Uy_ban_nhan_dan_phuong_Bo_De");
    }

    @Test
    void fallbackNameOfTextWithoutLatinLettersIsStillAName() {
        assertThat(AttachmentName.asciiFallback("検査")).isEqualTo("export");
        assertThat(AttachmentName.asciiFallback("...")).isEqualTo("export");
    }

    @Test
    void dispositionCarriesTheVietnameseNameEncodedAndTheAsciiFallback() {
        assertThat(AttachmentName.contentDisposition("Nhật ký Đơn vị U1", "pdf")).isEqualTo(
                "attachment; filename=\"Nhat_ky_Don_vi_U1.pdf\"; "
                        + "filename*=UTF-8''Nh%E1%BA%ADt%20k%C3%BD%20%C4%90%C6%A1n%20v%E1%BB%8B%20U1.pdf");
    }

    @Test
    void pathSeparatorsQuotesAndLineBreaksNeverReachTheHeader() {
        String header = AttachmentName.contentDisposition("../a\"b\r\nc\\d", "csv");
        assertThat(header).doesNotContain("\r", "\n", "/", "\\").startsWith("attachment; filename=\"a_b_c_d.csv\";");
        assertThat(header.chars().filter(c -> c == '"').count()).isEqualTo(2);
    }

    @Test
    void aCampaignPeriodsColonsDoNotReachTheNameAWindowsDiskRefuses() {
        assertThat(AttachmentName.contentDisposition("Hồ sơ LB-A campaign:LB-NKTC-2024:final", "csv"))
                .endsWith("campaign_LB-NKTC-2024_final.csv").doesNotContain("%3A");
    }

    @Test
    void percentEncodingKeepsOnlyAttributeCharacters() {
        assertThat(AttachmentName.percentEncode("a b,c;d'e(f).g-h_i~"))
                .isEqualTo("a%20b%2Cc%3Bd%27e%28f%29.g-h_i~");
    }
}
