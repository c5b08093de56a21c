package org.quiztrainer.attempt;

import java.time.Clock;
import java.time.Duration;
import org.quiztrainer.Problem;
import org.quiztrainer.security.WindowCounter;

/**
 * Rate limits on the student side: attempts started per network address, and answers sent per
 * attempt, each per minute. A class behind one school router shares an address, so the first is
 * sized for several classes starting at once; a student answers at most every few seconds, so the
 * second only stops a script hammering one attempt.
 */
public final class AttemptLimits {
  static final int STARTS_PER_MINUTE = 600;
  static final int ANSWERS_PER_MINUTE = 120;

  private final WindowCounter starts;
  private final WindowCounter answers;

  public AttemptLimits(Clock clock) {
    this.starts = new WindowCounter(clock, Duration.ofMinutes(1), STARTS_PER_MINUTE);
    this.answers = new WindowCounter(clock, Duration.ofMinutes(1), ANSWERS_PER_MINUTE);
  }

  public void start(String address) {
    if (!starts.tryAcquire(address)) {
      throw Problem.tooMany(
          "too many quiz attempts started from this network in a minute; wait a minute and try"
              + " again");
    }
  }

  public void answer(String attemptId) {
    if (!answers.tryAcquire(attemptId)) {
      throw Problem.tooMany("too many answers to this attempt in a minute; slow down");
    }
  }
}
