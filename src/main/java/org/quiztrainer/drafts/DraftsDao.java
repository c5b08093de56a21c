package org.quiztrainer.drafts;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** SQL for generated quizzes: where their questions came from, and the notes on each question. */
public final class DraftsDao {
  /** Where a generated quiz's questions came from, and whether the generator is done. */
  public record Origin(String articleSha256, String generatorVersion, String status) {
    public boolean isCurrent(String sha, String version) {
      return status.equals("ready")
          && articleSha256.equals(sha)
          && generatorVersion.equals(version);
    }
  }

  public Optional<Origin> origin(Handle h, String quizId) {
    return h.createQuery(
            "SELECT article_sha256, generator_version, status FROM generated_quiz"
                + " WHERE quiz_id = :quiz")
        .bind("quiz", quizId)
        .map((rs, ctx) -> new Origin(rs.getString(1), rs.getString(2), rs.getString(3)))
        .findOne();
  }

  public void setOrigin(
      Handle h, String quizId, String sha, String version, String status, Instant now) {
    int updated =
        h.createUpdate(
                "UPDATE generated_quiz SET article_sha256 = :sha, generator_version = :version,"
                    + " status = :status, updated_at = :now WHERE quiz_id = :quiz")
            .bind("sha", sha)
            .bind("version", version)
            .bind("status", status)
            .bind("now", now)
            .bind("quiz", quizId)
            .execute();
    if (updated == 0) {
      h.createUpdate(
              "INSERT INTO generated_quiz (quiz_id, article_sha256, generator_version, status,"
                  + " updated_at) VALUES (:quiz, :sha, :version, :status, :now)")
          .bind("quiz", quizId)
          .bind("sha", sha)
          .bind("version", version)
          .bind("status", status)
          .bind("now", now)
          .execute();
    }
  }

  /** Quizzes the generator was still drafting when the app last stopped. */
  public List<String> unfinished(Handle h) {
    return h.createQuery("SELECT quiz_id FROM generated_quiz WHERE status = 'drafting'")
        .mapTo(String.class)
        .list();
  }

  public void saveNote(Handle h, String quizId, String questionId, Note note) {
    h.createUpdate("DELETE FROM question_note WHERE quiz_id = :quiz AND question_id = :question")
        .bind("quiz", quizId)
        .bind("question", questionId)
        .execute();
    h.createUpdate(
            "INSERT INTO question_note (quiz_id, question_id, skill, reasons)"
                + " VALUES (:quiz, :question, :skill, :reasons)")
        .bind("quiz", quizId)
        .bind("question", questionId)
        .bind("skill", note.skill())
        .bind("reasons", clip(String.join("\n", note.reasons()), 1000))
        .execute();
  }

  public Map<String, Note> notes(Handle h, String quizId) {
    Map<String, Note> out = new HashMap<>();
    h.createQuery("SELECT question_id, skill, reasons FROM question_note WHERE quiz_id = :quiz")
        .bind("quiz", quizId)
        .map((rs, ctx) -> Map.entry(rs.getString(1), note(rs.getString(2), rs.getString(3))))
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  private static Note note(String skill, String reasons) {
    return new Note(skill, reasons.isEmpty() ? List.of() : Arrays.asList(reasons.split("\n")));
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
