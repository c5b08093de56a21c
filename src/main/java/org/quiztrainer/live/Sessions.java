package org.quiztrainer.live;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.quiztrainer.Problem;
import org.quiztrainer.account.Teacher;
import org.quiztrainer.attempt.AttemptService;
import org.quiztrainer.authoring.Authoring;
import org.quiztrainer.db.UniqueViolation;
import org.quiztrainer.quiz.Quiz;

/** Starting, joining and pacing live sessions. */
public final class Sessions {
  public static final int DEFAULT_TIMER = 30;
  private static final int CODE_TRIES = 20;

  private final Jdbi jdbi;
  private final LiveSessionDao dao;
  private final Authoring authoring;
  private final AttemptService attempts;
  private final SessionHub hub;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public Sessions(
      Jdbi jdbi,
      LiveSessionDao dao,
      Authoring authoring,
      AttemptService attempts,
      SessionHub hub,
      Clock clock) {
    this.jdbi = jdbi;
    this.dao = dao;
    this.authoring = authoring;
    this.attempts = attempts;
    this.hub = hub;
    this.clock = clock;
  }

  /** How a teacher wants the session run. */
  public record Options(
      LiveSession.Mode mode,
      int timerSeconds,
      Instant deadline,
      boolean speedBonus,
      LiveSession.Leaderboard leaderboard) {

    public Options {
      if (timerSeconds < 5 || timerSeconds > 600) {
        throw Problem.invalid("the timer must be 5 to 600 seconds");
      }
    }
  }

  /** Opens a session on one of the teacher's published quizzes, with a fresh join code. */
  public LiveSession start(Teacher t, String quizId, Options o) {
    Quiz quiz = authoring.quiz(t, quizId);
    if (!quiz.published()) {
      throw Problem.invalid("publish the quiz before starting a session with it");
    }
    if (quiz.questions().isEmpty()) {
      throw Problem.invalid("the quiz has no questions");
    }
    for (int i = 0; i < CODE_TRIES; i++) {
      LiveSession s =
          new LiveSession(
              UUID.randomUUID().toString(),
              quizId,
              t.id(),
              o.mode(),
              String.format("%06d", random.nextInt(1_000_000)),
              o.mode() == LiveSession.Mode.TEACHER_PACED
                  ? LiveSession.State.LOBBY
                  : LiveSession.State.OPEN,
              -1,
              null,
              o.timerSeconds(),
              o.deadline(),
              o.speedBonus(),
              o.leaderboard(),
              clock.instant());
      try {
        jdbi.useTransaction(h -> dao.insert(h, s));
        return s;
      } catch (RuntimeException e) {
        if (!UniqueViolation.is(e)) {
          throw e;
        }
        // that code is open in another session: draw again
      }
    }
    throw new IllegalStateException("no free join code after " + CODE_TRIES + " tries");
  }

  /** A session its owner (or an admin) may run; anyone else is told it doesn't exist. */
  public LiveSession owned(Teacher t, String sessionId) {
    LiveSession s =
        jdbi.withHandle(h -> dao.find(h, sessionId))
            .filter(found -> t.mayAuthor(found.ownerId()))
            .orElseThrow(() -> Problem.notFound("there is no session " + sessionId));
    return s;
  }

  /** A student joins with the code and a nickname; no account. */
  public Joined join(String rawCode, String name) {
    String code = rawCode == null ? "" : rawCode.replaceAll("\\s", "");
    if (!code.matches("\\d{6}")) {
      throw Problem.invalid("the join code is 6 digits");
    }
    LiveSession s =
        jdbi.withHandle(h -> dao.findOpen(h, code))
            .orElseThrow(
                () -> Problem.notFound("no open session has the code " + code + "; check it"));
    AttemptService.Started started;
    try {
      started = jdbi.inTransaction(h -> attempts.startInSession(h, s.quizId(), name, s.id()));
    } catch (RuntimeException e) {
      if (UniqueViolation.is(e)) {
        throw Problem.conflict(
            "someone in this session is already called "
                + name.strip()
                + "; add an initial or choose another nickname");
      }
      throw e;
    }
    hub.changed(s.id());
    return new Joined(started.attemptId(), started.token(), s.id());
  }

  /** What a student gets on joining. */
  public record Joined(String attemptId, String token, String sessionId) {}

  /**
   * Teacher-paced: opens the next question, starting its timer; after the last one, closes the
   * session. Student-paced sessions have no next question.
   */
  public LiveSession next(Teacher t, String sessionId) {
    LiveSession s = owned(t, sessionId);
    if (s.mode() != LiveSession.Mode.TEACHER_PACED) {
      throw Problem.conflict("students set the pace in this session");
    }
    if (s.closed()) {
      throw Problem.conflict("this session has ended");
    }
    int total = authoring.quiz(t, s.quizId()).questions().size();
    int next = s.currentIndex() + 1;
    if (next >= total) {
      return close(t, sessionId);
    }
    jdbi.useTransaction(
        h ->
            dao.move(
                h,
                s.id(),
                s.state(),
                s.currentIndex(),
                LiveSession.State.QUESTION,
                next,
                clock.instant()));
    hub.paceChanged(sessionId);
    return owned(t, sessionId);
  }

  /** Teacher-paced: locks the current question and shows its answers. */
  public LiveSession reveal(Teacher t, String sessionId) {
    LiveSession s = owned(t, sessionId);
    if (s.state() != LiveSession.State.QUESTION) {
      throw Problem.conflict("there is no open question to reveal");
    }
    jdbi.useTransaction(
        h ->
            dao.move(
                h,
                s.id(),
                s.state(),
                s.currentIndex(),
                LiveSession.State.REVEALED,
                s.currentIndex(),
                s.questionStartedAt()));
    hub.paceChanged(sessionId);
    return owned(t, sessionId);
  }

  /** Ends the session; its join code is free again and answers are refused. */
  public LiveSession close(Teacher t, String sessionId) {
    owned(t, sessionId);
    jdbi.useTransaction(h -> dao.close(h, sessionId, clock.instant()));
    hub.paceChanged(sessionId);
    return owned(t, sessionId);
  }
}
