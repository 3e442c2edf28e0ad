package vn.thidua.ledger.api.violation;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One version of the catalogue of rule codes a violation may be recorded against. The catalogue is data, shipped
 * as {@code rule-catalogue-v<N>.json} beside this class; a new version is a new file, so that every recorded
 * violation can name the version its rule code was checked against.
 */
public final class RuleCatalogue {

    /** A family of rules, e.g. the Five No's. */
    public record Group(String code, String titleVi, String titleEn) {
    }

    /** One rule: its code, its group, its wording in Vietnamese and English, and the document it comes from. */
    public record Entry(String code, String group, String titleVi, String titleEn, String source) {
    }

    record Document(int version, String title, List<Group> groups, List<Entry> entries) {
    }

    /** Plain ASCII codes, words joined by hyphens: {@code NK-1}, {@code QTUX-4XIN4LUON}. */
    public static final Pattern CODE = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");

    private static final String RESOURCE = "rule-catalogue-v%d.json";

    private final int version;
    private final String title;
    private final List<Group> groups;
    private final Map<String, Entry> entries;

    private RuleCatalogue(Document document) {
        if (document.version() < 1) {
            throw new IllegalStateException("catalogue version must be positive: " + document.version());
        }
        this.version = document.version();
        this.title = requireText(document.title(), "title");
        this.groups = List.copyOf(document.groups());
        Set<String> groupCodes = groups.stream().map(Group::code).collect(Collectors.toSet());
        Map<String, Entry> byCode = new LinkedHashMap<>();
        for (Entry entry : document.entries()) {
            if (entry.code() == null || !CODE.matcher(entry.code()).matches()) {
                throw new IllegalStateException("rule code must match " + CODE.pattern() + ": " + entry.code());
            }
            if (!groupCodes.contains(entry.group())) {
                throw new IllegalStateException("rule " + entry.code() + " names unknown group " + entry.group());
            }
            requireText(entry.titleVi(), entry.code() + ".titleVi");
            requireText(entry.titleEn(), entry.code() + ".titleEn");
            requireText(entry.source(), entry.code() + ".source");
            if (byCode.put(entry.code(), entry) != null) {
                throw new IllegalStateException("rule code listed twice: " + entry.code());
            }
        }
        this.entries = byCode;
    }

    /** The newest catalogue shipped with the application. */
    public static RuleCatalogue current() {
        return Shipped.CURRENT;
    }

    /** The shipped catalogue of {@code version}, if there is one. */
    public static Optional<RuleCatalogue> version(int version) {
        InputStream in = version < 1 ? null : RuleCatalogue.class.getResourceAsStream(RESOURCE.formatted(version));
        if (in == null) {
            return Optional.empty();
        }
        try (in) {
            RuleCatalogue catalogue = read(in);
            if (catalogue.version() != version) {
                throw new IllegalStateException(
                        RESOURCE.formatted(version) + " says it is version " + catalogue.version());
            }
            return Optional.of(catalogue);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads and checks a catalogue written in the format of the shipped files. */
    public static RuleCatalogue read(InputStream json) throws IOException {
        return new RuleCatalogue(new ObjectMapper().readValue(json, Document.class));
    }

    public int version() {
        return version;
    }

    public String title() {
        return title;
    }

    public List<Group> groups() {
        return groups;
    }

    /** Every rule, in catalogue order. */
    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    public Optional<Entry> entry(String code) {
        return Optional.ofNullable(code == null ? null : entries.get(code));
    }

    public boolean contains(String code) {
        return entry(code).isPresent();
    }

    private static String requireText(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalStateException("catalogue " + what + " must not be blank");
        }
        return text;
    }

    /** Loaded once, on first use: the highest version N for which rule-catalogue-vN.json exists. */
    private static final class Shipped {

        static final RuleCatalogue CURRENT = loadNewest();

        private static RuleCatalogue loadNewest() {
            RuleCatalogue newest = null;
            for (int n = 1; ; n++) {
                Optional<RuleCatalogue> next = version(n);
                if (next.isEmpty()) {
                    return Objects.requireNonNull(newest, "no rule catalogue shipped (" + RESOURCE.formatted(1) + ")");
                }
                newest = next.get();
            }
        }
    }
}
