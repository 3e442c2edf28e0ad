package vn.thidua.ledger.ops.demo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.api.Period;
import vn.thidua.ledger.api.campaign.CampaignId;
import vn.thidua.ledger.api.cluster.AddClusterMember;
import vn.thidua.ledger.api.cluster.ClusterId;
import vn.thidua.ledger.api.cluster.ClusterKind;
import vn.thidua.ledger.api.cluster.RegisterCluster;
import vn.thidua.ledger.api.criteria.CriteriaSetRef;
import vn.thidua.ledger.api.evaluation.EvaluatePerson;
import vn.thidua.ledger.api.evaluation.EvaluateUnit;
import vn.thidua.ledger.api.evaluation.EvaluationStage;
import vn.thidua.ledger.api.survey.RecordSurvey;
import vn.thidua.ledger.api.survey.SurveyId;
import vn.thidua.ledger.api.violation.ConfirmViolation;
import vn.thidua.ledger.api.violation.ImposeSanction;
import vn.thidua.ledger.api.violation.RecordViolation;
import vn.thidua.ledger.api.violation.SanctionForm;
import vn.thidua.ledger.api.violation.SubjectKind;
import vn.thidua.ledger.api.violation.ViolationId;
import vn.thidua.ledger.api.violation.ViolationSource;
import vn.thidua.ledger.api.campaign.CampaignKind;
import vn.thidua.ledger.api.campaign.LaunchCampaign;
import vn.thidua.ledger.api.person.PersonCategory;
import vn.thidua.ledger.api.person.PersonId;
import vn.thidua.ledger.api.person.RegisterPerson;
import vn.thidua.ledger.api.pledge.PledgeId;
import vn.thidua.ledger.api.pledge.SignPledge;
import vn.thidua.ledger.api.unit.RegisterUnit;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.api.unit.UnitKind;
import vn.thidua.ledger.command.dispatch.CommandDispatcher;

/**
 * On the first start against an empty store, records a small but realistic history through the ordinary
 * commands: Long Biên district of Hanoi with its offices, wards and a school, people of every category, the
 * "nói không với tiêu cực" campaign and the pledges signed under it (not quite everyone, as in life).
 */
@Component
@org.springframework.core.annotation.Order(100) // after the built-in criteria sets it evaluates under
// the demo flag in any of the words the settings check accepts as "on" (true, on, yes, 1)
@ConditionalOnExpression("'${thidua.role.command}' == 'true' and "
        + "{'true', 'on', 'yes', '1'}.contains('${thidua.demo}'.trim().toLowerCase())")
class DemoData implements ApplicationRunner {

    static final String ACTOR = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final long DEMO_LOCK = 0x7468696475610001L;

    private final CommandDispatcher dispatcher;
    private final DataSource dataSource;

    DemoData(CommandDispatcher dispatcher, DataSource dataSource) {
        this.dispatcher = dispatcher;
        this.dataSource = dataSource;
    }

    record DemoPerson(String id, String unit, String name, PersonCategory category, boolean leader, boolean pledged) {
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        // several nodes may start together on one empty database: one loads, the others see it loaded
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_lock(" + DEMO_LOCK + ")");
            // empty but for the built-in criteria catalogue, which every node publishes first
            try (ResultSet rs = statement.executeQuery(
                    "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier NOT LIKE 'criteria-set:%'")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    return;
                }
            }
            load();
        } finally {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_advisory_unlock_all()");
            }
        }
    }

    private void load() {
        unit("HN", "Thành phố Hà Nội", UnitKind.PROVINCE, null);
        unit("LB", "Ủy ban nhân dân quận Long Biên", UnitKind.DISTRICT, "HN");
        unit("LB-VP", "Văn phòng HĐND và UBND quận Long Biên", UnitKind.DIVISION, "LB");
        unit("LB-PNV", "Phòng Nội vụ quận Long Biên", UnitKind.DIVISION, "LB");
        unit("LB-PTCKH", "Phòng Tài chính – Kế hoạch quận Long Biên", UnitKind.DIVISION, "LB");
        unit("LB-PTP", "Phòng Tư pháp quận Long Biên", UnitKind.DIVISION, "LB");
        unit("LB-BD", "Ủy ban nhân dân phường Bồ Đề", UnitKind.COMMUNE, "LB");
        unit("LB-NL", "Ủy ban nhân dân phường Ngọc Lâm", UnitKind.COMMUNE, "LB");
        unit("LB-GT", "Ủy ban nhân dân phường Gia Thụy", UnitKind.COMMUNE, "LB");
        unit("LB-THCS-NL", "Trường THCS Ngọc Lâm", UnitKind.PUBLIC_SERVICE_UNIT, "LB");
        unit("LB-LDLD", "Liên đoàn Lao động quận Long Biên", UnitKind.TRADE_UNION, "LB");

        List<DemoPerson> people = List.of(
                new DemoPerson("LB-VP-01", "LB-VP", "Nguyễn Văn Hùng", PersonCategory.CONG_CHUC, true, true),
                new DemoPerson("LB-VP-02", "LB-VP", "Trần Thị Thu Hà", PersonCategory.CONG_CHUC, false, true),
                new DemoPerson("LB-VP-03", "LB-VP", "Đỗ Văn Tám", PersonCategory.NGUOI_LAO_DONG, false, true),
                new DemoPerson("LB-PNV-01", "LB-PNV", "Lê Minh Tuấn", PersonCategory.CONG_CHUC, true, true),
                new DemoPerson("LB-PNV-02", "LB-PNV", "Phạm Thị Hương", PersonCategory.CONG_CHUC, false, true),
                new DemoPerson("LB-PNV-03", "LB-PNV", "Vũ Đức Thắng", PersonCategory.CONG_CHUC, false, false),
                new DemoPerson("LB-PTCKH-01", "LB-PTCKH", "Hoàng Thị Lan", PersonCategory.CONG_CHUC, true, true),
                new DemoPerson("LB-PTCKH-02", "LB-PTCKH", "Bùi Quang Huy", PersonCategory.CONG_CHUC, false, true),
                new DemoPerson("LB-PTP-01", "LB-PTP", "Đặng Thị Ngọc Ánh", PersonCategory.CONG_CHUC, true, true),
                new DemoPerson("LB-PTP-02", "LB-PTP", "Ngô Văn Khải", PersonCategory.CONG_CHUC, false, true),
                new DemoPerson("LB-BD-01", "LB-BD", "Nguyễn Đức Long", PersonCategory.CAN_BO, true, true),
                new DemoPerson("LB-BD-02", "LB-BD", "Trịnh Thị Mai", PersonCategory.CONG_CHUC, false, true),
                new DemoPerson("LB-BD-03", "LB-BD", "Lý Văn Sơn", PersonCategory.NGUOI_LAO_DONG, false, false),
                new DemoPerson("LB-NL-01", "LB-NL", "Phan Thanh Bình", PersonCategory.CAN_BO, true, true),
                new DemoPerson("LB-NL-02", "LB-NL", "Đinh Thị Hồng Nhung", PersonCategory.CONG_CHUC, false, true),
                new DemoPerson("LB-GT-01", "LB-GT", "Tạ Quốc Việt", PersonCategory.CAN_BO, true, true),
                new DemoPerson("LB-GT-02", "LB-GT", "Mai Thị Yến", PersonCategory.CONG_CHUC, false, true),
                new DemoPerson("LB-THCS-NL-01", "LB-THCS-NL", "Cao Thị Thanh Tâm", PersonCategory.VIEN_CHUC, true, true),
                new DemoPerson("LB-THCS-NL-02", "LB-THCS-NL", "Dương Văn Phúc", PersonCategory.VIEN_CHUC, false, true),
                new DemoPerson("LB-THCS-NL-03", "LB-THCS-NL", "Hà Thị Kim Oanh", PersonCategory.VIEN_CHUC, false, false),
                new DemoPerson("LB-LDLD-01", "LB-LDLD", "Kiều Văn Dũng", PersonCategory.CAN_BO, true, true));
        int hired = 0;
        for (DemoPerson p : people) {
            // in service years before the history shown, so that their trails begin where their careers did
            dispatcher.send(new RegisterPerson(new PersonId(p.id()), new UnitId(p.unit()), p.name(), p.category(),
                    p.leader(), LocalDate.of(2010 + hired % 12, 1 + hired * 5 % 12, 1)), ACTOR);
            hired++;
        }

        CampaignId noToNegativity = new CampaignId("LB-NKTC-2024");
        dispatcher.send(new LaunchCampaign(noToNegativity,
                // the names plan 43/KH-LĐLĐ (seed 000) gives them
                "Cán bộ, công chức, viên chức Thủ đô nói không với tiêu cực", CampaignKind.CAMPAIGN, new UnitId("LB"),
                LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31), LocalDate.of(2024, 12, 20),
                LocalDate.of(2025, 12, 15)), ACTOR);
        dispatcher.send(new LaunchCampaign(new CampaignId("LB-VHCS-2019"),
                "Cán bộ, công chức, viên chức, người lao động thi đua thực hiện văn hóa công sở và nơi công cộng",
                CampaignKind.EMULATION, new UnitId("LB"),
                LocalDate.of(2019, 1, 1), LocalDate.of(2025, 12, 31), LocalDate.of(2022, 6, 30),
                LocalDate.of(2025, 12, 15)), ACTOR);

        List<String> fiveNos = List.of(
                "Không cửa quyền, hách dịch, gây khó khăn, phiền hà",
                "Không quan liêu, vô cảm, vô trách nhiệm",
                "Không tham nhũng, lãng phí, lợi ích nhóm",
                "Không xu nịnh, chạy chọt, gian dối",
                "Không lợi dụng chức vụ, quyền hạn trong thực thi công vụ");
        int day = 0;
        for (DemoPerson p : people) {
            if (p.pledged()) {
                dispatcher.send(new SignPledge(new PledgeId("CK-2024-" + p.id()), noToNegativity,
                        new PersonId(p.id()), LocalDate.of(2024, 1, 15).plusDays(day++ % 10), fiveNos), ACTOR);
            }
        }
        emulationYear(people);
        log.info("Loaded the demo history of Long Biên district ({} people); set THIDUA_DEMO=false to start empty",
                people.size());
    }

    /**
     * A year of the office-culture movement in 2024: the wards' cluster, their monthly unit evaluations and
     * surveys, the monthly evaluations of the Home Affairs division, and one Five-No's violation that was
     * confirmed and sanctioned — enough for rankings, classifications and eligibility to show something.
     */
    private void emulationYear(List<DemoPerson> people) {
        ClusterId wards = new ClusterId("LB-CUM-PHUONG");
        dispatcher.send(new RegisterCluster(wards, "Cụm thi đua các phường quận Long Biên", ClusterKind.CUM), ACTOR);
        String[] wardIds = {"LB-BD", "LB-NL", "LB-GT"};
        for (String ward : wardIds) {
            dispatcher.send(new AddClusterMember(wards, new UnitId(ward), LocalDate.of(2024, 1, 1), null), ACTOR);
        }
        CriteriaSetRef unitSet = CriteriaSetRef.parse("VN.VHCS-DV");
        for (int month = 1; month <= 12; month++) {
            YearMonth ym = YearMonth.of(2024, month);
            for (int w = 0; w < wardIds.length; w++) {
                // each ward has its own rhythm, so that the standings move from month to month
                int general = 24 + (month * (w + 3)) % 7;
                int reform = 22 + (month * (w + 5)) % 9;
                int office = 14 + (month + w * 2) % 6;
                dispatcher.send(new EvaluateUnit(new UnitId(wardIds[w]), Period.month(ym),
                        Map.of("GENERAL", BigDecimal.valueOf(general), "ADMIN_REFORM", BigDecimal.valueOf(reform),
                                "CIVILISED_OFFICE", BigDecimal.valueOf(office)), unitSet, null), ACTOR);
                int respondents = 120 + 10 * w + month;
                int satisfied = respondents - (5 + (month + w) % 11);
                dispatcher.send(new RecordSurvey(new SurveyId("KS-" + wardIds[w] + "-" + ym), new UnitId(wardIds[w]),
                        ym.toString(), respondents, satisfied, "SIPAS", null), ACTOR);
            }
            for (DemoPerson p : people) {
                if (p.unit().equals("LB-PNV")) {
                    int tasks = 55 + (month * p.id().hashCode() & 0x7fffffff) % 16;
                    dispatcher.send(new EvaluatePerson(new PersonId(p.id()), Period.month(ym), EvaluationStage.HEAD_DECISION,
                            Map.of("DISCIPLINE", BigDecimal.valueOf(18 + month % 3), "TASKS", BigDecimal.valueOf(tasks),
                                    "BONUS", BigDecimal.valueOf(month % 4)),
                            CriteriaSetRef.parse("VN.HN-1841"), null), ACTOR);
                }
            }
        }
        ViolationId violation = new ViolationId("VP-2024-001");
        dispatcher.send(new RecordViolation(violation, "LB-NL-02", SubjectKind.PERSON, "NK-1",
                LocalDate.of(2024, 9, 12), ViolationSource.CITIZEN_COMPLAINT,
                "Gây khó khăn, phiền hà khi giải quyết hồ sơ chứng thực của công dân", "Đơn thư số 112/ĐT ngày 15/9/2024"),
                ACTOR);
        dispatcher.send(new ConfirmViolation(violation, "Kết luận xác minh số 08/KL-UBND ngày 30/9/2024"), ACTOR);
        dispatcher.send(new ImposeSanction(violation, SanctionForm.KHIEN_TRACH, LocalDate.of(2024, 10, 20),
                "25/QĐ-UBND"), ACTOR);
    }

    private void unit(String id, String name, UnitKind kind, String parent) {
        dispatcher.send(new RegisterUnit(new UnitId(id), name, kind, parent == null ? null : new UnitId(parent)), ACTOR);
    }
}
