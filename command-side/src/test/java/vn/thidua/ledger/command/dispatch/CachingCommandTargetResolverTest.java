package vn.thidua.ledger.command.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.api.person.ChangePersonPost;
import vn.thidua.ledger.api.person.PersonCategory;
import vn.thidua.ledger.api.person.PersonId;

class CachingCommandTargetResolverTest {

    private final CommandTargetResolver axons = AnnotationCommandTargetResolver.builder().build();
    private final CommandTargetResolver cached = new CachingCommandTargetResolver();

    @Test
    void findsARecordCommandsTargetAsAxonDoes() {
        var command = GenericCommandMessage.asCommandMessage(new ChangePersonPost(PersonId.of("LB-PNV-01"),
                PersonCategory.values()[0], false, LocalDate.of(2024, 5, 1)));

        assertThat(cached.resolveTarget(command)).isEqualTo(axons.resolveTarget(command));
        assertThat(cached.resolveTarget(command).getIdentifier()).isEqualTo("person:LB-PNV-01");
        // asked again: the members found the first time
        assertThat(cached.resolveTarget(command)).isEqualTo(axons.resolveTarget(command));
    }

    @Test
    void findsAnInheritedFieldAndAVersionAsAxonDoes() {
        var command = GenericCommandMessage.asCommandMessage(new Versioned("U-1", "3"));

        assertThat(cached.resolveTarget(command)).isEqualTo(axons.resolveTarget(command));
        assertThat(cached.resolveTarget(command).getVersion()).isEqualTo(3L);
    }

    @Test
    void prefersAnAnnotatedMethodToAField() {
        var command = GenericCommandMessage.asCommandMessage(new ByMethod("field", "method"));

        assertThat(cached.resolveTarget(command)).isEqualTo(axons.resolveTarget(command));
        assertThat(cached.resolveTarget(command).getIdentifier()).isEqualTo("method");
    }

    @Test
    void refusesACommandWithoutATargetAsAxonDoes() {
        var command = GenericCommandMessage.asCommandMessage(new Versioned(null, null));

        assertThatThrownBy(() -> axons.resolveTarget(command)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cached.resolveTarget(command)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not identify the target aggregate");
        assertThatThrownBy(() -> cached.resolveTarget(GenericCommandMessage.asCommandMessage("no target")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static class Addressed {
        @TargetAggregateIdentifier
        private final String unitId;

        Addressed(String unitId) {
            this.unitId = unitId;
        }
    }

    static class Versioned extends Addressed {
        @TargetAggregateVersion
        private final String version;

        Versioned(String unitId, String version) {
            super(unitId);
            this.version = version;
        }
    }

    static class ByMethod {
        @TargetAggregateIdentifier
        private final String field;
        private final String other;

        ByMethod(String field, String other) {
            this.field = field;
            this.other = other;
        }

        @TargetAggregateIdentifier
        String target() {
            return other;
        }
    }
}
