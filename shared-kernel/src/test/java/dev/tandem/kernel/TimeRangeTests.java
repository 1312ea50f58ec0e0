package dev.tandem.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeRangeTests {

    private static final Instant NINE = Instant.parse("2025-06-02T09:00:00Z");

    private static TimeRange between(int fromMinute, int toMinute) {
        return new TimeRange(NINE.plusSeconds(fromMinute * 60L), NINE.plusSeconds(toMinute * 60L));
    }

    @ParameterizedTest(name = "[{0},{1}) vs [{2},{3}) overlaps: {4}")
    @CsvSource({
        // touching ranges share no instant
        "0, 60, 60, 120, false",
        "60, 120, 0, 60, false",
        "0, 60, 61, 120, false",
        "0, 60, 59, 120, true",
        "0, 120, 30, 60, true",
        "30, 60, 0, 120, true",
        "0, 60, 0, 60, true",
        "0, 1, 0, 60, true"
    })
    void overlapsOnlyWhenTheyShareAnInstant(int aStart, int aEnd, int bStart, int bEnd, boolean expected) {
        assertThat(between(aStart, aEnd).overlaps(between(bStart, bEnd))).isEqualTo(expected);
    }

    @Test
    void containsItsStartButNotItsEnd() {
        TimeRange range = between(0, 60);

        assertThat(range.contains(NINE)).isTrue();
        assertThat(range.contains(NINE.plusSeconds(3599))).isTrue();
        assertThat(range.contains(NINE.plusSeconds(3600))).isFalse();
        assertThat(range.contains(NINE.minusNanos(1))).isFalse();
    }

    @Test
    void reportsDurationAndWholeMinutes() {
        TimeRange range = new TimeRange(NINE, NINE.plusSeconds(90 * 60 + 59));

        assertThat(range.duration()).isEqualTo(Duration.ofSeconds(90 * 60 + 59));
        assertThat(range.minutes()).isEqualTo(90);
    }

    @Test
    void rejectsAnEmptyRange() {
        assertThatThrownBy(() -> new TimeRange(NINE, NINE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be before its end");
    }

    @Test
    void rejectsARangeThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> new TimeRange(NINE, NINE.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be before its end");
    }

    @Test
    void rejectsAMissingBound() {
        assertThatThrownBy(() -> new TimeRange(null, NINE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs both a start and an end");
    }
}
