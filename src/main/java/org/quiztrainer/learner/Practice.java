package org.quiztrainer.learner;

import java.time.Instant;
import org.quiztrainer.study.Staircase;
import org.quiztrainer.study.Staircase.Tier;

/**
 * A learner's practice run on a quiz. {@code mode} is a fixed tier or adaptive; {@code position} is
 * where the staircase stands, which for a fixed tier never moves.
 */
public record Practice(
    String id,
    String learnerId,
    String quizId,
    Mode mode,
    Staircase.Position position,
    Instant createdAt) {

  /** How the tier of each question is chosen. */
  public enum Mode {
    EASY,
    MEDIUM,
    HARD,
    ADAPTIVE;

    public String wireName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    public Tier startTier() {
      return this == ADAPTIVE ? Tier.EASY : Tier.valueOf(name());
    }

    public static java.util.Optional<Mode> fromWireName(String s) {
      for (Mode m : values()) {
        if (m.wireName().equals(s)) {
          return java.util.Optional.of(m);
        }
      }
      return java.util.Optional.empty();
    }
  }

  /** The tier of the next question. */
  public Tier tier() {
    return position.tier();
  }
}
