package vn.thidua.ledger.query.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

    @Test
    void everyElementComesInOrderPreparedOnTheReadingThread() throws Exception {
        List<Integer> source = IntStream.range(0, 1_234).boxed().toList();
        Set<String> preparedOn = ConcurrentHashMap.newKeySet();
        List<Integer> seen = new ArrayList<>();

        try (ReadAhead<Integer> ahead = new ReadAhead<>(source.iterator(),
                element -> preparedOn.add(Thread.currentThread().getName()), "test-reader")) {
            ahead.forEachRemaining(seen::add);
            assertThat(ahead.hasNext()).isFalse();
        }

        assertThat(seen).isEqualTo(source);
        assertThat(preparedOn).containsExactly("test-reader");
    }

    @Test
    void aFailureOfTheSourceReachesTheOneIteratingAfterTheElementsBeforeIt() throws Exception {
        Iterator<Integer> failing = Stream.iterate(0, i -> i + 1).map(i -> {
            if (i == 700) {
                throw new IllegalStateException("no stored event at position 700");
            }
            return i;
        }).iterator();
        List<Integer> seen = new ArrayList<>();

        try (ReadAhead<Integer> ahead = new ReadAhead<>(failing, element -> { }, "test-reader")) {
            assertThatThrownBy(() -> ahead.forEachRemaining(seen::add))
                    .isInstanceOf(IllegalStateException.class).hasMessage("no stored event at position 700");
        }

        assertThat(seen).isEqualTo(IntStream.range(0, 700).boxed().toList());
    }

    @Test
    void closingStopsAReadThatHasNotEnded() throws Exception {
        Iterator<Integer> endless = Stream.iterate(0, i -> i + 1).iterator();
        ReadAhead<Integer> ahead = new ReadAhead<>(endless, element -> { }, "test-reader");
        assertThat(ahead.next()).isZero();

        ahead.close();

        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("test-reader"));
    }
}
