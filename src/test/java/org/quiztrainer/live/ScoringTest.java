package org.quiztrainer.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ScoringTest {
  private static final Instant OPEN = Instant.parse("2026-11-28T10:00:00Z");

  @Test
  void a_right_answer_is_worth_1000_without_the_speed_bonus_and_a_wrong_one_nothing() {
    assertThat(Scoring.points(true, false, OPEN, OPEN.plusSeconds(25), 30)).isEqualTo(1000);
    assertThat(Scoring.points(false, true, OPEN, OPEN, 30)).isZero();
  }

  @Test
  void the_speed_bonus_takes_off_up_to_half_as_the_timer_runs_down() {
    assertThat(Scoring.points(true, true, OPEN, OPEN, 30)).isEqualTo(1000);
    assertThat(Scoring.points(true, true, OPEN, OPEN.plusSeconds(15), 30)).isEqualTo(750);
    assertThat(Scoring.points(true, true, OPEN, OPEN.plusSeconds(30), 30)).isEqualTo(500);
    assertThat(Scoring.points(true, true, OPEN, OPEN.plusSeconds(31), 30)).isEqualTo(500);
  }

  @Property
  void the_slowest_right_answer_beats_any_wrong_one_and_faster_never_earns_less(
      @ForAll @IntRange(min = 0, max = 40_000) int ms,
      @ForAll @IntRange(min = 0, max = 5_000) int more) {
    int earlier = Scoring.points(true, true, OPEN, OPEN.plusMillis(ms), 30);
    int later = Scoring.points(true, true, OPEN, OPEN.plusMillis(ms + more), 30);
    assertThat(later).isGreaterThan(0).isLessThanOrEqualTo(earlier).isBetween(500, 1000);
  }
}
