package org.quiztrainer.live;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.quiztrainer.quiz.Question;
import org.quiztrainer.quiz.Quiz;
import org.quiztrainer.quiz.QuizCatalog;

/** What the screens of a session show, read fresh from the database. */
public final class SessionViews {
  private final Jdbi jdbi;
  private final LiveSessionDao dao;
  private final QuizCatalog catalog;

  public SessionViews(Jdbi jdbi, LiveSessionDao dao, QuizCatalog catalog) {
    this.jdbi = jdbi;
    this.dao = dao;
    this.catalog = catalog;
  }

  /**
   * What every device may know: where the session is. Never an answer key. {@code locksAt} is in
   * epoch milliseconds, with the server's clock beside it so devices can count down correctly.
   */
  public record PublicState(
      String sessionId,
      String state,
      String mode,
      int index,
      int total,
      String questionId,
      Long locksAt,
      long serverNow,
      int participants) {}

  /** One row of the teacher's live grid and of the leaderboard. */
  public record Row(String attemptId, String name, int answered, int correct, int points) {}

  /** What the teacher's screen shows besides the public state. */
  public record TeacherState(
      PublicState session, int answeredCurrent, int correctCurrent, List<Row> participants) {}

  public Optional<LiveSession> session(String id) {
    return jdbi.withHandle(h -> dao.find(h, id));
  }

  public Quiz quiz(LiveSession s) {
    return catalog.find(s.quizId()).orElseThrow();
  }

  public PublicState publicState(String sessionId, long now) {
    LiveSession s = session(sessionId).orElseThrow();
    Quiz quiz = quiz(s);
    int participants = jdbi.withHandle(h -> dao.participants(h, sessionId)).size();
    return publicState(s, quiz, now, participants);
  }

  static PublicState publicState(LiveSession s, Quiz quiz, long now, int participants) {
    List<Question> qs = quiz.questions();
    boolean onQuestion =
        s.mode() == LiveSession.Mode.TEACHER_PACED
            && s.currentIndex() >= 0
            && s.currentIndex() < qs.size()
            && s.state() != LiveSession.State.CLOSED;
    return new PublicState(
        s.id(),
        s.state().wireName(),
        s.mode().wireName(),
        s.currentIndex(),
        qs.size(),
        onQuestion ? qs.get(s.currentIndex()).id() : null,
        s.state() == LiveSession.State.QUESTION ? s.locksAt().toEpochMilli() : null,
        now,
        participants);
  }

  /** Every student in the session with their answers and points, in the order they joined. */
  public List<Row> rows(String sessionId) {
    List<Row> rows = new ArrayList<>();
    for (LiveSessionDao.Participant p : jdbi.withHandle(h -> dao.participants(h, sessionId))) {
      rows.add(new Row(p.attemptId(), p.name(), p.answered(), p.correct(), p.points()));
    }
    return rows;
  }

  public TeacherState teacherState(String sessionId, long now) {
    LiveSession s = session(sessionId).orElseThrow();
    Quiz quiz = quiz(s);
    List<Row> rows = rows(sessionId);
    PublicState pub = publicState(s, quiz, now, rows.size());
    int answered = 0;
    int correct = 0;
    if (pub.questionId() != null) {
      for (LiveSessionDao.QuestionCount c :
          jdbi.withHandle(h -> dao.questionCounts(h, sessionId))) {
        if (c.questionId().equals(pub.questionId())) {
          answered = c.answered();
          correct = c.correct();
        }
      }
    }
    return new TeacherState(pub, answered, correct, rows);
  }

  /** The ranking: points, then right answers, then who joined first. */
  public static List<Row> ranked(List<Row> rows) {
    List<Row> out = new ArrayList<>(rows);
    out.sort(Comparator.comparingInt(Row::points).thenComparingInt(Row::correct).reversed());
    return out;
  }
}
