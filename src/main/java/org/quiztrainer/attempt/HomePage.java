package org.quiztrainer.attempt;

import java.util.List;
import org.quiztrainer.quiz.QuizSummary;

/** The published quizzes, and the attempts this browser has made. */
public record HomePage(List<QuizSummary> quizzes, List<Recent> recent) {

  /** An attempt made in this browser. */
  public record Recent(
      String url, String quizTitle, String name, int score, int total, boolean finished) {}
}
