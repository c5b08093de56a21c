package org.quiztrainer.bank;

import java.util.List;
import org.quiztrainer.quiz.Article;
import org.quiztrainer.quiz.Question;

/** A quiz as read and validated from one file of the question bank. */
public record BankQuiz(
    String file,
    String id,
    String title,
    boolean published,
    Article article,
    List<Question> questions) {

  public BankQuiz {
    questions = List.copyOf(questions);
  }
}
