package org.quiztrainer.learner;

import java.util.List;
import org.quiztrainer.quiz.ArticleView;

/**
 * A question to answer in practice or review, beside the article. Nothing of the answer key is in
 * the model: only the prompt and, for choice questions, the choices.
 */
public record StudyQuestionPage(
    String heading,
    String tier,
    int number,
    int total,
    String questionId,
    String quizId,
    String type,
    String prompt,
    List<String> choices,
    String actionUrl,
    String finishUrl,
    ArticleView article,
    String csrf,
    String error) {

  public boolean choice() {
    return type.equals("multiple_choice") || type.equals("true_false");
  }

  public String choiceLabel(String choice) {
    if (!type.equals("true_false")) {
      return choice;
    }
    return choice.equals("true") ? "True" : "False";
  }
}
