package org.quiztrainer.attempt;

import java.util.List;
import org.quiztrainer.quiz.QuizSummary;

/**
 * The published quizzes, the attempts this browser has made, and, if this browser self-studies, its
 * review cards due and streak ({@code study} is null otherwise).
 */
public record HomePage(List<QuizSummary> quizzes, List<Recent> recent, Study study) {

  /** An attempt made in this browser. */
  public record Recent(
      String url, String quizTitle, String name, int score, int total, boolean finished) {}

  /** This browser's self-study at a glance. */
  public record Study(int dueNow, int streakDays) {}
}
