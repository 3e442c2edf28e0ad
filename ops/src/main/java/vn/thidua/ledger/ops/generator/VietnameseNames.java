package vn.thidua.ledger.ops.generator;

import java.util.SplittableRandom;

/** Vietnamese full names (họ, tên đệm, tên) drawn with the rough frequencies of real family names. */
final class VietnameseNames {

    // the most common family names first, listed as often as they are roughly met (Nguyễn is about 4 in 10)
    private static final String[] FAMILY = {
            "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn",
            "Trần", "Trần", "Lê", "Lê", "Phạm", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
            "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Đào", "Mai", "Cao", "Tạ", "Hà", "Lương",
            "Kiều", "Triệu", "Quách", "Tô", "Vương", "Lã", "Khuất", "Chu", "Đoàn", "Lưu", "Thái"};
    private static final String[] MALE_MIDDLE = {
            "Văn", "Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Thanh", "Công", "Ngọc", "Xuân", "Mạnh", "Tiến",
            "Quốc", "Đình", "Trọng", "Thế", "Anh", "Hoàng", "Bá"};
    private static final String[] FEMALE_MIDDLE = {
            "Thị", "Thị", "Thị", "Thu", "Ngọc", "Thanh", "Minh", "Hồng", "Phương", "Kim", "Thúy", "Thùy", "Diệu",
            "Mai", "Bích", "Hải", "Lan", "Quỳnh"};
    private static final String[] MALE_GIVEN = {
            "Hùng", "Dũng", "Tuấn", "Thắng", "Huy", "Long", "Sơn", "Bình", "Việt", "Khải", "Phúc", "Tám", "Cường",
            "Hải", "Nam", "Trung", "Hiếu", "Đạt", "Thành", "Quân", "Kiên", "Tùng", "Hoàng", "Phong", "Lâm", "Toàn",
            "Vinh", "Nghĩa", "Hưng", "Khoa", "Đức", "Thịnh", "Trường", "An", "Chiến", "Duy"};
    private static final String[] FEMALE_GIVEN = {
            "Hà", "Hương", "Lan", "Ánh", "Mai", "Nhung", "Yến", "Tâm", "Oanh", "Hằng", "Linh", "Trang", "Thảo",
            "Ngọc", "Huyền", "Phương", "Loan", "Dung", "Hạnh", "Giang", "Quyên", "Thủy", "Vân", "Nga", "Hồng",
            "Liên", "Trâm", "Nhi", "Uyên", "Hoa", "Chi", "Diệp", "Xuân", "My"};

    private VietnameseNames() {
    }

    static String next(SplittableRandom random) {
        boolean female = random.nextInt(100) < 52;
        String family = FAMILY[random.nextInt(FAMILY.length)];
        String middle = female ? FEMALE_MIDDLE[random.nextInt(FEMALE_MIDDLE.length)]
                : MALE_MIDDLE[random.nextInt(MALE_MIDDLE.length)];
        String given = female ? FEMALE_GIVEN[random.nextInt(FEMALE_GIVEN.length)]
                : MALE_GIVEN[random.nextInt(MALE_GIVEN.length)];
        // about one in five carries a second middle name (Đặng Thị Ngọc Ánh)
        if (random.nextInt(5) == 0) {
            String second = female ? FEMALE_MIDDLE[random.nextInt(FEMALE_MIDDLE.length)]
                    : MALE_MIDDLE[random.nextInt(MALE_MIDDLE.length)];
            if (!second.equals(middle)) {
                return family + " " + middle + " " + second + " " + given;
            }
        }
        return family + " " + middle + " " + given;
    }
}
