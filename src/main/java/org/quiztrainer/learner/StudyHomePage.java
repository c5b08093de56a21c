package org.quiztrainer.learner;

import java.util.List;
import org.quiztrainer.quiz.QuizSummary;

/**
 * The learner's own page: what is due, the streak, past practice, the quizzes to practise on, and
 * the recovery code ({@code newCode} is set only right after one was made, the one time it shows).
 */
public record StudyHomePage(
    boolean known,
    int dueNow,
    int streak,
    List<Run> runs,
    List<QuizSummary> quizzes,
    boolean hasRecoveryCode,
    String newCode,
    String csrf) {

  /** A past practice run. */
  public record Run(
      String url, String quizTitle, String mode, String date, int answered, int right) {}
}
