package vn.thidua.ledger.query.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.query.facts.FactsReader.UnitParents;
import vn.thidua.ledger.query.facts.FactsReader.UnitParents.Spell;

/** Where units stood over time: a unit's parent on a day, the member above it then, the units ever below one. */
class UnitParentsTest {

    private static final LocalDate JUNE = LocalDate.of(2025, 6, 1);

    /** Bồ Đề and Ngọc Lâm under Long Biên; team TO under Bồ Đề until it moved under Ngọc Lâm in June. */
    private static final UnitParents TREE = new UnitParents(Map.of(
            "LB", List.of(new Spell(null, null, 1)),
            "BD", List.of(new Spell("LB", null, 2)),
            "NL", List.of(new Spell("LB", null, 3)),
            "TO", List.of(new Spell("BD", null, 4), new Spell("NL", JUNE, 9), new Spell("NL", JUNE, 10))));

    @Test
    void aUnitsParentIsTheOneOfTheLatestMoveInEffectOnTheDay() {
        assertThat(TREE.parentOn("TO", JUNE.minusDays(1))).isEqualTo("BD");
        assertThat(TREE.parentOn("TO", JUNE)).isEqualTo("NL");
        assertThat(TREE.parentOn("LB", JUNE)).isNull();
    }

    @Test
    void theNearestMemberIsFoundAsTheTreeStoodOnTheDay() {
        Set<String> members = Set.of("BD", "NL");
        assertThat(TREE.nearest("TO", LocalDate.of(2025, 5, 10), members)).isEqualTo("BD");
        assertThat(TREE.nearest("TO", LocalDate.of(2025, 7, 10), members)).isEqualTo("NL");
        assertThat(TREE.nearest("LB", JUNE, members)).isNull();
    }

    @Test
    void aLoopOfAnEarlierDayFallsBackToTheTreeAsItStandsNow() {
        // G under H from January, H under G until June: a store written before such moves were refused
        UnitParents looped = new UnitParents(Map.of(
                "R", List.of(new Spell(null, null, 1)),
                "G", List.of(new Spell("R", null, 2), new Spell("H", LocalDate.of(2025, 1, 1), 6)),
                "H", List.of(new Spell("G", null, 3), new Spell("R", JUNE, 5))));
        assertThat(looped.nearest("H", LocalDate.of(2025, 3, 5), Set.of("R"))).isEqualTo("R");
    }

    @Test
    void everyUnitEverBelowARootIsFound() {
        assertThat(TREE.everBelow(List.of("BD"))).containsExactlyInAnyOrder("BD", "TO");
        assertThat(TREE.everBelow(List.of("NL"))).containsExactlyInAnyOrder("NL", "TO");
    }
}
