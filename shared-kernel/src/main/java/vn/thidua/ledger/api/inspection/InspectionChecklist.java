package vn.thidua.ledger.api.inspection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One version of the checklist inspection teams go through (seed 001, section III.4), read from the catalogue
 * file {@code inspection-checklist.json} beside this class. A new version is a new entry in that file; old
 * versions stay, so that findings recorded against them keep their meaning.
 */
public record InspectionChecklist(int version, LocalDate effectiveFrom, String source, List<Item> items) {

    /** One thing to check: a stable code, the Vietnamese label users read and an English one. */
    public record Item(String code, String label, String labelEn) {
    }

    private static final String RESOURCE = "inspection-checklist.json";
    private static final List<InspectionChecklist> VERSIONS = readCatalogue();

    public InspectionChecklist {
        items = List.copyOf(items);
    }

    /** Every version in the catalogue, oldest first. */
    public static List<InspectionChecklist> versions() {
        return VERSIONS;
    }

    public static Optional<InspectionChecklist> version(int version) {
        return VERSIONS.stream().filter(v -> v.version == version).findFirst();
    }

    /** The version in force on {@code day}: the latest that took effect by then, else the earliest there is. */
    public static InspectionChecklist inForceOn(LocalDate day) {
        return VERSIONS.stream()
                .filter(v -> !v.effectiveFrom.isAfter(day))
                .reduce((earlier, later) -> later)
                .orElse(VERSIONS.get(0));
    }

    public Optional<Item> item(String code) {
        return items.stream().filter(i -> i.code.equals(code)).findFirst();
    }

    /** Parses a catalogue file: {@code {"versions": [{"version", "effectiveFrom", "source", "items": [...]}]}}. */
    public static List<InspectionChecklist> parse(InputStream json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        List<InspectionChecklist> versions = new ArrayList<>();
        for (JsonNode v : root.path("versions")) {
            List<Item> items = new ArrayList<>();
            for (JsonNode i : v.path("items")) {
                items.add(new Item(i.path("code").asText(), i.path("label").asText(), i.path("labelEn").asText()));
            }
            versions.add(new InspectionChecklist(v.path("version").asInt(),
                    LocalDate.parse(v.path("effectiveFrom").asText()), v.path("source").asText(), items));
        }
        if (versions.isEmpty()) {
            throw new IOException("the inspection checklist catalogue has no versions");
        }
        versions.sort(Comparator.comparing(InspectionChecklist::effectiveFrom));
        return List.copyOf(versions);
    }

    private static List<InspectionChecklist> readCatalogue() {
        try (InputStream in = InspectionChecklist.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("catalogue file " + RESOURCE + " is missing");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
