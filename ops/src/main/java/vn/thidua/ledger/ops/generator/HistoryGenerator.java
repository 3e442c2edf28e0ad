package vn.thidua.ledger.ops.generator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import vn.thidua.ledger.api.Period;
import vn.thidua.ledger.api.campaign.CampaignId;
import vn.thidua.ledger.api.campaign.CampaignKind;
import vn.thidua.ledger.api.campaign.CampaignLaunched;
import vn.thidua.ledger.api.cluster.ClusterId;
import vn.thidua.ledger.api.cluster.ClusterKind;
import vn.thidua.ledger.api.cluster.ClusterMemberAdded;
import vn.thidua.ledger.api.cluster.ClusterRegistered;
import vn.thidua.ledger.api.criteria.CriteriaSetId;
import vn.thidua.ledger.api.evaluation.PersonEvaluated;
import vn.thidua.ledger.api.evaluation.PersonEvaluationId;
import vn.thidua.ledger.api.evaluation.UnitEvaluated;
import vn.thidua.ledger.api.evaluation.UnitEvaluationId;
import vn.thidua.ledger.api.inspection.FindingResult;
import vn.thidua.ledger.api.inspection.InspectionChecklist;
import vn.thidua.ledger.api.inspection.InspectionClosed;
import vn.thidua.ledger.api.inspection.InspectionFindingRecorded;
import vn.thidua.ledger.api.inspection.InspectionId;
import vn.thidua.ledger.api.inspection.InspectionOpened;
import vn.thidua.ledger.api.inspection.InspectionTeam;
import vn.thidua.ledger.api.person.PersonCategory;
import vn.thidua.ledger.api.person.PersonId;
import vn.thidua.ledger.api.person.PersonRegistered;
import vn.thidua.ledger.api.pledge.PledgeId;
import vn.thidua.ledger.api.pledge.PledgeSigned;
import vn.thidua.ledger.api.survey.SurveyId;
import vn.thidua.ledger.api.survey.SurveyRecorded;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.api.unit.UnitKind;
import vn.thidua.ledger.api.unit.UnitRegistered;
import vn.thidua.ledger.api.violation.SanctionForm;
import vn.thidua.ledger.api.violation.SanctionImposed;
import vn.thidua.ledger.api.violation.SubjectKind;
import vn.thidua.ledger.api.violation.ViolationConfirmed;
import vn.thidua.ledger.api.violation.ViolationDismissed;
import vn.thidua.ledger.api.violation.ViolationId;
import vn.thidua.ledger.api.violation.ViolationRecorded;
import vn.thidua.ledger.api.violation.ViolationSource;

/**
 * Writes the history of a city in the order it happened: the organisation (city, districts, their divisions,
 * wards and schools, the people in them), the emulation clusters, the "nói không với tiêu cực" campaign and its
 * pledges, then month by month the evaluations of units and people, satisfaction surveys, violations through
 * confirmation or dismissal to a sanction, and each autumn the inspections. Everything random is drawn from one
 * seed, so one seed always gives the same history.
 */
final class HistoryGenerator {

    static final int LAST_YEAR = 2024;
    static final CriteriaSetId UNIT_SET = new CriteriaSetId("VN.VHCS-DV");
    static final CriteriaSetId PERSON_SET = new CriteriaSetId("VN.HN-1841");

    private static final String[] DISTRICTS = {
            "Long Biên", "Ba Đình", "Hoàn Kiếm", "Tây Hồ", "Cầu Giấy", "Đống Đa", "Hai Bà Trưng", "Hoàng Mai",
            "Thanh Xuân", "Nam Từ Liêm", "Bắc Từ Liêm", "Hà Đông", "Sơn Tây", "Ba Vì", "Phúc Thọ", "Đan Phượng",
            "Hoài Đức", "Quốc Oai", "Thạch Thất", "Chương Mỹ", "Thanh Oai", "Thường Tín", "Phú Xuyên", "Ứng Hòa",
            "Mỹ Đức", "Thanh Trì", "Gia Lâm", "Đông Anh", "Sóc Sơn", "Mê Linh"};
    private static final String[] DIVISIONS = {
            "Văn phòng HĐND và UBND", "Phòng Nội vụ", "Phòng Tư pháp", "Phòng Tài chính – Kế hoạch",
            "Phòng Tài nguyên và Môi trường", "Phòng Lao động – Thương binh và Xã hội", "Phòng Văn hóa và Thông tin",
            "Phòng Giáo dục và Đào tạo", "Phòng Y tế", "Thanh tra", "Phòng Kinh tế", "Phòng Quản lý đô thị"};
    private static final String[] PLACES = {
            "Bồ Đề", "Ngọc Lâm", "Gia Thụy", "Thạch Bàn", "Phúc Đồng", "Sài Đồng", "Việt Hưng", "Đức Giang",
            "Thượng Thanh", "Giang Biên", "Ngọc Thụy", "Phúc Lợi", "Long Biên", "Cự Khối", "Kim Mã", "Ngọc Hà",
            "Liễu Giai", "Cống Vị", "Điện Biên", "Đội Cấn", "Quán Thánh", "Trúc Bạch", "Hàng Bạc", "Hàng Bồ",
            "Tràng Tiền", "Phan Chu Trinh", "Yên Phụ", "Nhật Tân", "Quảng An", "Xuân La", "Dịch Vọng", "Mai Dịch",
            "Nghĩa Đô", "Quan Hoa", "Yên Hòa", "Trung Hòa", "Văn Miếu", "Quốc Tử Giám", "Khâm Thiên", "Láng Thượng",
            "Bạch Mai", "Minh Khai", "Vĩnh Tuy", "Thanh Lương", "Tương Mai", "Định Công", "Khương Đình",
            "Nhân Chính", "Mỹ Đình", "Phú Đô", "Cổ Nhuế", "Thụy Phương", "Vạn Phúc", "Hà Cầu", "Kiến Hưng"};
    private static final String[] SCHOOLS = {"Trường Mầm non", "Trường Tiểu học", "Trường THCS", "Trạm Y tế"};
    private static final List<String> FIVE_NOS = List.of(
            "Không cửa quyền, hách dịch, gây khó khăn, phiền hà",
            "Không quan liêu, vô cảm, vô trách nhiệm",
            "Không tham nhũng, lãng phí, lợi ích nhóm",
            "Không xu nịnh, chạy chọt, gian dối",
            "Không lợi dụng chức vụ, quyền hạn trong thực thi công vụ");
    private static final String[] RULES = {
            "NK-1", "NK-1", "NK-2", "NK-2", "NK-3", "NK-4", "NK-5", "QTUX-4XIN4LUON", "QTUX-GIO-LAM-VIEC",
            "QTUX-GIO-LAM-VIEC", "QTUX-THE-DEO", "QTUX-TRANG-PHUC", "QTUX-RUOU-BIA", "QTUX-THUOC-LA",
            "QTUX-PHAT-NGON"};
    private static final ViolationSource[] SOURCES = {
            ViolationSource.CITIZEN_COMPLAINT, ViolationSource.CITIZEN_COMPLAINT, ViolationSource.SUPERVISOR,
            ViolationSource.INSPECTION, ViolationSource.SURVEY, ViolationSource.SELF_CRITICISM};

    /** A unit as the generator remembers it while writing the months. */
    private record GeneratedUnit(UnitId id, UnitKind kind, String districtName, int quality) {
    }

    private final EventAppender out;
    private final GenerationScale scale;
    private final SplittableRandom random;
    private final List<GeneratedUnit> units = new ArrayList<>();
    // people kept as parallel arrays: at city scale 150,000 of them, touched every month
    private String[] personIds;
    private int[] personUnit;
    private PersonCategory[] personCategory;
    private boolean[] personLeader;
    private byte[] personDiligence;
    private int people;
    private int violationCount;

    HistoryGenerator(EventAppender out, GenerationScale scale, long seed) {
        this.out = out;
        this.scale = scale;
        this.random = new SplittableRandom(seed);
    }

    void generate() {
        int firstYear = LAST_YEAR - scale.years() + 1;
        organisation();
        clusters(LocalDate.of(firstYear, 1, 1));
        campaigns(firstYear);
        for (int year = firstYear; year <= LAST_YEAR; year++) {
            for (int month = 1; month <= 12; month++) {
                month(YearMonth.of(year, month));
            }
            inspections(year);
        }
        out.flush();
    }

    private void organisation() {
        UnitId city = new UnitId("HN");
        out.append("Unit", city, 0, new UnitRegistered(city, "Thành phố Hà Nội", UnitKind.PROVINCE, null));
        int unitsPerDistrict = Math.max(5, scale.units() / scale.districts());
        double peoplePerUnit = (double) scale.people() / (unitsPerDistrict * scale.districts());
        int capacity = (int) (scale.people() * 1.2) + 100;
        personIds = new String[capacity];
        personUnit = new int[capacity];
        personCategory = new PersonCategory[capacity];
        personLeader = new boolean[capacity];
        personDiligence = new byte[capacity];
        for (int d = 0; d < scale.districts(); d++) {
            String districtName = DISTRICTS[d % DISTRICTS.length];
            String code = "Q%02d".formatted(d + 1);
            UnitId district = new UnitId(code);
            out.append("Unit", district, 0, new UnitRegistered(district,
                    "Ủy ban nhân dân quận " + districtName, UnitKind.DISTRICT, city));
            int divisions = Math.min(DIVISIONS.length, unitsPerDistrict / 5);
            int communes = (unitsPerDistrict - divisions) / 2;
            for (int u = 0; u < unitsPerDistrict; u++) {
                UnitKind kind;
                String name;
                if (u < divisions) {
                    kind = UnitKind.DIVISION;
                    name = DIVISIONS[u] + " quận " + districtName;
                } else if (u < divisions + communes) {
                    kind = UnitKind.COMMUNE;
                    int i = u - divisions;
                    name = "Ủy ban nhân dân phường " + PLACES[(i + d * 7) % PLACES.length]
                            + (i >= PLACES.length ? " " + (i / PLACES.length + 1) : "");
                } else {
                    kind = UnitKind.PUBLIC_SERVICE_UNIT;
                    int i = u - divisions - communes;
                    name = SCHOOLS[i % SCHOOLS.length] + " " + PLACES[(i / SCHOOLS.length + d * 7) % PLACES.length]
                            + (i / SCHOOLS.length >= PLACES.length ? " " + (i / SCHOOLS.length / PLACES.length + 1) : "");
                }
                UnitId unitId = new UnitId("%s-%03d".formatted(code, u + 1));
                out.append("Unit", unitId, 0, new UnitRegistered(unitId, name, kind, district));
                units.add(new GeneratedUnit(unitId, kind, districtName, 60 + random.nextInt(36)));
                int staff = Math.max(3, (int) Math.round(peoplePerUnit * (0.5 + random.nextDouble())));
                for (int p = 0; p < staff && people < capacity; p++) {
                    person(units.size() - 1, unitId, kind, p);
                }
            }
        }
    }

    private void person(int unitIndex, UnitId unitId, UnitKind kind, int indexInUnit) {
        PersonId id = new PersonId("%s-%03d".formatted(unitId.value(), indexInUnit + 1));
        boolean leader = indexInUnit == 0;
        int draw = random.nextInt(100);
        PersonCategory category = switch (kind) {
            case COMMUNE -> indexInUnit < 3 ? PersonCategory.CAN_BO
                    : draw < 85 ? PersonCategory.CONG_CHUC : PersonCategory.NGUOI_LAO_DONG;
            case PUBLIC_SERVICE_UNIT -> draw < 88 ? PersonCategory.VIEN_CHUC : PersonCategory.NGUOI_LAO_DONG;
            default -> draw < 90 ? PersonCategory.CONG_CHUC : PersonCategory.NGUOI_LAO_DONG;
        };
        out.append("Person", id, 0, new PersonRegistered(id, unitId, VietnameseNames.next(random), category, leader));
        personIds[people] = id.value();
        personUnit[people] = unitIndex;
        personCategory[people] = category;
        personLeader[people] = leader;
        personDiligence[people] = (byte) (55 + random.nextInt(45));
        people++;
    }

    /** Per district: one bloc of its divisions, and clusters of at most twelve wards or twelve schools. */
    private void clusters(LocalDate from) {
        Map<String, List<GeneratedUnit>> groups = new LinkedHashMap<>();
        for (GeneratedUnit unit : units) {
            String district = unit.id().value().substring(0, 3);
            groups.computeIfAbsent(district + "|" + unit.kind(), k -> new ArrayList<>()).add(unit);
        }
        for (Map.Entry<String, List<GeneratedUnit>> group : groups.entrySet()) {
            String district = group.getKey().substring(0, 3);
            UnitKind kind = UnitKind.valueOf(group.getKey().substring(4));
            List<GeneratedUnit> members = group.getValue();
            int size = kind == UnitKind.DIVISION ? members.size() : 12;
            for (int start = 0, n = 1; start < members.size(); start += size, n++) {
                List<GeneratedUnit> slice = members.subList(start, Math.min(members.size(), start + size));
                String districtName = slice.get(0).districtName();
                ClusterId id;
                String name;
                ClusterKind clusterKind;
                if (kind == UnitKind.DIVISION) {
                    id = new ClusterId(district + "-KHOI-PB");
                    name = "Khối các phòng, ban quận " + districtName;
                    clusterKind = ClusterKind.KHOI;
                } else if (kind == UnitKind.COMMUNE) {
                    id = new ClusterId("%s-CUM-PHUONG-%d".formatted(district, n));
                    name = "Cụm thi đua số %d các phường quận %s".formatted(n, districtName);
                    clusterKind = ClusterKind.CUM;
                } else {
                    id = new ClusterId("%s-CUM-SN-%d".formatted(district, n));
                    name = "Cụm thi đua số %d các đơn vị sự nghiệp quận %s".formatted(n, districtName);
                    clusterKind = ClusterKind.CUM;
                }
                long sequence = 0;
                out.append("Cluster", id, sequence++, new ClusterRegistered(id, name, clusterKind));
                for (GeneratedUnit member : slice) {
                    out.append("Cluster", id, sequence++, new ClusterMemberAdded(id, member.id(), from, null));
                }
            }
        }
    }

    /** The campaign in each district, and the pledges of nearly everyone (about 93 in 100 sign). */
    private void campaigns(int firstYear) {
        LocalDate from = LocalDate.of(firstYear, 1, 1);
        LocalDate to = LocalDate.of(LAST_YEAR + 1, 12, 31);
        for (int d = 0; d < scale.districts(); d++) {
            String code = "Q%02d".formatted(d + 1);
            CampaignId id = new CampaignId(code + "-NKTC-" + firstYear);
            out.append("Campaign", id, 0, new CampaignLaunched(id,
                    "Cán bộ, công chức, viên chức nói không với tiêu cực", CampaignKind.CAMPAIGN, new UnitId(code),
                    from, to, LocalDate.of(firstYear, 12, 20), LocalDate.of(LAST_YEAR + 1, 12, 15)));
        }
        for (int p = 0; p < people; p++) {
            if (random.nextInt(100) < 93) {
                String district = personIds[p].substring(0, 3);
                CampaignId campaign = new CampaignId(district + "-NKTC-" + firstYear);
                PledgeId pledge = new PledgeId("CK-" + firstYear + "-" + personIds[p]);
                out.append("Pledge", pledge, 0, new PledgeSigned(pledge, campaign, new PersonId(personIds[p]),
                        units.get(personUnit[p]).id(), from.plusDays(10 + random.nextInt(40)), FIVE_NOS));
            }
        }
    }

    private void month(YearMonth month) {
        Period period = Period.month(month);
        for (GeneratedUnit unit : units) {
            int q = unit.quality();
            Map<String, BigDecimal> scores = new LinkedHashMap<>();
            scores.put("GENERAL", points(30, q));
            scores.put("ADMIN_REFORM", points(30, q));
            scores.put("CIVILISED_OFFICE", points(20, q));
            UnitEvaluationId evaluation = UnitEvaluationId.of(unit.id(), period);
            out.append("UnitEvaluation", evaluation, 0,
                    new UnitEvaluated(evaluation, unit.id(), period.toString(), UNIT_SET, 1, scores, null));
            if (unit.kind() != UnitKind.DIVISION) {
                // the public-facing units ask the people they serve every month (SIPAS)
                int respondents = 80 + random.nextInt(120);
                int satisfied = Math.min(respondents, (int) Math.round(respondents * (q + 5 + random.nextInt(10)) / 100.0));
                SurveyId survey = new SurveyId("KS-" + unit.id().value() + "-" + month);
                out.append("Survey", survey, 0, new SurveyRecorded(survey, unit.id(), month.toString(), respondents,
                        satisfied, "SIPAS", null));
            }
        }
        for (int p = 0; p < people; p++) {
            PersonId person = new PersonId(personIds[p]);
            PersonEvaluationId evaluation = PersonEvaluationId.of(person, period);
            Map<String, BigDecimal> scores = new LinkedHashMap<>();
            int diligence = personDiligence[p];
            scores.put("DISCIPLINE", points(20, diligence + 15));
            scores.put("TASKS", points(70, diligence));
            scores.put("BONUS", BigDecimal.valueOf(random.nextInt(100) < diligence - 40 ? random.nextInt(11) : 0));
            out.append("PersonEvaluation", evaluation, 0, new PersonEvaluated(evaluation, person,
                    units.get(personUnit[p]).id(), month, PERSON_SET, 1, scores, null));
            // about one person in a thousand each month gets a violation recorded
            if (random.nextInt(1000) == 0) {
                violation(p, month);
            }
        }
    }

    private BigDecimal points(int max, int percent) {
        int value = (int) Math.round(max * Math.min(100, percent + random.nextInt(21) - 10) / 100.0);
        return BigDecimal.valueOf(Math.max(0, Math.min(max, value)));
    }

    /** A violation through its life: recorded, then dismissed (one in four) or confirmed and, mostly, sanctioned. */
    private void violation(int p, YearMonth month) {
        ViolationId id = new ViolationId("VP-%d-%06d".formatted(month.getYear(), ++violationCount));
        UnitId unit = units.get(personUnit[p]).id();
        LocalDate occurredOn = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
        String rule = RULES[random.nextInt(RULES.length)];
        ViolationSource source = SOURCES[random.nextInt(SOURCES.length)];
        out.append("Violation", id, 0, new ViolationRecorded(id, SubjectKind.PERSON, personIds[p], unit, rule, 1,
                occurredOn, source, "Vi phạm quy định " + rule + " trong khi thi hành công vụ",
                "Biên bản số " + (1 + random.nextInt(300)) + "/BB"));
        if (random.nextInt(4) == 0) {
            out.append("Violation", id, 1, new ViolationDismissed(id, SubjectKind.PERSON, personIds[p], unit,
                    occurredOn, "Kết quả xác minh cho thấy phản ánh không có cơ sở"));
            return;
        }
        out.append("Violation", id, 1, new ViolationConfirmed(id, SubjectKind.PERSON, personIds[p], unit, occurredOn,
                "Kết luận xác minh số " + (1 + random.nextInt(99)) + "/KL-UBND"));
        if (random.nextInt(10) < 7) {
            PersonCategory category = personCategory[p];
            SanctionForm form = category == PersonCategory.NGUOI_LAO_DONG
                    ? (random.nextBoolean() ? SanctionForm.NHAC_NHO : SanctionForm.PHE_BINH)
                    : (random.nextInt(4) == 0 ? SanctionForm.CANH_CAO : SanctionForm.KHIEN_TRACH);
            out.append("Violation", id, 2, new SanctionImposed(id, SubjectKind.PERSON, personIds[p], unit, category,
                    personLeader[p], form, occurredOn.plusDays(20 + random.nextInt(25)),
                    (1 + random.nextInt(200)) + "/QĐ-UBND"));
        }
    }

    /** Each autumn about a quarter of the units are inspected on every checklist item, then the inspection closes. */
    private void inspections(int year) {
        InspectionChecklist checklist = InspectionChecklist.inForceOn(LocalDate.of(year, 1, 1));
        String period = Integer.toString(year);
        FindingResult[] results = FindingResult.values();
        for (GeneratedUnit unit : units) {
            if (random.nextInt(4) != 0) {
                continue;
            }
            InspectionId id = new InspectionId("KT-" + year + "-" + unit.id().value());
            long sequence = 0;
            out.append("Inspection", id, sequence++, new InspectionOpened(id,
                    InspectionTeam.named("Đoàn kiểm tra công vụ quận " + unit.districtName()), unit.id(), period,
                    checklist.version()));
            for (InspectionChecklist.Item item : checklist.items()) {
                int draw = random.nextInt(100);
                FindingResult result = draw < unit.quality() ? results[0] : draw < 95 ? results[1] : results[2];
                out.append("Inspection", id, sequence++, new InspectionFindingRecorded(id, unit.id(), period,
                        checklist.version(), item.code(), result, null));
            }
            out.append("Inspection", id, sequence, new InspectionClosed(id, unit.id(), period,
                    "Đơn vị thực hiện cơ bản đầy đủ các nội dung của phong trào thi đua năm " + year));
        }
    }
}
