package vn.thidua.ledger.query.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SheetNamesTest {

    @Test
    void charactersExcelForbidsBecomeDashes() {
        assertThat(SheetNames.sanitise("Vi phạm [NK-1]: 2024/05 * ? \\")).isEqualTo("Vi phạm -NK-1-- 2024-05 - - -");
    }

    @Test
    void namesAreCutToThirtyOneCharacters() {
        String name = SheetNames.sanitise("Đánh giá, xếp loại hằng tháng của cán bộ, công chức");
        assertThat(name).hasSize(31).isEqualTo("Đánh giá, xếp loại hằng tháng c");
    }

    @Test
    void cuttingNeverSplitsACharacterOutsideTheBasicPlane() {
        String name = SheetNames.sanitise("x".repeat(30) + "😀");
        assertThat(name).isEqualTo("x".repeat(30));
    }

    @Test
    void emptyQuotedAndReservedNamesAreReplaced() {
        assertThat(SheetNames.sanitise("  ")).isEqualTo("Bảng");
        assertThat(SheetNames.sanitise(null)).isEqualTo("Bảng");
        assertThat(SheetNames.sanitise("'Báo cáo'")).isEqualTo("Báo cáo");
        assertThat(SheetNames.sanitise("history")).isEqualTo("history-");
    }

    @Test
    void repeatedNamesAreNumberedRegardlessOfCase() {
        SheetNames names = new SheetNames();
        assertThat(names.next("Thông tin")).isEqualTo("Thông tin");
        assertThat(names.next("THÔNG TIN")).isEqualTo("THÔNG TIN (2)");
        assertThat(names.next("Thông tin")).isEqualTo("Thông tin (3)");
        String longName = "Đánh giá, xếp loại hằng tháng của cán bộ";
        assertThat(names.next(longName)).isEqualTo("Đánh giá, xếp loại hằng tháng c");
        assertThat(names.next(longName)).isEqualTo("Đánh giá, xếp loại hằng thá (2)").hasSize(31);
    }
}
