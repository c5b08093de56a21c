package org.quiztrainer.authoring;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/** What authoring adds to quizzes: owners, drafts and the review state of questions. */
public final class AuthoringDao {

  /** A line in a teacher's list of quizzes. */
  public record Line(
      String id, String title, boolean published, int questions, int attempts, String ownerName) {}

  /** Quizzes of one owner, or of everyone when {@code ownerId} is null (the admin's view). */
  public List<Line> quizzes(Handle h, String ownerId) {
    // Two fixed queries rather than ":owner IS NULL", which PostgreSQL can't type.
    String where = ownerId == null ? "" : " WHERE z.owner_id = :owner";
    var query =
        h.createQuery(
            "SELECT z.id, z.title, z.published, t.name AS owner_name,"
                + " (SELECT COUNT(*) FROM question q WHERE q.quiz_id = z.id AND q.retired = FALSE)"
                + " AS n,"
                + " (SELECT COUNT(*) FROM attempt a WHERE a.quiz_id = z.id AND a.preview = FALSE)"
                + " AS attempts"
                + " FROM quiz z LEFT JOIN teacher t ON t.id = z.owner_id"
                + where
                + " ORDER BY z.created_at DESC, z.id");
    if (ownerId != null) {
      query.bind("owner", ownerId);
    }
    return query
        .map(
            (rs, ctx) ->
                new Line(
                    rs.getString("id"),
                    rs.getString("title"),
                    rs.getBoolean("published"),
                    rs.getInt("n"),
                    rs.getInt("attempts"),
                    rs.getString("owner_name")))
        .list();
  }

  /**
   * The owner of a quiz: empty if there is no such quiz, an empty string inside if it has no owner
   * (a bank quiz).
   */
  public Optional<String> owner(Handle h, String quizId) {
    return h.createQuery("SELECT COALESCE(owner_id, '') FROM quiz WHERE id = :id")
        .bind("id", quizId)
        .mapTo(String.class)
        .findOne();
  }

  public void insertArticle(
      Handle h, String id, String ownerId, String title, String source, String body) {
    h.createUpdate(
            "INSERT INTO article (id, title, source, body, created_at, owner_id)"
                + " VALUES (:id, :title, :source, :body, :now, :owner)")
        .bind("id", id)
        .bind("title", title)
        .bind("source", source)
        .bind("body", body)
        .bind("now", Instant.now())
        .bind("owner", ownerId)
        .execute();
  }

  public void insertQuiz(Handle h, String id, String ownerId, String title, String articleId) {
    h.createUpdate(
            "INSERT INTO quiz (id, title, article_id, published, bank_file, created_at, owner_id)"
                + " VALUES (:id, :title, :article, FALSE, NULL, :now, :owner)")
        .bind("id", id)
        .bind("title", title)
        .bind("article", articleId)
        .bind("now", Instant.now())
        .bind("owner", ownerId)
        .execute();
  }

  public void setPublished(Handle h, String quizId, boolean published) {
    h.createUpdate("UPDATE quiz SET published = :p WHERE id = :id")
        .bind("p", published)
        .bind("id", quizId)
        .execute();
  }

  public void setTitle(Handle h, String quizId, String title) {
    h.createUpdate("UPDATE quiz SET title = :t WHERE id = :id")
        .bind("t", title)
        .bind("id", quizId)
        .execute();
  }

  public void setReviewed(Handle h, String quizId, String questionId, boolean reviewed) {
    h.createUpdate(
            "UPDATE question SET reviewed = :r WHERE quiz_id = :quiz AND question_id = :question")
        .bind("r", reviewed)
        .bind("quiz", quizId)
        .bind("question", questionId)
        .execute();
  }

  public void retire(Handle h, String quizId, String questionId) {
    h.createUpdate(
            "UPDATE question SET retired = TRUE WHERE quiz_id = :quiz AND question_id = :question")
        .bind("quiz", quizId)
        .bind("question", questionId)
        .execute();
  }

  /** Ids of the quiz's current questions the teacher has reviewed. */
  public Set<String> reviewed(Handle h, String quizId) {
    return Set.copyOf(
        h.createQuery(
                "SELECT question_id FROM question WHERE quiz_id = :quiz AND retired = FALSE"
                    + " AND reviewed = TRUE")
            .bind("quiz", quizId)
            .mapTo(String.class)
            .list());
  }

  /** A live session of a quiz, as the review screen lists it. */
  public record SessionLink(String id, String joinCode, String state, String mode) {}

  /** The quiz's live sessions, newest first. */
  public List<SessionLink> sessions(Handle h, String quizId) {
    return h.createQuery(
            "SELECT id, join_code, state, mode FROM live_session WHERE quiz_id = :quiz"
                + " ORDER BY created_at DESC")
        .bind("quiz", quizId)
        .map(
            (rs, ctx) ->
                new SessionLink(
                    rs.getString("id"),
                    rs.getString("join_code"),
                    rs.getString("state"),
                    rs.getString("mode")))
        .list();
  }

  /** Every question id the quiz has ever had, retired too: a new question must not reuse one. */
  public Set<String> allQuestionIds(Handle h, String quizId) {
    return Set.copyOf(
        h.createQuery("SELECT question_id FROM question WHERE quiz_id = :quiz")
            .bind("quiz", quizId)
            .mapTo(String.class)
            .list());
  }
}
