package org.quiztrainer.quiz;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Quizzes and their articles. */
public final class QuizDao {

  public List<QuizSummary> published(Handle h) {
    return h.createQuery(
            "SELECT z.id, z.title, a.source,"
                + " (SELECT COUNT(*) FROM question q WHERE q.quiz_id = z.id AND q.retired = FALSE)"
                + " AS n FROM quiz z JOIN article a ON a.id = z.article_id"
                + " WHERE z.published = TRUE ORDER BY z.title, z.id")
        .map(
            (rs, ctx) ->
                new QuizSummary(
                    rs.getString("id"),
                    rs.getString("title"),
                    rs.getString("source"),
                    rs.getInt("n")))
        .list();
  }

  /** A quiz's own row and article, without questions. */
  public Optional<Quiz> find(Handle h, String quizId) {
    return h.createQuery(
            "SELECT z.id, z.title, z.published, a.id AS article_id, a.title AS article_title,"
                + " a.source, a.body FROM quiz z JOIN article a ON a.id = z.article_id"
                + " WHERE z.id = :id")
        .bind("id", quizId)
        .map(
            (rs, ctx) ->
                new Quiz(
                    rs.getString("id"),
                    rs.getString("title"),
                    rs.getBoolean("published"),
                    new Article(
                        rs.getString("article_id"),
                        rs.getString("article_title"),
                        rs.getString("source"),
                        rs.getString("body")),
                    List.of()))
        .findOne();
  }

  /**
   * Holds the question bank's lock until the transaction ends, so nodes starting together load the
   * bank one after another.
   */
  public void lockBank(Handle h) {
    h.createQuery("SELECT name FROM startup_lock WHERE name = 'question-bank' FOR UPDATE")
        .mapTo(String.class)
        .one();
  }

  public void saveArticle(Handle h, Article article) {
    int updated =
        h.createUpdate(
                "UPDATE article SET title = :title, source = :source, body = :body WHERE id = :id")
            .bindMethods(article)
            .execute();
    if (updated == 0) {
      h.createUpdate(
              "INSERT INTO article (id, title, source, body, created_at)"
                  + " VALUES (:id, :title, :source, :body, :now)")
          .bindMethods(article)
          .bind("now", Instant.now())
          .execute();
    }
  }

  /** Creates or updates a quiz that comes from a file of the question bank. */
  public void saveBankQuiz(Handle h, Quiz quiz, String bankFile) {
    int updated =
        h.createUpdate(
                "UPDATE quiz SET title = :title, article_id = :article, published = :published,"
                    + " bank_file = :file WHERE id = :id")
            .bind("title", quiz.title())
            .bind("article", quiz.article().id())
            .bind("published", quiz.published())
            .bind("file", bankFile)
            .bind("id", quiz.id())
            .execute();
    if (updated == 0) {
      h.createUpdate(
              "INSERT INTO quiz (id, title, article_id, published, bank_file, created_at)"
                  + " VALUES (:id, :title, :article, :published, :file, :now)")
          .bind("id", quiz.id())
          .bind("title", quiz.title())
          .bind("article", quiz.article().id())
          .bind("published", quiz.published())
          .bind("file", bankFile)
          .bind("now", Instant.now())
          .execute();
    }
  }
}
