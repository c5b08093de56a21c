package org.quiztrainer.attempt;

import java.util.List;
import org.quiztrainer.quiz.ArticleView;

/**
 * One question of an attempt beside the article. Before answering {@code feedback} is null and
 * nothing of the key is in the model; after answering it holds the grade and the evidence.
 */
public record QuestionPage(
    String attemptId,
    String quizTitle,
    String studentName,
    int number,
    int total,
    int answered,
    QuestionView question,
    ArticleView article,
    String csrf,
    String error,
    Feedback feedback) {

  /** What a student may see of a question before answering it. */
  public record QuestionView(String id, String type, String prompt, List<String> choices) {}

  /** The grade of an answered question, the key and the evidence. */
  public record Feedback(
      boolean correct,
      String given,
      String correctAnswer,
      String explanation,
      String evidenceText,
      boolean last) {}

  public String actionUrl() {
    return "/attempts/" + attemptId + "/answers";
  }

  public String nextUrl() {
    return feedback != null && feedback.last()
        ? "/attempts/" + attemptId + "/result"
        : "/attempts/" + attemptId;
  }

  public int percentDone() {
    return total == 0 ? 0 : Math.round(100f * answered / total);
  }
}
