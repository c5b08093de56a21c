package org.quiztrainer.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StreakTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

  @Test
  void counts_days_in_a_row_up_to_today() {
    assertThat(Streak.days(Set.of(TODAY, TODAY.minusDays(1), TODAY.minusDays(2)), TODAY))
        .isEqualTo(3);
  }

  @Test
  void a_streak_up_to_yesterday_holds_until_today_ends() {
    assertThat(Streak.days(Set.of(TODAY.minusDays(1), TODAY.minusDays(2)), TODAY)).isEqualTo(2);
  }

  @Test
  void a_missed_day_ends_it() {
    assertThat(Streak.days(Set.of(TODAY, TODAY.minusDays(2), TODAY.minusDays(3)), TODAY))
        .isEqualTo(1);
    assertThat(Streak.days(Set.of(TODAY.minusDays(2)), TODAY)).isZero();
    assertThat(Streak.days(Set.of(), TODAY)).isZero();
  }
}
