package org.quiztrainer.quiz;

import java.util.List;
import java.util.Optional;

/** A quiz with its article and its current questions, in order. */
public record Quiz(
    String id, String title, boolean published, Article article, List<Question> questions) {

  public Quiz {
    questions = List.copyOf(questions);
  }

  public Optional<Question> question(String questionId) {
    return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
  }
}
