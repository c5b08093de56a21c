package org.quiztrainer.attempt;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Attempts and their answers. */
public final class AttemptDao {

  public void insert(Handle h, Attempt a) {
    h.createUpdate(
            "INSERT INTO attempt (id, quiz_id, name, token_hash, created_at, preview, session_id,"
                + " name_key) VALUES (:id, :quizId, :name, :tokenHash, :createdAt, :preview,"
                + " :sessionId, :nameKey)")
        .bindMethods(a)
        .execute();
  }

  public Optional<Attempt> find(Handle h, String id) {
    return h.createQuery(
            "SELECT id, quiz_id, name, token_hash, created_at, preview, session_id FROM attempt"
                + " WHERE id = :id")
        .bind("id", id)
        .map(
            (rs, ctx) ->
                new Attempt(
                    rs.getString("id"),
                    rs.getString("quiz_id"),
                    rs.getString("name"),
                    rs.getString("token_hash"),
                    rs.getTimestamp("created_at").toInstant(),
                    rs.getBoolean("preview"),
                    rs.getString("session_id")))
        .findOne();
  }

  public List<StoredAnswer> answers(Handle h, String attemptId) {
    return h.createQuery(
            "SELECT question_id, version_id, given, correct FROM answer"
                + " WHERE attempt_id = :id ORDER BY answered_at, question_id")
        .bind("id", attemptId)
        .map(AttemptDao::mapAnswer)
        .list();
  }

  public Optional<StoredAnswer> answer(Handle h, String attemptId, String questionId) {
    return h.createQuery(
            "SELECT question_id, version_id, given, correct FROM answer"
                + " WHERE attempt_id = :id AND question_id = :question")
        .bind("id", attemptId)
        .bind("question", questionId)
        .map(AttemptDao::mapAnswer)
        .findOne();
  }

  private static StoredAnswer mapAnswer(
      java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
      throws java.sql.SQLException {
    return new StoredAnswer(
        rs.getString("question_id"),
        rs.getLong("version_id"),
        rs.getString("given"),
        rs.getBoolean("correct"));
  }

  public void insertAnswer(Handle h, String attemptId, StoredAnswer a) {
    insertAnswer(h, attemptId, a, 0);
  }

  /** Stores an answer with the points a live session gives it. */
  public void insertAnswer(Handle h, String attemptId, StoredAnswer a, int points) {
    h.createUpdate(
            "INSERT INTO answer (attempt_id, question_id, version_id, given, correct, answered_at,"
                + " points) VALUES (:attempt, :question, :version, :given, :correct, :now,"
                + " :points)")
        .bind("points", points)
        .bind("attempt", attemptId)
        .bind("question", a.questionId())
        .bind("version", a.versionId())
        .bind("given", a.given())
        .bind("correct", a.correct())
        .bind("now", Instant.now())
        .execute();
  }
}
