package org.quiztrainer.live;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A class taking a quiz together. Teacher-paced sessions move lobby → question → revealed →
 * question … → closed; student-paced ones are open until the teacher closes them or the deadline
 * passes.
 */
public record LiveSession(
    String id,
    String quizId,
    String ownerId,
    Mode mode,
    String joinCode,
    State state,
    int currentIndex,
    Instant questionStartedAt,
    int timerSeconds,
    Instant deadline,
    boolean speedBonus,
    Leaderboard leaderboard,
    Instant createdAt) {

  /** Who sets the pace. */
  public enum Mode {
    TEACHER_PACED,
    STUDENT_PACED;

    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Mode> fromWireName(String s) {
      return Arrays.stream(values()).filter(m -> m.wireName().equals(s)).findFirst();
    }
  }

  /** Where the session is. */
  public enum State {
    LOBBY,
    QUESTION,
    REVEALED,
    OPEN,
    CLOSED;

    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** How the ranking is shown: with names, with names hidden, or not at all. */
  public enum Leaderboard {
    SHOWN,
    ANONYMOUS,
    HIDDEN;

    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Leaderboard> fromWireName(String s) {
      return Arrays.stream(values()).filter(m -> m.wireName().equals(s)).findFirst();
    }
  }

  /** When answers to the current question lock, in teacher-paced mode. */
  public Instant locksAt() {
    return questionStartedAt == null ? null : questionStartedAt.plusSeconds(timerSeconds);
  }

  public boolean closed() {
    return state == State.CLOSED;
  }
}
