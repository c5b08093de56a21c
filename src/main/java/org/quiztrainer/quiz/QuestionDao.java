package org.quiztrainer.quiz;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/** Question versions and the current question list of each quiz. */
public final class QuestionDao {
  private static final String VERSION_COLUMNS =
      "v.id, v.question_id, v.type, v.prompt, v.choices, v.answer, v.accepted, v.tolerance,"
          + " v.explanation, v.evidence_start, v.evidence_end, v.evidence_text";

  /** The current, not retired questions of a quiz, in order. */
  public List<Question> current(Handle h, String quizId) {
    return h.createQuery(
            "SELECT "
                + VERSION_COLUMNS
                + " FROM question q JOIN question_version v ON v.id = q.version_id"
                + " WHERE q.quiz_id = :quiz AND q.retired = FALSE ORDER BY q.position")
        .bind("quiz", quizId)
        .map((rs, ctx) -> mapVersion(rs))
        .list();
  }

  public Optional<Question> version(Handle h, long versionId) {
    return h.createQuery("SELECT " + VERSION_COLUMNS + " FROM question_version v WHERE v.id = :id")
        .bind("id", versionId)
        .map((rs, ctx) -> mapVersion(rs))
        .findOne();
  }

  /** The given versions, by id, in one query. */
  public Map<Long, Question> versions(Handle h, Collection<Long> versionIds) {
    if (versionIds.isEmpty()) {
      return Map.of();
    }
    return h
        .createQuery("SELECT " + VERSION_COLUMNS + " FROM question_version v WHERE v.id IN (<ids>)")
        .bindList("ids", List.copyOf(versionIds))
        .map((rs, ctx) -> mapVersion(rs))
        .stream()
        .collect(Collectors.toMap(Question::versionId, q -> q));
  }

  /** The version of this content, stored now if the quiz never had it; returns its id. */
  public long store(Handle h, String quizId, Question q) {
    String hash = ContentHash.of(q);
    return versionId(h, quizId, q.id(), hash).orElseGet(() -> insertVersion(h, quizId, q, hash));
  }

  public Optional<Long> versionId(Handle h, String quizId, String questionId, String hash) {
    return h.createQuery(
            "SELECT id FROM question_version"
                + " WHERE quiz_id = :quiz AND question_id = :question AND content_hash = :hash")
        .bind("quiz", quizId)
        .bind("question", questionId)
        .bind("hash", hash)
        .mapTo(Long.class)
        .findOne();
  }

  public long insertVersion(Handle h, String quizId, Question q, String hash) {
    return h.createUpdate(
            "INSERT INTO question_version (quiz_id, question_id, content_hash, type, prompt,"
                + " choices, answer, accepted, tolerance, explanation, evidence_start,"
                + " evidence_end, evidence_text, created_at) VALUES (:quiz, :question, :hash,"
                + " :type, :prompt, :choices, :answer, :accepted, :tolerance, :explanation,"
                + " :start, :end, :text, :now)")
        .bind("quiz", quizId)
        .bind("question", q.id())
        .bind("hash", hash)
        .bind("type", q.type().wireName())
        .bind("prompt", q.prompt())
        .bind("choices", JsonLists.write(q.choices()))
        .bind("answer", q.answer())
        .bind("accepted", JsonLists.write(q.acceptedAnswers()))
        .bind("tolerance", q.tolerance())
        .bind("explanation", q.explanation())
        .bind("start", q.evidence().start())
        .bind("end", q.evidence().end())
        .bind("text", q.evidence().text())
        .bind("now", Instant.now())
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one();
  }

  /** Points the quiz's question at a version and position, un-retiring it if needed. */
  public void place(Handle h, String quizId, String questionId, int position, long versionId) {
    int updated =
        h.createUpdate(
                "UPDATE question SET position = :pos, version_id = :version, retired = FALSE"
                    + " WHERE quiz_id = :quiz AND question_id = :question")
            .bind("pos", position)
            .bind("version", versionId)
            .bind("quiz", quizId)
            .bind("question", questionId)
            .execute();
    if (updated == 0) {
      h.createUpdate(
              "INSERT INTO question (quiz_id, question_id, position, version_id, retired)"
                  + " VALUES (:quiz, :question, :pos, :version, FALSE)")
          .bind("quiz", quizId)
          .bind("question", questionId)
          .bind("pos", position)
          .bind("version", versionId)
          .execute();
    }
  }

  /** Retires every question of the quiz that is not in {@code keep}. */
  public void retireAllBut(Handle h, String quizId, List<String> keep) {
    h.createUpdate(
            "UPDATE question SET retired = TRUE WHERE quiz_id = :quiz"
                + " AND question_id NOT IN (<keep>)")
        .bind("quiz", quizId)
        .bindList("keep", keep)
        .execute();
  }

  private static Question mapVersion(ResultSet rs) throws SQLException {
    return new Question(
        rs.getString("question_id"),
        QuestionType.fromWireName(rs.getString("type")).orElseThrow(),
        rs.getString("prompt"),
        JsonLists.read(rs.getString("choices")),
        rs.getString("answer"),
        JsonLists.read(rs.getString("accepted")),
        rs.getDouble("tolerance"),
        rs.getString("explanation"),
        new Evidence(
            rs.getInt("evidence_start"), rs.getInt("evidence_end"), rs.getString("evidence_text")),
        rs.getLong("id"));
  }
}
