package org.quiztrainer.live;

import java.time.Duration;
import java.time.Instant;

/**
 * Points for an answer in a live session. Correctness comes first: a right answer is worth 1000, a
 * wrong one nothing. With the speed bonus on (teacher-paced sessions only), a right answer loses up
 * to half its points as the timer runs down, as Kahoot scores: {@code round(1000 * (1 - t / T /
 * 2))} for an answer t seconds into a T-second timer. So the slowest right answer still beats any
 * wrong one.
 */
public final class Scoring {
  public static final int FULL = 1000;

  private Scoring() {}

  public static int points(
      boolean correct, boolean speedBonus, Instant opened, Instant answered, int timerSeconds) {
    if (!correct) {
      return 0;
    }
    if (!speedBonus || opened == null || timerSeconds <= 0) {
      return FULL;
    }
    double t = Duration.between(opened, answered).toMillis() / 1000.0;
    double share = Math.max(0, Math.min(1, t / timerSeconds));
    return (int) Math.round(FULL * (1 - share / 2));
  }
}
