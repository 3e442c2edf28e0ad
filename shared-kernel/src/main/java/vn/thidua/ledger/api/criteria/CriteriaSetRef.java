package vn.thidua.ledger.api.criteria;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * A reference to a criteria set as written in the API: {@code HN-3814} (the version in force for the period
 * at hand) or {@code HN-3814@2} (that version, whatever the period).
 */
public record CriteriaSetRef(CriteriaSetId id, Integer version) {

    public CriteriaSetRef {
        Objects.requireNonNull(id, "a criteria set reference needs an id");
        if (version != null && version < 1) {
            throw new IllegalArgumentException("Phiên bản bộ tiêu chí bắt đầu từ 1, không phải " + version);
        }
    }

    public static CriteriaSetRef of(CriteriaSetId id) {
        return new CriteriaSetRef(id, null);
    }

    public static CriteriaSetRef of(CriteriaSetId id, int version) {
        return new CriteriaSetRef(id, version);
    }

    /** Parses {@code ID} or {@code ID@V}; anything else is an {@link IllegalArgumentException}. */
    @JsonCreator
    public static CriteriaSetRef parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Thiếu bộ tiêu chí");
        }
        String s = text.strip();
        int at = s.indexOf('@');
        if (at < 0) {
            return of(new CriteriaSetId(s));
        }
        String version = s.substring(at + 1);
        if (!version.matches("[0-9]{1,9}")) {
            throw new IllegalArgumentException("Không đọc được bộ tiêu chí " + text + " (viết ID hoặc ID@V)");
        }
        return new CriteriaSetRef(new CriteriaSetId(s.substring(0, at)), Integer.valueOf(version));
    }

    /** True when the reference names a version rather than leaving it to the period. */
    public boolean pinned() {
        return version != null;
    }

    @JsonValue
    @Override
    public String toString() {
        return version == null ? id.value() : id.value() + "@" + version;
    }
}
