package org.quiztrainer.quiz;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.quiztrainer.cluster.Signals;

/** Read access to quizzes, each with its article and current questions. */
public final class QuizCatalog {
  /**
   * How long an answered-against quiz is kept in memory. An edit on any node makes every node
   * forget it at once (a signal); the limit bounds how stale a copy can be if a signal was lost.
   */
  static final long CACHE_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(5);

  private final Jdbi jdbi;
  private final QuizDao quizzes;
  private final QuestionDao questions;
  private final Signals signals;
  private final java.util.concurrent.ConcurrentHashMap<String, Cached> cache =
      new java.util.concurrent.ConcurrentHashMap<>();

  private record Cached(Quiz quiz, long loadedAt) {}

  public QuizCatalog(Jdbi jdbi, QuizDao quizzes, QuestionDao questions, Signals signals) {
    this.jdbi = jdbi;
    this.quizzes = quizzes;
    this.questions = questions;
    this.signals = signals;
    signals.subscribe(Signals.Topic.QUIZ_CHANGED, cache::remove);
    signals.onResync(cache::clear);
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

  /**
   * A quiz for grading answers, kept in memory for a few seconds: a class answering at once would
   * otherwise load the same questions hundreds of times a second.
   */
  public Optional<Quiz> cached(String quizId) {
    long now = System.nanoTime();
    Cached c = cache.get(quizId);
    if (c != null && now - c.loadedAt() < CACHE_NANOS) {
      return Optional.of(c.quiz());
    }
    Optional<Quiz> fresh = find(quizId);
    fresh.ifPresent(q -> cache.put(quizId, new Cached(q, now)));
    return fresh;
  }

  /** Drops the in-memory copy after the quiz changed, on every node. */
  public void forget(String quizId) {
    signals.publish(Signals.Topic.QUIZ_CHANGED, quizId);
  }

  /** A quiz that students may take. */
  public Optional<Quiz> findPublished(String quizId) {
    return find(quizId).filter(Quiz::published);
  }
}
