package org.quiztrainer.results;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.quiztrainer.analysis.Response;

/** Every student attempt at a quiz with its answers; teachers' previews are left out. */
public final class ResultsDao {

  /** One attempt: who, when, and per question the answer given. */
  public record Row(String attemptId, String name, Instant startedAt, Response response) {}

  public List<Row> attempts(Handle h, String quizId) {
    return attempts(h, "a.quiz_id = :key", quizId);
  }

  /** The attempts of one live session. */
  public List<Row> sessionAttempts(Handle h, String sessionId) {
    return attempts(h, "a.session_id = :key", sessionId);
  }

  private List<Row> attempts(Handle h, String where, String key) {
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, Instant> started = new LinkedHashMap<>();
    Map<String, Map<String, Response.Given>> answers = new LinkedHashMap<>();
    h.createQuery(
            "SELECT a.id, a.name, a.created_at, n.question_id, n.given, n.correct"
                + " FROM attempt a LEFT JOIN answer n ON n.attempt_id = a.id"
                + " WHERE "
                + where
                + " AND a.preview = FALSE ORDER BY a.created_at, a.id")
        .bind("key", key)
        .map(
            (rs, ctx) -> {
              String id = rs.getString("id");
              names.putIfAbsent(id, rs.getString("name"));
              started.putIfAbsent(id, rs.getTimestamp("created_at").toInstant());
              Map<String, Response.Given> mine =
                  answers.computeIfAbsent(id, k -> new LinkedHashMap<>());
              String question = rs.getString("question_id");
              if (question != null) {
                mine.put(
                    question, new Response.Given(rs.getString("given"), rs.getBoolean("correct")));
              }
              return id;
            })
        .list();
    List<Row> rows = new ArrayList<>();
    for (String id : names.keySet()) {
      rows.add(new Row(id, names.get(id), started.get(id), new Response(id, answers.get(id))));
    }
    return rows;
  }
}
