package vn.thidua.ledger.api.violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RuleCatalogueTest {

    private final RuleCatalogue catalogue = RuleCatalogue.current();

    @Test
    void theCurrentCatalogueIsTheNewestShippedVersion() {
        assertThat(catalogue.version()).isEqualTo(1);
        assertThat(RuleCatalogue.version(catalogue.version() + 1)).isEmpty();
        assertThat(RuleCatalogue.version(1)).get().extracting(RuleCatalogue::version).isEqualTo(1);
        assertThat(RuleCatalogue.version(0)).isEmpty();
    }

    @Test
    void holdsTheFiveNosWithTheirVietnameseWording() {
        assertThat(catalogue.entries()).filteredOn(e -> e.group().equals("NAM_KHONG"))
                .extracting(RuleCatalogue.Entry::code)
                .containsExactly("NK-1", "NK-2", "NK-3", "NK-4", "NK-5");
        assertThat(catalogue.entry("NK-1")).get().extracting(RuleCatalogue.Entry::titleVi)
                .isEqualTo("Không cửa quyền, hách dịch, gây khó khăn, phiền hà");
        assertThat(catalogue.entry("NK-5")).get().extracting(RuleCatalogue.Entry::titleVi)
                .isEqualTo("Không lợi dụng chức vụ, quyền hạn trong thực thi công vụ");
    }

    @Test
    void holdsTheOfficeCultureAndCodeOfConductItems() {
        assertThat(catalogue.entries()).filteredOn(e -> e.group().equals("VAN_HOA_CONG_SO"))
                .extracting(RuleCatalogue.Entry::code)
                .containsExactly("QTUX-4XIN4LUON", "QTUX-GIO-LAM-VIEC", "QTUX-THE-DEO", "QTUX-TRANG-PHUC",
                        "QTUX-RUOU-BIA", "QTUX-THUOC-LA", "QTUX-PHAT-NGON", "QTUX-CO-BAC", "QTUX-PHO-TRUONG");
        assertThat(catalogue.entry("QTUX-RUOU-BIA")).get().extracting(RuleCatalogue.Entry::titleVi)
                .isEqualTo("Không sử dụng đồ uống có cồn trong thời gian làm việc và giờ nghỉ trưa");
    }

    @Test
    void everyEntryHasAnAsciiCodeBothTitlesAndASource() {
        assertThat(catalogue.entries()).allSatisfy(entry -> {
            assertThat(entry.code()).matches(RuleCatalogue.CODE);
            assertThat(entry.titleVi()).isNotBlank();
            assertThat(entry.titleEn()).isNotBlank();
            assertThat(entry.source()).isNotBlank();
        });
        assertThat(catalogue.groups()).extracting(RuleCatalogue.Group::code)
                .containsExactly("NAM_KHONG", "VAN_HOA_CONG_SO");
    }

    @Test
    void anUnknownCodeIsNotInTheCatalogue() {
        assertThat(catalogue.contains("NK-6")).isFalse();
        assertThat(catalogue.contains("nk-1")).isFalse();
        assertThat(catalogue.contains(null)).isFalse();
        assertThat(catalogue.contains("NK-1")).isTrue();
    }

    @Test
    void aCatalogueListingACodeTwiceIsRefused() {
        assertThatThrownBy(() -> read("""
                {"version": 2, "title": "Thử", "groups": [{"code": "G", "titleVi": "Nhóm", "titleEn": "Group"}],
                 "entries": [{"code": "A-1", "group": "G", "titleVi": "Một", "titleEn": "One", "source": "QĐ 1"},
                             {"code": "A-1", "group": "G", "titleVi": "Hai", "titleEn": "Two", "source": "QĐ 1"}]}"""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("A-1");
    }

    @Test
    void aCatalogueWithANonAsciiCodeOrUnknownGroupIsRefused() {
        assertThatThrownBy(() -> read("""
                {"version": 2, "title": "Thử", "groups": [{"code": "G", "titleVi": "Nhóm", "titleEn": "Group"}],
                 "entries": [{"code": "QTUX-THẺ", "group": "G", "titleVi": "Thẻ", "titleEn": "Badge", "source": "QĐ"}]}"""))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> read("""
                {"version": 2, "title": "Thử", "groups": [],
                 "entries": [{"code": "A-1", "group": "G", "titleVi": "Một", "titleEn": "One", "source": "QĐ 1"}]}"""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("group");
    }

    private static RuleCatalogue read(String json) throws Exception {
        return RuleCatalogue.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
