package vn.thidua.ledger.api.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class InspectionTeamTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void teamGivenAsANameIsWrittenBackAsThatName() throws Exception {
        InspectionTeam team = json.readValue("\"Đoàn kiểm tra liên ngành\"", InspectionTeam.class);
        assertThat(team).isEqualTo(InspectionTeam.named("Đoàn kiểm tra liên ngành"));
        assertThat(json.writeValueAsString(team)).isEqualTo("\"Đoàn kiểm tra liên ngành\"");
    }

    @Test
    void teamGivenAsMembersIsWrittenBackAsThoseMembers() throws Exception {
        InspectionTeam team = json.readValue("[\"Trần Văn Bình\", \"Lê Thị Mai\"]", InspectionTeam.class);
        assertThat(team.members()).containsExactly("Trần Văn Bình", "Lê Thị Mai");
        assertThat(json.writeValueAsString(team)).isEqualTo("[\"Trần Văn Bình\",\"Lê Thị Mai\"]");
    }

    @Test
    void teamIsNeitherANumberNorAnObject() {
        assertThatThrownBy(() -> json.readValue("42", InspectionTeam.class))
                .isInstanceOf(ValueInstantiationException.class);
        assertThatThrownBy(() -> json.readValue("{\"name\": \"x\"}", InspectionTeam.class))
                .isInstanceOf(ValueInstantiationException.class);
    }

    @Test
    void blankNameOrNoMembersNamesNobody() {
        assertThat(InspectionTeam.named(" ").namesNobody()).isTrue();
        assertThat(InspectionTeam.ofMembers(List.of()).namesNobody()).isTrue();
        assertThat(InspectionTeam.ofMembers(List.of("Trần Văn Bình", "")).namesNobody()).isTrue();
        assertThat(InspectionTeam.ofMembers(List.of("Trần Văn Bình")).namesNobody()).isFalse();
    }
}
