package org.quiztrainer.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jdbi.v3.core.Handle;
import org.quiztrainer.Problem;
import org.quiztrainer.attempt.AnswerGate;
import org.quiztrainer.attempt.AnswerResult;
import org.quiztrainer.attempt.Attempt;
import org.quiztrainer.attempt.StoredAnswer;
import org.quiztrainer.quiz.Question;

/**
 * A live session's pacing, applied to every answer of an attempt that belongs to one: in
 * teacher-paced mode only the current question, only until its timer ends; in student-paced mode
 * any question until the session closes or its deadline passes.
 */
public final class SessionGate implements AnswerGate {
  /** Answers sent just as the timer ends still count: phones and Wi-Fi are not instant. */
  static final Duration GRACE = Duration.ofMillis(500);

  private final LiveSessionDao dao;
  private final QuestionOrder order;
  private final SessionHub hub;
  private final Clock clock;

  public SessionGate(LiveSessionDao dao, QuestionOrder order, SessionHub hub, Clock clock) {
    this.dao = dao;
    this.order = order;
    this.hub = hub;
    this.clock = clock;
  }

  /** The ids of a quiz's questions in order, to know which one is current. */
  public interface QuestionOrder {
    String idAt(Handle h, String quizId, int index);
  }

  @Override
  public void check(Handle h, Attempt attempt, Question question) {
    if (attempt.sessionId() == null) {
      return;
    }
    LiveSession s = dao.find(h, attempt.sessionId()).orElseThrow();
    Instant now = clock.instant();
    if (s.closed()) {
      throw Problem.conflict("this session has ended");
    }
    if (s.mode() == LiveSession.Mode.STUDENT_PACED) {
      if (s.deadline() != null && now.isAfter(s.deadline().plus(GRACE))) {
        throw Problem.conflict("the deadline for this session has passed");
      }
      return;
    }
    if (s.state() != LiveSession.State.QUESTION
        || !question.id().equals(order.idAt(h, s.quizId(), s.currentIndex()))) {
      throw Problem.conflict("this question is not open now; wait for your teacher");
    }
    if (now.isAfter(s.locksAt().plus(GRACE))) {
      throw Problem.conflict("time is up for this question");
    }
  }

  @Override
  public void stored(Handle h, Attempt attempt, StoredAnswer answer) {
    if (attempt.sessionId() == null) {
      return;
    }
    LiveSession s = dao.find(h, attempt.sessionId()).orElseThrow();
    boolean timed = s.mode() == LiveSession.Mode.TEACHER_PACED;
    int points =
        Scoring.points(
            answer.correct(),
            s.speedBonus() && timed,
            s.questionStartedAt(),
            clock.instant(),
            s.timerSeconds());
    dao.setPoints(h, attempt.id(), answer.questionId(), points);
  }

  @Override
  public void committed(Attempt attempt, AnswerResult result) {
    if (attempt.sessionId() != null) {
      hub.changed(attempt.sessionId());
    }
  }
}
