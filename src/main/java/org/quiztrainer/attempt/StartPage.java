package org.quiztrainer.attempt;

import org.quiztrainer.quiz.ArticleView;

/** A quiz's front page: what it is about and the form to start. */
public record StartPage(
    String quizId,
    String title,
    int questionCount,
    ArticleView article,
    String csrf,
    String name,
    String error) {

  public String actionUrl() {
    return "/quizzes/" + quizId + "/attempts";
  }
}
