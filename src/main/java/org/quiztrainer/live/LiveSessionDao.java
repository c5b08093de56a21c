package org.quiztrainer.live;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Live sessions, and the per-session figures their screens show. */
public final class LiveSessionDao {
  private static final String COLUMNS =
      "id, quiz_id, owner_id, mode, join_code, state, current_index, question_started_at,"
          + " timer_seconds, deadline, speed_bonus, leaderboard, created_at";

  /** One student in a session: their attempt, how many answers, how many right, and points. */
  public record Participant(String attemptId, String name, int answered, int correct, int points) {}

  /** One question's figures in a session. */
  public record QuestionCount(String questionId, int answered, int correct) {}

  public void insert(Handle h, LiveSession s) {
    h.createUpdate(
            "INSERT INTO live_session (id, quiz_id, owner_id, mode, join_code, open_code, state,"
                + " current_index, question_started_at, timer_seconds, deadline, speed_bonus,"
                + " leaderboard, created_at) VALUES (:id, :quiz, :owner, :mode, :code, :code,"
                + " :state, :index, :started, :timer, :deadline, :bonus, :board, :created)")
        .bind("id", s.id())
        .bind("quiz", s.quizId())
        .bind("owner", s.ownerId())
        .bind("mode", s.mode().wireName())
        .bind("code", s.joinCode())
        .bind("state", s.state().wireName())
        .bind("index", s.currentIndex())
        .bind("started", s.questionStartedAt())
        .bind("timer", s.timerSeconds())
        .bind("deadline", s.deadline())
        .bind("bonus", s.speedBonus())
        .bind("board", s.leaderboard().wireName())
        .bind("created", s.createdAt())
        .execute();
  }

  public Optional<LiveSession> find(Handle h, String id) {
    return h.createQuery("SELECT " + COLUMNS + " FROM live_session WHERE id = :id")
        .bind("id", id)
        .map((rs, ctx) -> map(rs))
        .findOne();
  }

  public Optional<LiveSession> findOpen(Handle h, String joinCode) {
    return h.createQuery("SELECT " + COLUMNS + " FROM live_session WHERE open_code = :code")
        .bind("code", joinCode)
        .map((rs, ctx) -> map(rs))
        .findOne();
  }

  /** Moves a session on; only if it is still where the caller saw it, so two clicks move once. */
  public boolean move(
      Handle h,
      String id,
      LiveSession.State from,
      int fromIndex,
      LiveSession.State to,
      int index,
      Instant startedAt) {
    return h.createUpdate(
                "UPDATE live_session SET state = :to, current_index = :index,"
                    + " question_started_at = :started WHERE id = :id AND state = :from"
                    + " AND current_index = :fromIndex")
            .bind("to", to.wireName())
            .bind("index", index)
            .bind("started", startedAt)
            .bind("id", id)
            .bind("from", from.wireName())
            .bind("fromIndex", fromIndex)
            .execute()
        == 1;
  }

  /** Closes a session and frees its join code. */
  public void close(Handle h, String id, Instant now) {
    h.createUpdate(
            "UPDATE live_session SET state = 'closed', open_code = NULL, closed_at = :now"
                + " WHERE id = :id AND state <> 'closed'")
        .bind("now", now)
        .bind("id", id)
        .execute();
  }

  public List<Participant> participants(Handle h, String sessionId) {
    return h.createQuery(
            "SELECT a.id, a.name, COUNT(n.question_id) AS answered,"
                + " COALESCE(SUM(CASE WHEN n.correct THEN 1 ELSE 0 END), 0) AS correct,"
                + " COALESCE(SUM(n.points), 0) AS points"
                + " FROM attempt a LEFT JOIN answer n ON n.attempt_id = a.id"
                + " WHERE a.session_id = :session GROUP BY a.id, a.name, a.created_at"
                + " ORDER BY a.created_at, a.id")
        .bind("session", sessionId)
        .map(
            (rs, ctx) ->
                new Participant(
                    rs.getString("id"),
                    rs.getString("name"),
                    rs.getInt("answered"),
                    rs.getInt("correct"),
                    rs.getInt("points")))
        .list();
  }

  public List<QuestionCount> questionCounts(Handle h, String sessionId) {
    return h.createQuery(
            "SELECT n.question_id, COUNT(*) AS answered,"
                + " SUM(CASE WHEN n.correct THEN 1 ELSE 0 END) AS correct"
                + " FROM answer n JOIN attempt a ON a.id = n.attempt_id"
                + " WHERE a.session_id = :session GROUP BY n.question_id")
        .bind("session", sessionId)
        .map(
            (rs, ctx) ->
                new QuestionCount(
                    rs.getString("question_id"), rs.getInt("answered"), rs.getInt("correct")))
        .list();
  }

  /** The answers given to one question in a session, for the distribution chart. */
  public List<String> answersTo(Handle h, String sessionId, String questionId) {
    return h.createQuery(
            "SELECT n.given FROM answer n JOIN attempt a ON a.id = n.attempt_id"
                + " WHERE a.session_id = :session AND n.question_id = :question")
        .bind("session", sessionId)
        .bind("question", questionId)
        .mapTo(String.class)
        .list();
  }

  /** Per attempt, per question: right or wrong, for the live grid. */
  public java.util.Map<String, java.util.Map<String, Boolean>> marks(Handle h, String sessionId) {
    java.util.Map<String, java.util.Map<String, Boolean>> out = new java.util.LinkedHashMap<>();
    h.createQuery(
            "SELECT n.attempt_id, n.question_id, n.correct FROM answer n"
                + " JOIN attempt a ON a.id = n.attempt_id WHERE a.session_id = :s")
        .bind("s", sessionId)
        .map(
            (rs, c) ->
                out.computeIfAbsent(rs.getString(1), k -> new java.util.LinkedHashMap<>())
                    .put(rs.getString(2), rs.getBoolean(3)))
        .list();
    return out;
  }

  private static LiveSession map(ResultSet rs) throws SQLException {
    return new LiveSession(
        rs.getString("id"),
        rs.getString("quiz_id"),
        rs.getString("owner_id"),
        LiveSession.Mode.fromWireName(rs.getString("mode")).orElseThrow(),
        rs.getString("join_code"),
        LiveSession.State.valueOf(rs.getString("state").toUpperCase(java.util.Locale.ROOT)),
        rs.getInt("current_index"),
        instant(rs.getTimestamp("question_started_at")),
        rs.getInt("timer_seconds"),
        instant(rs.getTimestamp("deadline")),
        rs.getBoolean("speed_bonus"),
        LiveSession.Leaderboard.fromWireName(rs.getString("leaderboard")).orElseThrow(),
        instant(rs.getTimestamp("created_at")));
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
