package org.quiztrainer.learner;

import java.time.Instant;
import org.quiztrainer.study.Staircase.Tier;

/**
 * One answer a learner gave, in practice ({@code practiceId} set) or in review, and the evidence
 * they cited afterwards ({@code evidenceFound} is null until they have cited or skipped).
 */
public record StudyAnswer(
    String id,
    String learnerId,
    String practiceId,
    String quizId,
    String questionId,
    long versionId,
    Tier tier,
    String shownType,
    String skill,
    String given,
    boolean correct,
    Instant answeredAt,
    Integer citedStart,
    Integer citedEnd,
    Boolean evidenceFound) {

  public boolean cited() {
    return evidenceFound != null;
  }

  public boolean review() {
    return practiceId == null;
  }
}
