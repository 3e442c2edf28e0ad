package vn.thidua.ledger.command.evaluation;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.api.EntityId;
import vn.thidua.ledger.api.Period;
import vn.thidua.ledger.api.ReadableText;
import vn.thidua.ledger.api.RefusedException;
import vn.thidua.ledger.api.RefusedException.Reason;
import vn.thidua.ledger.api.criteria.CriteriaSet;
import vn.thidua.ledger.api.criteria.CriteriaSetRef;
import vn.thidua.ledger.api.criteria.CriteriaSubject;
import vn.thidua.ledger.api.criteria.Criterion;
import vn.thidua.ledger.api.criteria.CriterionSource;
import vn.thidua.ledger.api.evaluation.EvaluatePerson;
import vn.thidua.ledger.api.evaluation.EvaluationStage;
import vn.thidua.ledger.api.person.PersonId;
import vn.thidua.ledger.api.unit.UnitId;
import vn.thidua.ledger.command.calendar.Today;
import vn.thidua.ledger.command.criteria.CriteriaSetLookup;
import vn.thidua.ledger.command.directory.OrganisationDirectory;
import vn.thidua.ledger.command.dispatch.FirstEvents;
import vn.thidua.ledger.command.imports.RowProblem;
import vn.thidua.ledger.command.imports.RowsRefusedException;
import vn.thidua.ledger.command.imports.Sheet;
import vn.thidua.ledger.command.imports.Sheets;

/**
 * Reads a unit's monthly evaluations from a sheet, one {@link EvaluatePerson} per row. Every row is checked with
 * the rules the {@link PersonEvaluation} aggregate applies (the same {@link Scoring}, rule codes and messages),
 * and also that the person works in the unit, or a unit below it, that month and has one row per month; all
 * problems of the file are collected, so that it is refused as a whole and nothing of it is stored. Only what
 * depends on the stages already recorded (no self-assessment after the head's decision) is left to the
 * aggregate, while storing.
 */
@Component
class PersonEvaluationImport implements FirstEvents {

    static final String ROWS_VALID = "IMPORT_ROWS_VALID";
    static final String FILE_FORMAT = "IMPORT_FILE_FORMAT";
    private static final int MAX_NOTE = 2000;
    /** 62.5, 62,5 (the Vietnamese decimal comma) or 62; a sign is let through for the range check to name. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)");

    /**
     * The columns with a fixed meaning, by their API name or the Vietnamese headings of offices' templates (with or
     * without diacritics, in any letter case); every other column is a criterion code, except the ones that only
     * inform a reader ({@link #INFORMATIVE}: STT, Họ và tên, …), which are left out.
     */
    enum Column {
        PERSON_ID("personId", "mã cán bộ", "mã cb", "mã công chức", "mã viên chức", "mã người được đánh giá"),
        PERIOD("period", "tháng", "kỳ", "tháng đánh giá", "kỳ đánh giá"),
        CRITERIA_SET("criteriaSet", "bộ tiêu chí"),
        STAGE("stage", "bước"),
        NOTE("note", "ghi chú", "nhận xét");

        private final String header;
        private final Set<String> names;

        Column(String header, String... aliases) {
            this.header = header;
            this.names = new HashSet<>();
            names.add(folded(header));
            for (String alias : aliases) {
                names.add(folded(alias));
            }
        }

        String header() {
            return header;
        }

        static Optional<Column> named(String name) {
            String folded = folded(name);
            for (Column column : values()) {
                if (column.names.contains(folded)) {
                    return Optional.of(column);
                }
            }
            return Optional.empty();
        }
    }

    /** Headings of columns a template holds for its readers, not for the ledger. */
    private static final Set<String> INFORMATIVE = Set.of("stt", "tt", "so tt", "ho va ten", "ho ten", "fullname",
            "chuc vu", "don vi", "phong ban", "ngay sinh");

    /** A heading as compared: lower case, without diacritics (đ as d), single spaces. */
    static String folded(String heading) {
        String decomposed = Normalizer.normalize(trimmed(heading).toLowerCase(Locale.ROOT),
                Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replace('đ', 'd').replaceAll("\\s+", " ");
    }

    /** What the whole file is about: the unit, and the month and criteria set of rows that do not name them. */
    record Target(UnitId unit, YearMonth month, CriteriaSetRef criteriaSet) {
    }

    /** A row of the file and the command it makes; {@code headings} the file's headings of the fixed columns. */
    record Line(Sheet.Row row, EvaluatePerson command, Map<String, String> headings) {

        /** A column named as the file heads it ("Mã CB"), given the API's name for it ("personId"). */
        String heading(String column) {
            return headings.getOrDefault(column, column);
        }
    }

    /** The header, read: where the fixed columns are, and which columns hold scores (index → header as written). */
    private record Columns(int headerRow, Map<Column, Integer> fixed, Map<Integer, String> scores) {

        String cell(Sheet.Row row, Column column) {
            Integer index = fixed.get(column);
            return index == null ? "" : trimmed(row.cell(index));
        }
    }

    /** A criteria set resolved for a reference and month, or why it cannot be. */
    private record Resolution(CriteriaSet set, RefusedException refusal) {
    }

    private final OrganisationDirectory directory;
    private final CriteriaSetLookup criteriaSets;

    PersonEvaluationImport(OrganisationDirectory directory, CriteriaSetLookup criteriaSets) {
        this.directory = directory;
        this.criteriaSets = criteriaSets;
    }

    /** The import's parameters, checked: an existing unit, a month, a well-formed criteria set reference. */
    Target target(String unit, String period, String criteriaSet) {
        if (unit == null || unit.isBlank()) {
            throw RefusedException.invalid("IMPORT_UNIT_REQUIRED", "unit",
                    "Phải nêu đơn vị có kết quả đánh giá được nhập (tham số unit)");
        }
        if (!EntityId.FORMAT.matcher(unit).matches() || !directory.unitExists(new UnitId(unit))) {
            throw new RefusedException(Reason.NOT_FOUND, "REFERENCE_EXISTS", "unit", "Không tìm thấy đơn vị " + unit
                    + " (unit)");
        }
        YearMonth month = null;
        if (period != null && !period.isBlank()) {
            Period parsed;
            try {
                // as the file's own period column reads it: an office writes its month one way in both
                parsed = monthAsWritten(period.strip());
            } catch (IllegalArgumentException e) {
                throw RefusedException.invalid("PERIOD_FORMAT", "period", "Kỳ '" + period
                        + "' không hợp lệ; ghi tháng dạng 2024-05 hoặc 05/2024");
            }
            if (!parsed.isMonth()) {
                throw RefusedException.invalid("EVALUATION_PERIOD_MONTH", "period",
                        "Đánh giá cá nhân theo từng tháng (ví dụ 2024-05), không theo kỳ " + parsed);
            }
            month = YearMonth.from(parsed.from());
            Today.begun(parsed, "EVALUATION_PERIOD_BEGUN", "period", "Tháng đánh giá");
        }
        CriteriaSetRef ref = null;
        if (criteriaSet != null && !criteriaSet.isBlank()) {
            ref = criteriaSetRef(criteriaSet).orElseThrow(() -> RefusedException.invalid("CRITERIA_SET_REF_FORMAT",
                    Scoring.FIELD, criteriaSetFormatMessage(criteriaSet)));
            // a set or version nobody published is the parameter's fault: told once, not on every row
            Scoring.named(criteriaSets, ref, CriteriaSubject.PERSON);
        }
        return new Target(new UnitId(unit), month, ref);
    }

    /**
     * Refuses an account limited to {@code scope} an import for a unit outside it, before its file is read (its
     * rows' events would be checked one by one, but a unit above the scope is not the account's to name).
     */
    void requireWithinScope(UnitId unit, String scope) {
        if (scope != null && !unit.value().equals(scope) && !directory.isWithin(unit, new UnitId(scope))) {
            throw new RefusedException(Reason.FORBIDDEN, "UNIT_SCOPE", "unit", "Tài khoản chỉ được ghi cho đơn vị "
                    + scope + " và các đơn vị trực thuộc, không cho " + unit.value());
        }
    }

    /**
     * One line per row of {@code sheet}, in the file's order.
     *
     * @throws RowsRefusedException with every problem of the file: of its columns ({@value #FILE_FORMAT}), else
     *                              of its rows ({@value #ROWS_VALID})
     */
    List<Line> lines(Sheet read, Target target) {
        Sheet sheet = headed(read);
        Columns columns = columns(sheet, target);
        // rows of a template left unfilled (only their number, STT, or a month written in advance) are no rows
        List<Sheet.Row> rows = sheet.rows().stream().filter(row -> filled(row, columns)).toList();
        if (rows.isEmpty()) {
            throw RefusedException.invalid("IMPORT_ROWS_PRESENT", "file",
                    "Tệp chỉ có dòng tiêu đề, không có dòng đánh giá nào");
        }
        if (rows.size() > Sheets.MAX_ROWS) {
            throw RefusedException.invalid("IMPORT_FILE_SIZE", "file", "Tệp có " + rows.size()
                    + " dòng đánh giá; mỗi lần nhập tối đa " + Sheets.MAX_ROWS + " dòng");
        }
        Map<String, Resolution> resolutions = new HashMap<>();
        if (target.month() != null && !columns.fixed().containsKey(Column.CRITERIA_SET)) {
            // every row is scored under the same set: one refusal for the file rather than one per row
            Resolution resolution = resolve(resolutions, target.criteriaSet(), target.month());
            if (resolution.refusal() != null) {
                throw resolution.refusal();
            }
        }
        // the sets the rows are scored under come first: a column that is a criterion of none of them is told once,
        // by the column, and its cells are never judged (a wide file would otherwise make a problem of each)
        List<CriteriaSet> used = usedSets(rows, columns, target, resolutions);
        List<RowProblem> unknown = unknownColumns(columns, used);
        Set<String> unknownNames = unknown.stream().map(RowProblem::column)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<RowProblem> missing = missingColumns(columns, used);
        // every row's person is looked up (who they are, where they worked): one query for the whole file
        directory.readAhead(List.of(), rows.stream().map(row -> columns.cell(row, Column.PERSON_ID))
                .filter(EntityId::isValid).map(PersonId::new).toList());
        // a problem names its column as the file heads it ("Mã CB"), not by the API's name for it ("personId")
        Map<String, String> headings = new HashMap<>();
        columns.fixed().forEach((column, index) -> {
            String written = trimmed(sheet.header().cell(index));
            if (!written.isEmpty()) {
                headings.put(column.header(), written);
            }
        });
        java.util.function.Function<RowProblem, RowProblem> asHeaded = problem -> headings.containsKey(problem.column())
                ? new RowProblem(problem.field(), problem.message(), problem.row(), headings.get(problem.column()),
                problem.rule())
                : problem;
        Found problems = new Found();
        List<Line> lines = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Sheet.Row row : rows) {
            int before = problems.count();
            EvaluatePerson command = command(row, columns, unknownNames, target, resolutions, seen, problems);
            if (problems.count() == before) {
                lines.add(new Line(row, command, headings));
            }
        }
        if (!unknown.isEmpty() || !missing.isEmpty()) {
            // the rows' own problems are told with the columns', so that one correction of the file is enough
            List<RowProblem> all = new ArrayList<>(unknown);
            all.addAll(missing);
            problems.reported().stream().map(asHeaded).forEach(all::add);
            List<String> wrong = new ArrayList<>();
            if (!unknown.isEmpty()) {
                wrong.add("có cột không phải mã tiêu chí của " + refs(used) + ": " + String.join(", ", unknownNames));
            }
            if (!missing.isEmpty()) {
                wrong.add("thiếu cột tiêu chí " + missing.stream().map(RowProblem::column).distinct()
                        .collect(Collectors.joining(", ")));
            }
            throw new RowsRefusedException(Reason.INVALID, FILE_FORMAT, "Tệp " + String.join(" và ", wrong)
                    + (problems.count() == 0 ? "" : "; và " + problems.count() + " lỗi ở các dòng"
                    + problems.truncation())
                    + "; không dòng nào được ghi", all);
        }
        if (problems.count() > 0) {
            throw new RowsRefusedException(Reason.INVALID, ROWS_VALID, problems.rows() + " dòng của tệp có lỗi ("
                    + problems.count() + " lỗi" + problems.truncation() + "); không dòng nào được ghi",
                    problems.reported().stream().map(asHeaded).toList());
        }
        return lines;
    }

    /** The most problems an answer lists: enough to correct a file by, never an answer of megabytes. */
    static final int MAX_REPORTED = 1000;

    /** The problems found in a file's rows: all counted, the first {@link #MAX_REPORTED} kept to be told. */
    private static final class Found {

        private final List<RowProblem> reported = new ArrayList<>();
        private final Set<Integer> rows = new HashSet<>();
        private int count;

        void add(RowProblem problem) {
            count++;
            rows.add(problem.row());
            if (reported.size() < MAX_REPORTED) {
                reported.add(problem);
            }
        }

        int count() {
            return count;
        }

        int rows() {
            return rows.size();
        }

        List<RowProblem> reported() {
            return reported;
        }

        String truncation() {
            return count > reported.size() ? "; kèm theo " + reported.size() + " lỗi đầu tiên" : "";
        }
    }

    /** Whether anything was written in the row for the ledger: a person, a score or a note. */
    private static boolean filled(Sheet.Row row, Columns columns) {
        List<Integer> written = new ArrayList<>(columns.scores().keySet());
        for (Column column : List.of(Column.PERSON_ID, Column.NOTE)) {
            Integer index = columns.fixed().get(column);
            if (index != null) {
                written.add(index);
            }
        }
        return written.stream().anyMatch(index -> row.uncomputed(index) || !trimmed(row.cell(index)).isEmpty());
    }

    /** The criteria sets the rows name or are scored under by default, as far as they can be told. */
    private List<CriteriaSet> usedSets(List<Sheet.Row> rows, Columns columns, Target target,
                                       Map<String, Resolution> resolutions) {
        Set<CriteriaSet> used = new LinkedHashSet<>();
        Found ignored = new Found(); // told by the rows' own checks
        for (Sheet.Row row : rows) {
            YearMonth month = month(row, columns, target, ignored);
            String setText = columns.cell(row, Column.CRITERIA_SET);
            Optional<CriteriaSetRef> ref = setText.isEmpty() ? Optional.ofNullable(target.criteriaSet())
                    : criteriaSetRef(setText);
            if (month != null && (setText.isEmpty() || ref.isPresent())) {
                CriteriaSet set = resolve(resolutions, ref.orElse(null), month).set();
                if (set != null) {
                    used.add(set);
                }
            }
        }
        return List.copyOf(used);
    }

    @Override
    public String aggregateType() {
        return PersonEvaluation.class.getSimpleName();
    }

    /** A row for a month of a person not evaluated yet: the first submission, as the aggregate decides it. */
    @Override
    public Object firstEvent(Object command) {
        return command instanceof EvaluatePerson evaluation
                ? PersonEvaluation.decide(evaluation, directory, criteriaSets, Map.of())
                : null;
    }

    /** The refusal of the whole file for the refusals of rows' commands while storing. */
    static RowsRefusedException refusedAt(List<Line> lines, vn.thidua.ledger.command.dispatch.BatchRefusedException
            refused) {
        List<RowProblem> problems = new ArrayList<>();
        for (vn.thidua.ledger.command.dispatch.BatchRefusedException.Refusal each : refused.refusals()) {
            RefusedException refusal = each.refusal();
            String field = refusal.field() == null ? Column.PERSON_ID.header() : refusal.field();
            String column = field.startsWith("scores.") ? field.substring("scores.".length()) : field;
            Line line = lines.get(each.index());
            RowProblem problem = RowProblem.at(line.row().number(), column, refusal.rule(), refusal.getMessage());
            problems.add(new RowProblem(problem.field(), problem.message(), problem.row(), line.heading(column),
                    problem.rule()));
        }
        RowProblem first = problems.get(0);
        return new RowsRefusedException(refused.reason(), refused.rule(), (problems.size() == 1
                ? "Dòng " + first.row() + ": " + first.message()
                : problems.size() + " dòng bị từ chối khi ghi, dòng đầu tiên là dòng " + first.row() + ": "
                + first.message()) + "; không dòng nào được ghi", problems);
    }

    /**
     * The sheet headed by its first row naming the person column, when rows above it (a template's title:
     * "BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ THÁNG 5") come first; as read when no row does, for the header to be refused.
     */
    private static Sheet headed(Sheet sheet) {
        List<Sheet.Row> all = new ArrayList<>();
        all.add(sheet.header());
        all.addAll(sheet.rows());
        for (int index = 0; index < Math.min(all.size(), 10); index++) {
            if (all.get(index).cells().stream().anyMatch(cell -> Column.named(cell).orElse(null) == Column.PERSON_ID)) {
                return index == 0 ? sheet : new Sheet(all.get(index), all.subList(index + 1, all.size()));
            }
        }
        return sheet;
    }

    private Columns columns(Sheet sheet, Target target) {
        Sheet.Row header = sheet.header();
        int width = sheet.rows().stream().mapToInt(row -> row.cells().size()).max().orElse(0);
        width = Math.max(width, header.cells().size());
        Map<Column, Integer> fixed = new EnumMap<>(Column.class);
        Map<Integer, String> scores = new LinkedHashMap<>();
        Set<String> names = new LinkedHashSet<>();
        List<RowProblem> problems = new ArrayList<>();
        for (int index = 0; index < width; index++) {
            String name = trimmed(header.cell(index));
            if (name.isEmpty()) {
                int column = index;
                Optional<Sheet.Row> stray = sheet.rows().stream()
                        .filter(row -> !row.cell(column).isBlank() || row.uncomputed(column)).findFirst();
                if (stray.isPresent()) {
                    // told where the data is: the first cell of it, found without scrolling the header's row
                    int row = stray.get().number();
                    problems.add(header.uncomputed(index)
                            ? RowProblem.at(header.number(), letter(index), "IMPORT_FORMULA_COMPUTED", "Ô "
                            + letter(index) + header.number() + " của dòng tiêu đề có công thức nhưng chưa có giá "
                            + "trị đã tính; hãy mở tệp trong Excel rồi lưu lại, hoặc ghi tên cột thay cho công thức")
                            : RowProblem.at(row, letter(index), "IMPORT_COLUMN_NAMED", "Ô " + letter(index) + row
                            + " có dữ liệu nhưng cột " + letter(index) + " không có tên ở dòng tiêu đề (dòng "
                            + header.number() + ")"));
                }
                continue;
            }
            if (!names.add(name.toUpperCase(Locale.ROOT))) {
                problems.add(RowProblem.at(header.number(), name, "IMPORT_COLUMN_UNIQUE",
                        "Cột " + name + " có hai lần ở dòng tiêu đề"));
                continue;
            }
            Optional<Column> known = Column.named(name);
            if (known.isEmpty() && INFORMATIVE.contains(folded(name))) {
                continue; // for the reader of the file: its number, the person's name, …
            }
            if (known.isPresent()) {
                Integer earlier = fixed.putIfAbsent(known.get(), index);
                if (earlier != null) {
                    // "personId" and "Mã CB" both: which one the ledger should believe is not for it to guess
                    problems.add(RowProblem.at(header.number(), name, "IMPORT_COLUMN_UNIQUE", "Cột " + name
                            + " và cột " + trimmed(header.cell(earlier)) + " cùng là cột "
                            + known.get().header() + "; chỉ giữ một trong hai"));
                }
            } else {
                scores.put(index, name);
            }
        }
        if (!fixed.containsKey(Column.PERSON_ID)) {
            problems.add(RowProblem.at(header.number(), Column.PERSON_ID.header(), "IMPORT_COLUMN_REQUIRED",
                    "Thiếu cột personId (hoặc \"Mã cán bộ\": mã người được đánh giá) ở dòng tiêu đề"));
        }
        if (scores.isEmpty() && fixed.containsKey(Column.PERSON_ID)) {
            problems.add(RowProblem.at(header.number(), "scores", "IMPORT_COLUMN_REQUIRED", "Tệp không có cột điểm "
                    + "nào: dòng tiêu đề phải có mã các tiêu chí (ví dụ DISCIPLINE, TASKS) bên cạnh personId"));
        }
        if (!fixed.containsKey(Column.PERIOD) && target.month() == null) {
            problems.add(RowProblem.at(header.number(), Column.PERIOD.header(), "IMPORT_COLUMN_REQUIRED",
                    "Thiếu cột period (tháng đánh giá); hoặc nêu tháng cho cả tệp (tham số period)"));
        }
        if (!problems.isEmpty()) {
            throw new RowsRefusedException(Reason.INVALID, FILE_FORMAT, "Dòng tiêu đề của tệp không hợp lệ: "
                    + problems.stream().map(RowProblem::column).collect(Collectors.joining(", "))
                    + "; không dòng nào được ghi", problems);
        }
        return new Columns(header.number(), fixed, scores);
    }

    private EvaluatePerson command(Sheet.Row row, Columns columns, Set<String> unknownColumns, Target target,
                                   Map<String, Resolution> resolutions, Map<String, Integer> seen, Found problems) {
        int number = row.number();
        uncomputedCells(row, columns, unknownColumns, problems);
        PersonId person = person(row, columns, problems);
        YearMonth month = month(row, columns, target, problems);
        String setText = columns.cell(row, Column.CRITERIA_SET);
        CriteriaSetRef ref = target.criteriaSet();
        boolean refReadable = true;
        if (!setText.isEmpty()) {
            Optional<CriteriaSetRef> parsed = criteriaSetRef(setText);
            refReadable = parsed.isPresent();
            ref = parsed.orElse(null);
            if (!refReadable) {
                problems.add(RowProblem.at(number, Column.CRITERIA_SET.header(), "CRITERIA_SET_REF_FORMAT",
                        criteriaSetFormatMessage(setText)));
            }
        }
        EvaluationStage stage = stage(row, columns, problems);
        String note = columns.cell(row, Column.NOTE);
        if (note.length() > MAX_NOTE) {
            problems.add(RowProblem.at(number, Column.NOTE.header(), "NOTE_LENGTH",
                    "Ghi chú dài tối đa " + MAX_NOTE + " ký tự, không phải " + note.length()));
        }
        int unreadable = ReadableText.firstUnreadable(note);
        if (unreadable >= 0) {
            problems.add(RowProblem.at(number, Column.NOTE.header(), "NOTE_TEXT",
                    ("Ghi chú có ký tự U+%04X (ký tự điều khiển hoặc nửa cặp UTF-16), không phải chữ đọc được, như "
                            + "một ghi chú gửi qua API").formatted((int) note.charAt(unreadable))));
        }
        CriteriaSet set = null;
        if (month != null && refReadable) {
            Resolution resolution = resolve(resolutions, ref, month);
            set = resolution.set();
            if (resolution.refusal() != null) {
                problems.add(RowProblem.at(number, Column.CRITERIA_SET.header(), resolution.refusal().rule(),
                        resolution.refusal().getMessage()));
            }
        }
        if (person != null && month != null) {
            worksInUnit(number, person, month, target.unit(), problems);
            Integer earlier = seen.putIfAbsent(person.value() + "/" + month, number);
            if (earlier != null) {
                problems.add(RowProblem.at(number, Column.PERSON_ID.header(), "IMPORT_ROW_UNIQUE", person.value()
                        + " đã có ở dòng " + earlier + " cho tháng " + month + "; mỗi người một dòng mỗi tháng"));
            }
        }
        int beforeScores = problems.count();
        Map<String, BigDecimal> scores = scores(row, columns, unknownColumns, set, problems);
        boolean written = columns.scores().entrySet().stream().anyMatch(column -> row.uncomputed(column.getKey())
                || unknownColumns.contains(column.getValue()) && !trimmed(row.cell(column.getKey())).isEmpty());
        if (scores.isEmpty() && !written && problems.count() == beforeScores) {
            // a half-filled template: without a single score the row would rate the person 0 points, level D
            problems.add(RowProblem.at(number, columns.scores().values().iterator().next(), "IMPORT_SCORES_PRESENT",
                    "Dòng không có điểm tiêu chí nào; hãy ghi điểm, hoặc bỏ dòng của người chưa đánh giá"));
        }
        if (person == null || month == null) {
            return null;
        }
        // a file without a note column says nothing of notes: a correction keeps the one recorded
        return new EvaluatePerson(person, Period.month(month), stage, scores, ref, note.isEmpty() ? null : note,
                !columns.fixed().containsKey(Column.NOTE));
    }

    /**
     * A problem for each cell the ledger would read that holds a formula no program computed: Excel would show
     * its value, the ledger cannot know it. Such cells elsewhere (a row number, =ROW()-1) do not matter.
     */
    private static void uncomputedCells(Sheet.Row row, Columns columns, Set<String> unknownColumns,
                                        Found problems) {
        Map<Integer, String> read = new TreeMap<>();
        columns.fixed().forEach((column, index) -> read.put(index, column.header()));
        columns.scores().forEach((index, name) -> {
            if (!unknownColumns.contains(name)) {
                read.put(index, name);
            }
        });
        read.forEach((index, name) -> {
            if (row.uncomputed(index)) {
                problems.add(RowProblem.at(row.number(), name, "IMPORT_FORMULA_COMPUTED", "Ô " + letter(index)
                        + row.number() + " có công thức nhưng chưa có giá trị đã tính (tệp do một chương trình khác "
                        + "Excel tạo ra); hãy mở tệp trong Excel rồi lưu lại, hoặc ghi giá trị thay cho công thức"));
            }
        });
    }

    private PersonId person(Sheet.Row row, Columns columns, Found problems) {
        String text = columns.cell(row, Column.PERSON_ID);
        String column = Column.PERSON_ID.header();
        if (text.isEmpty() && row.uncomputed(columns.fixed().get(Column.PERSON_ID))) {
            return null; // told by its formula
        }
        if (text.isEmpty()) {
            problems.add(RowProblem.at(row.number(), column, "IMPORT_CELL_REQUIRED",
                    "Thiếu mã người được đánh giá (personId)"));
            return null;
        }
        if (!EntityId.FORMAT.matcher(text).matches()) {
            problems.add(RowProblem.at(row.number(), column, "REFERENCE_EXISTS",
                    "Không tìm thấy người " + text + " (personId): mã không hợp lệ"));
            return null;
        }
        PersonId person = new PersonId(text);
        if (directory.person(person).isEmpty()) {
            RefusedException notFound = RefusedException.notFound(column, person);
            problems.add(RowProblem.at(row.number(), column, notFound.rule(), notFound.getMessage()));
            return null;
        }
        return person;
    }

    /** The row's month: its own cell, which must agree with the month of the import when one is given. */
    private static YearMonth month(Sheet.Row row, Columns columns, Target target, Found problems) {
        String text = columns.cell(row, Column.PERIOD);
        String column = Column.PERIOD.header();
        Integer index = columns.fixed().get(Column.PERIOD);
        if (text.isEmpty() && index != null && row.uncomputed(index)) {
            return null; // told by its formula
        }
        if (text.isEmpty()) {
            if (target.month() == null) {
                problems.add(RowProblem.at(row.number(), column, "IMPORT_CELL_REQUIRED",
                        "Thiếu tháng đánh giá (ví dụ 2024-05)"));
            }
            return target.month();
        }
        Period period;
        try {
            period = monthAsWritten(text);
        } catch (IllegalArgumentException e) {
            problems.add(RowProblem.at(row.number(), column, "PERIOD_FORMAT",
                    "Kỳ '" + text + "' không hợp lệ; ghi tháng dạng 2024-05 hoặc 05/2024"));
            return null;
        }
        if (!period.isMonth()) {
            problems.add(RowProblem.at(row.number(), column, "EVALUATION_PERIOD_MONTH",
                    "Đánh giá cá nhân theo từng tháng (ví dụ 2024-05), không theo kỳ " + period
                            + (period.from().equals(period.to())
                            ? " (nếu Excel tự đổi tháng thành ngày, hãy định dạng ô là Văn bản)" : "")));
            return null;
        }
        YearMonth month = YearMonth.from(period.from());
        try {
            Today.begun(period, "EVALUATION_PERIOD_BEGUN", column, "Tháng đánh giá");
        } catch (RefusedException notBegun) {
            problems.add(RowProblem.at(row.number(), column, notBegun.rule(), notBegun.getMessage()));
            return null;
        }
        if (target.month() != null && !month.equals(target.month())) {
            problems.add(RowProblem.at(row.number(), column, "IMPORT_PERIOD_MATCHES", "Dòng ghi tháng " + month
                    + " nhưng lần nhập này là của tháng " + target.month()));
            return null;
        }
        return month;
    }

    private static final Pattern MONTH_SLASH_YEAR = Pattern.compile("(\\d{1,2})[/.](\\d{4})");
    private static final Pattern DAY_SLASH_MONTH_SLASH_YEAR = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})");

    /**
     * A month as offices write it: 2024-05, 05/2024 or 5.2024, or the first day of the month (2024-05-01,
     * 01/05/2024), which Excel makes of "2024-05" typed in a cell formatted as a date.
     */
    private static Period monthAsWritten(String text) {
        Matcher day = DAY_SLASH_MONTH_SLASH_YEAR.matcher(text);
        if (day.matches()) {
            // a date as Vietnamese write it, day first: 01/05/2024 is the first of May, which stands for May
            LocalDate date;
            try {
                date = LocalDate.of(Integer.parseInt(day.group(3)), Integer.parseInt(day.group(2)),
                        Integer.parseInt(day.group(1)));
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("no date " + text, e);
            }
            text = date.toString();
        }
        Matcher slash = MONTH_SLASH_YEAR.matcher(text);
        if (slash.matches()) {
            int month = Integer.parseInt(slash.group(1));
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException("no month " + month);
            }
            return Period.month(YearMonth.of(Integer.parseInt(slash.group(2)), month));
        }
        Period period = Period.parse(text);
        if (period.from().equals(period.to()) && period.from().getDayOfMonth() == 1) {
            return Period.month(YearMonth.from(period.from()));
        }
        return period;
    }

    private static EvaluationStage stage(Sheet.Row row, Columns columns, Found problems) {
        String text = columns.cell(row, Column.STAGE);
        if (text.isEmpty()) {
            return EvaluationStage.HEAD_DECISION;
        }
        for (EvaluationStage stage : EvaluationStage.values()) {
            // as headings are: with or without diacritics, composed or not
            if (stage.name().equalsIgnoreCase(text) || folded(stage.label()).equals(folded(text))) {
                return stage;
            }
        }
        problems.add(RowProblem.at(row.number(), Column.STAGE.header(), "EVALUATION_STAGE_KNOWN", "Bước '" + text
                + "' không hợp lệ; dùng SELF_ASSESSMENT (tự đánh giá), LEADER_REVIEW (lãnh đạo nhận xét) hoặc "
                + "HEAD_DECISION (thủ trưởng quyết định, mặc định)"));
        return null;
    }

    /**
     * The person worked in {@code unit} or below it on the last day of the month: the unit the evaluation is
     * recorded for (see {@link PersonEvaluation#decide}), so that a person who moved during the month is evaluated
     * by the unit they moved to, and never by both.
     */
    private void worksInUnit(int row, PersonId person, YearMonth month, UnitId unit, Found problems) {
        try {
            directory.requireInServiceDuring(person, month.atDay(1), month.atEndOfMonth(), Column.PERIOD.header());
        } catch (RefusedException dismissed) {
            problems.add(RowProblem.at(row, Column.PERIOD.header(), dismissed.rule(), dismissed.getMessage()));
            return;
        }
        Optional<UnitId> last = directory.unitOn(person, month.atEndOfMonth());
        if (last.filter(u -> directory.isWithin(u, unit)).isEmpty()) {
            problems.add(RowProblem.at(row, Column.PERSON_ID.header(), "IMPORT_PERSON_IN_UNIT", "Ngày cuối tháng "
                    + month + ", " + person.value() + " công tác tại "
                    + last.map(UnitId::value).orElse("đơn vị khác") + ", không thuộc đơn vị " + unit.value()
                    + " (người chuyển công tác trong tháng do đơn vị mới đánh giá)"));
        }
    }

    /**
     * The scores of the row's filled cells, keyed by criterion code, with every problem of them reported; the cells
     * of columns that are criteria of no set the file uses are left to the column's own problem.
     */
    private static Map<String, BigDecimal> scores(Sheet.Row row, Columns columns, Set<String> unknownColumns,
                                                  CriteriaSet set, Found problems) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        Map<String, String> columnOfCode = new HashMap<>();
        for (Map.Entry<Integer, String> column : columns.scores().entrySet()) {
            if (unknownColumns.contains(column.getValue())) {
                continue;
            }
            String text = trimmed(row.cell(column.getKey()));
            if (text.isEmpty()) {
                continue; // not given: counts 0, as when left out of a single evaluation
            }
            if (!NUMBER.matcher(text).matches()) {
                problems.add(RowProblem.at(row.number(), column.getValue(), "IMPORT_NUMBER_FORMAT",
                        "Điểm tiêu chí " + column.getValue() + " phải là một số (ví dụ 62,5 hoặc 62.5), không phải '"
                                + text + "'"));
                continue;
            }
            String code = set == null ? column.getValue() : codeIn(set, column.getValue()).orElse(column.getValue());
            scores.put(code, new BigDecimal(text.replace(',', '.')));
            columnOfCode.put(code, column.getValue());
        }
        if (set != null) {
            for (Scoring.Problem problem : Scoring.problems(set, scores)) {
                problems.add(RowProblem.at(row.number(), columnOfCode.get(problem.code()), problem.rule(),
                        problem.message()));
            }
        }
        return scores;
    }

    /**
     * Criteria of the sets the rows are scored under that no column holds: a file without one would record every
     * row without that criterion's points — and replace the points an earlier evaluation gave — unseen. (A blank
     * cell in a column that is there is a score left out, as in a single evaluation.)
     */
    private static List<RowProblem> missingColumns(Columns columns, List<CriteriaSet> used) {
        List<RowProblem> missing = new ArrayList<>();
        for (CriteriaSet set : used) {
            for (Criterion criterion : set.criteria()) {
                boolean scored = criterion.source() == null || criterion.source() == CriterionSource.SCORED;
                if (scored && columns.scores().values().stream().noneMatch(criterion.code()::equalsIgnoreCase)) {
                    missing.add(RowProblem.at(columns.headerRow(), criterion.code(), "IMPORT_COLUMN_REQUIRED",
                            "Thiếu cột tiêu chí " + criterion.code() + " của " + set.ref() + "; mỗi tiêu chí một "
                                    + "cột (để trống ô của người không có điểm tiêu chí đó)"));
                }
            }
        }
        return missing;
    }

    /** Score columns that are criteria of none of the sets the rows are scored under (none: nothing to judge by). */
    private static List<RowProblem> unknownColumns(Columns columns, List<CriteriaSet> used) {
        if (used.isEmpty()) {
            return List.of();
        }
        List<RowProblem> unknown = new ArrayList<>();
        for (String name : columns.scores().values()) {
            if (used.stream().noneMatch(set -> codeIn(set, name).isPresent())) {
                unknown.add(RowProblem.at(columns.headerRow(), name, "IMPORT_COLUMN_KNOWN", "Cột " + name
                        + " không phải personId, period, criteriaSet, stage, note hay mã tiêu chí của " + refs(used)));
            }
        }
        return unknown;
    }

    private Resolution resolve(Map<String, Resolution> resolutions, CriteriaSetRef ref, YearMonth month) {
        return resolutions.computeIfAbsent(ref + "/" + month, key -> {
            try {
                return new Resolution(Scoring.resolve(criteriaSets, ref, CriteriaSubject.PERSON, Period.month(month)),
                        null);
            } catch (RefusedException refusal) {
                return new Resolution(null, refusal);
            }
        });
    }

    /** The code of the criterion of {@code set} a column is headed with, in whatever letter case. */
    private static Optional<String> codeIn(CriteriaSet set, String header) {
        return set.criteria().stream().map(Criterion::code).filter(code -> code.equalsIgnoreCase(header)).findFirst();
    }

    private static Optional<CriteriaSetRef> criteriaSetRef(String text) {
        try {
            return Optional.of(CriteriaSetRef.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String criteriaSetFormatMessage(String text) {
        return "Bộ tiêu chí '" + text + "' phải có dạng MÃ hoặc MÃ@PHIÊN_BẢN, ví dụ HN-3814@1";
    }

    private static String refs(List<CriteriaSet> sets) {
        return sets.stream().map(set -> "bộ tiêu chí " + set.ref()).collect(Collectors.joining(", "));
    }

    /**
     * The cell's text without the blanks around it, no-break spaces included: Excel and web pages put U+00A0 where a
     * space was typed, and {@link String#strip()} leaves it.
     */
    static String trimmed(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && blank(text.charAt(start))) {
            start++;
        }
        while (end > start && blank(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean blank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** The spreadsheet's name of a column: A, B, …, Z, AA, … */
    static String letter(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
