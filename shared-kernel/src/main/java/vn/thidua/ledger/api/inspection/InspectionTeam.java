package vn.thidua.ledger.api.inspection;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * The team that inspects, kept in the form it was given: either its name ("Đoàn kiểm tra liên ngành Thành
 * phố") or the names of its members. In JSON it is that string or that array.
 */
public record InspectionTeam(String name, List<String> members) {

    public InspectionTeam {
        if ((name == null) == (members == null)) {
            throw new IllegalArgumentException("a team is either a name or a list of member names");
        }
        members = members == null ? null : List.copyOf(members);
    }

    public static InspectionTeam named(String name) {
        return new InspectionTeam(name, null);
    }

    public static InspectionTeam ofMembers(List<String> members) {
        return new InspectionTeam(null, members);
    }

    /** Reads the team as JSON gives it: a string, or an array of strings. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static InspectionTeam of(Object given) {
        if (given instanceof String text) {
            return named(text);
        }
        if (given instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            return ofMembers(list.stream().map(String.class::cast).toList());
        }
        throw new IllegalArgumentException("a team is a name or a list of member names");
    }

    @JsonValue
    public Object given() {
        return name != null ? name : members;
    }

    /** True when the team names nobody: a blank name, no members, or a blank member name. */
    public boolean namesNobody() {
        return name != null ? name.isBlank() : members.isEmpty() || members.stream().anyMatch(String::isBlank);
    }
}
