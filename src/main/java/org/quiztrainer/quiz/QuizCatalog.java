package org.quiztrainer.quiz;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Read access to quizzes, each with its article and current questions. */
public final class QuizCatalog {
  private final Jdbi jdbi;
  private final QuizDao quizzes;
  private final QuestionDao questions;

  public QuizCatalog(Jdbi jdbi, QuizDao quizzes, QuestionDao questions) {
    this.jdbi = jdbi;
    this.quizzes = quizzes;
    this.questions = questions;
  }

  public List<QuizSummary> published() {
    return jdbi.withHandle(quizzes::published);
  }

  /** Any quiz by id, published or not, with its current questions. */
  public Optional<Quiz> find(String quizId) {
    return jdbi.inTransaction(
        h ->
            quizzes
                .find(h, quizId)
                .map(
                    q ->
                        new Quiz(
                            q.id(),
                            q.title(),
                            q.published(),
                            q.article(),
                            questions.current(h, quizId))));
  }

  /** A quiz that students may take. */
  public Optional<Quiz> findPublished(String quizId) {
    return find(quizId).filter(Quiz::published);
  }
}
