package org.quiztrainer.attempt;

import java.time.Instant;

/** One person's go at one quiz. Only a hash of the attempt's secret token is kept. */
public record Attempt(
    String id,
    String quizId,
    String name,
    String tokenHash,
    Instant createdAt,
    boolean preview,
    String sessionId) {

  /** The nickname as compared within a session: "Ann" and "ann " are the same student. */
  public String nameKey() {
    return sessionId == null ? null : name.strip().toLowerCase(java.util.Locale.ROOT);
  }
}
