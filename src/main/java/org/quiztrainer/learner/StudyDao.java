package org.quiztrainer.learner;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.quiztrainer.study.Review;
import org.quiztrainer.study.Staircase;
import org.quiztrainer.study.Staircase.Tier;

/** Practice runs, study answers and review cards; every query is scoped to one learner. */
public final class StudyDao {
  private static final String ANSWER_COLUMNS =
      "id, learner_id, practice_id, quiz_id, question_id, version_id, tier, shown_type, skill,"
          + " given, correct, answered_at, cited_start, cited_end, evidence_found";

  /** A review card and the question it is for. */
  public record CardRow(String quizId, String questionId, Tier tier, Review.Card card) {}

  /** One answer as the progress page counts it. */
  public record AnswerFact(Instant answeredAt, String skill, boolean correct, Boolean found) {}

  /** A practice run as the learner's page lists it. */
  public record PracticeRow(
      String id,
      String quizId,
      String quizTitle,
      String mode,
      Instant createdAt,
      int answered,
      int correct) {}

  public void insertPractice(Handle h, Practice p) {
    h.createUpdate(
            "INSERT INTO practice (id, learner_id, quiz_id, mode, tier, streak, created_at)"
                + " VALUES (:id, :learner, :quiz, :mode, :tier, :streak, :created)")
        .bind("id", p.id())
        .bind("learner", p.learnerId())
        .bind("quiz", p.quizId())
        .bind("mode", p.mode().wireName())
        .bind("tier", p.tier().name())
        .bind("streak", p.position().streak())
        .bind("created", p.createdAt())
        .execute();
  }

  public Optional<Practice> practice(Handle h, String learnerId, String practiceId) {
    return h.createQuery(
            "SELECT id, learner_id, quiz_id, mode, tier, streak, created_at FROM practice"
                + " WHERE id = :id AND learner_id = :learner")
        .bind("id", practiceId)
        .bind("learner", learnerId)
        .map(
            (rs, ctx) ->
                new Practice(
                    rs.getString("id"),
                    rs.getString("learner_id"),
                    rs.getString("quiz_id"),
                    Practice.Mode.fromWireName(rs.getString("mode")).orElseThrow(),
                    new Staircase.Position(Tier.valueOf(rs.getString("tier")), rs.getInt("streak")),
                    rs.getTimestamp("created_at").toInstant()))
        .findOne();
  }

  public void movePractice(Handle h, String practiceId, Staircase.Position position) {
    h.createUpdate("UPDATE practice SET tier = :tier, streak = :streak WHERE id = :id")
        .bind("tier", position.tier().name())
        .bind("streak", position.streak())
        .bind("id", practiceId)
        .execute();
  }

  public List<PracticeRow> practices(Handle h, String learnerId, int limit) {
    return h.createQuery(
            "SELECT p.id, p.quiz_id, q.title, p.mode, p.created_at,"
                + " (SELECT COUNT(*) FROM study_answer a WHERE a.practice_id = p.id) AS answered,"
                + " (SELECT COUNT(*) FROM study_answer a WHERE a.practice_id = p.id"
                + " AND a.correct = TRUE) AS right_ones"
                + " FROM practice p JOIN quiz q ON q.id = p.quiz_id"
                + " WHERE p.learner_id = :learner ORDER BY p.created_at DESC LIMIT :limit")
        .bind("learner", learnerId)
        .bind("limit", limit)
        .map(
            (rs, ctx) ->
                new PracticeRow(
                    rs.getString("id"),
                    rs.getString("quiz_id"),
                    rs.getString("title"),
                    rs.getString("mode"),
                    rs.getTimestamp("created_at").toInstant(),
                    rs.getInt("answered"),
                    rs.getInt("right_ones")))
        .list();
  }

  public void insertAnswer(Handle h, StudyAnswer a) {
    h.createUpdate(
            "INSERT INTO study_answer (id, learner_id, practice_id, quiz_id, question_id,"
                + " version_id, tier, shown_type, skill, given, correct, answered_at) VALUES"
                + " (:id, :learner, :practice, :quiz, :question, :version, :tier, :type, :skill,"
                + " :given, :correct, :at)")
        .bind("id", a.id())
        .bind("learner", a.learnerId())
        .bind("practice", a.practiceId())
        .bind("quiz", a.quizId())
        .bind("question", a.questionId())
        .bind("version", a.versionId())
        .bind("tier", a.tier().name())
        .bind("type", a.shownType())
        .bind("skill", a.skill())
        .bind("given", a.given())
        .bind("correct", a.correct())
        .bind("at", a.answeredAt())
        .execute();
  }

  public Optional<StudyAnswer> answer(Handle h, String learnerId, String answerId) {
    return h.createQuery(
            "SELECT " + ANSWER_COLUMNS + " FROM study_answer WHERE id = :id AND learner_id = :l")
        .bind("id", answerId)
        .bind("l", learnerId)
        .map((rs, ctx) -> answer(rs))
        .findOne();
  }

  public List<StudyAnswer> practiceAnswers(Handle h, String practiceId) {
    return h.createQuery(
            "SELECT "
                + ANSWER_COLUMNS
                + " FROM study_answer WHERE practice_id = :p"
                + " ORDER BY answered_at, id")
        .bind("p", practiceId)
        .map((rs, ctx) -> answer(rs))
        .list();
  }

  /** A review answer to this card still waiting for its citation, if any. */
  public Optional<StudyAnswer> pendingReview(
      Handle h, String learnerId, String quizId, String questionId) {
    return h.createQuery(
            "SELECT "
                + ANSWER_COLUMNS
                + " FROM study_answer WHERE learner_id = :l"
                + " AND quiz_id = :q AND question_id = :id AND practice_id IS NULL"
                + " AND evidence_found IS NULL AND cited_at IS NULL")
        .bind("l", learnerId)
        .bind("q", quizId)
        .bind("id", questionId)
        .map((rs, ctx) -> answer(rs))
        .findFirst();
  }

  /** Records the citation once: false if the answer was already cited. */
  public boolean cite(
      Handle h, String answerId, Integer start, Integer end, boolean found, Instant now) {
    return h.createUpdate(
                "UPDATE study_answer SET cited_start = :s, cited_end = :e, evidence_found = :f,"
                    + " cited_at = :now WHERE id = :id AND evidence_found IS NULL")
            .bind("s", start)
            .bind("e", end)
            .bind("f", found)
            .bind("now", now)
            .bind("id", answerId)
            .execute()
        == 1;
  }

  public List<AnswerFact> facts(Handle h, String learnerId) {
    return h.createQuery(
            "SELECT answered_at, skill, correct, evidence_found FROM study_answer"
                + " WHERE learner_id = :l ORDER BY answered_at")
        .bind("l", learnerId)
        .map(
            (rs, ctx) ->
                new AnswerFact(
                    rs.getTimestamp("answered_at").toInstant(),
                    rs.getString("skill"),
                    rs.getBoolean("correct"),
                    (Boolean) rs.getObject("evidence_found")))
        .list();
  }

  public Optional<CardRow> card(Handle h, String learnerId, String quizId, String questionId) {
    return h.createQuery(
            "SELECT quiz_id, question_id, tier, repetitions, interval_days, ease, due"
                + " FROM review_card WHERE learner_id = :l AND quiz_id = :q AND question_id = :id")
        .bind("l", learnerId)
        .bind("q", quizId)
        .bind("id", questionId)
        .map((rs, ctx) -> card(rs))
        .findOne();
  }

  public void saveCard(Handle h, String learnerId, CardRow c, boolean exists, Instant now) {
    String sql =
        exists
            ? "UPDATE review_card SET repetitions = :reps, interval_days = :days, ease = :ease,"
                + " due = :due WHERE learner_id = :l AND quiz_id = :q AND question_id = :id"
            : "INSERT INTO review_card (learner_id, quiz_id, question_id, tier, repetitions,"
                + " interval_days, ease, due, created_at) VALUES (:l, :q, :id, :tier, :reps,"
                + " :days, :ease, :due, :now)";
    h.createUpdate(sql)
        .bind("l", learnerId)
        .bind("q", c.quizId())
        .bind("id", c.questionId())
        .bind("tier", c.tier().name())
        .bind("reps", c.card().repetitions())
        .bind("days", c.card().intervalDays())
        .bind("ease", c.card().ease())
        .bind("due", c.card().due())
        .bind("now", now)
        .execute();
  }

  /**
   * The learner's cards on questions still asked in published quizzes, soonest due first. A card
   * whose quiz was unpublished or question removed waits, and comes back if they do.
   */
  public List<CardRow> cards(Handle h, String learnerId) {
    return h.createQuery(
            "SELECT c.quiz_id, c.question_id, c.tier, c.repetitions, c.interval_days, c.ease,"
                + " c.due FROM review_card c"
                + " JOIN quiz z ON z.id = c.quiz_id AND z.published = TRUE"
                + " JOIN question q ON q.quiz_id = c.quiz_id AND q.question_id = c.question_id"
                + " AND q.retired = FALSE"
                + " WHERE c.learner_id = :l ORDER BY c.due, c.created_at, c.question_id")
        .bind("l", learnerId)
        .map((rs, ctx) -> card(rs))
        .list();
  }

  private static CardRow card(ResultSet rs) throws SQLException {
    return new CardRow(
        rs.getString("quiz_id"),
        rs.getString("question_id"),
        Tier.valueOf(rs.getString("tier")),
        new Review.Card(
            rs.getInt("repetitions"),
            rs.getInt("interval_days"),
            rs.getDouble("ease"),
            rs.getDate("due").toLocalDate()));
  }

  private static StudyAnswer answer(ResultSet rs) throws SQLException {
    return new StudyAnswer(
        rs.getString("id"),
        rs.getString("learner_id"),
        rs.getString("practice_id"),
        rs.getString("quiz_id"),
        rs.getString("question_id"),
        rs.getLong("version_id"),
        Tier.valueOf(rs.getString("tier")),
        rs.getString("shown_type"),
        rs.getString("skill"),
        rs.getString("given"),
        rs.getBoolean("correct"),
        rs.getTimestamp("answered_at").toInstant(),
        (Integer) rs.getObject("cited_start"),
        (Integer) rs.getObject("cited_end"),
        (Boolean) rs.getObject("evidence_found"));
  }
}
