package org.quiztrainer.study;

import java.time.LocalDate;
import java.util.Set;

/**
 * Days in a row with some practice or review. Today not yet practised doesn't break a streak: a
 * learner who studied every day up to yesterday still has it until today ends.
 */
public final class Streak {
  private Streak() {}

  public static int days(Set<LocalDate> studied, LocalDate today) {
    LocalDate day = studied.contains(today) ? today : today.minusDays(1);
    int n = 0;
    while (studied.contains(day)) {
      n++;
      day = day.minusDays(1);
    }
    return n;
  }
}
