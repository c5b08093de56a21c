package org.quiztrainer.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jdbi.v3.core.Handle;
import org.quiztrainer.Problem;
import org.quiztrainer.attempt.AnswerGate;
import org.quiztrainer.attempt.AnswerResult;
import org.quiztrainer.attempt.Attempt;
import org.quiztrainer.quiz.Question;
import org.quiztrainer.quiz.Quiz;

/**
 * A live session's pacing, applied to every answer of an attempt that belongs to one: in
 * teacher-paced mode only the current question, only until its timer ends; in student-paced mode
 * any question until the session closes or its deadline passes.
 */
public final class SessionGate implements AnswerGate {
  /** Answers sent just as the timer ends still count: phones and Wi-Fi are not instant. */
  static final Duration GRACE = Duration.ofMillis(500);

  private final LiveSessionDao dao;
  private final SessionHub hub;
  private final Clock clock;

  public SessionGate(LiveSessionDao dao, SessionHub hub, Clock clock) {
    this.dao = dao;
    this.hub = hub;
    this.clock = clock;
  }

  @Override
  public Admission admit(Handle h, Attempt attempt, Quiz quiz, Question question) {
    if (attempt.sessionId() == null) {
      return Admission.NONE;
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
      return correct -> Scoring.points(correct, false, null, now, 0);
    }
    int index = s.currentIndex();
    boolean current =
        index >= 0
            && index < quiz.questions().size()
            && quiz.questions().get(index).id().equals(question.id());
    if (s.state() != LiveSession.State.QUESTION || !current) {
      throw Problem.conflict("this question is not open now; wait for your teacher");
    }
    if (now.isAfter(s.locksAt().plus(GRACE))) {
      throw Problem.conflict("time is up for this question");
    }
    return correct ->
        Scoring.points(correct, s.speedBonus(), s.questionStartedAt(), now, s.timerSeconds());
  }

  @Override
  public void committed(Attempt attempt, AnswerResult result) {
    if (attempt.sessionId() != null) {
      hub.changed(attempt.sessionId());
    }
  }
}
