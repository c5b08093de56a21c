package org.quiztrainer.attempt;

import java.util.List;

/** The score of a finished attempt and a review of every question. */
public record ResultPage(
    String quizId, String quizTitle, String studentName, int score, int total, List<Review> items) {

  /** One reviewed question. */
  public record Review(
      int number,
      String prompt,
      String given,
      boolean correct,
      String correctAnswer,
      String explanation,
      String evidenceText,
      String questionUrl) {}

  public int percent() {
    return total == 0 ? 0 : Math.round(100f * score / total);
  }
}
