package org.quiztrainer.attempt;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.quiztrainer.Problem;
import org.quiztrainer.db.GroupCommit;
import org.quiztrainer.db.UniqueViolation;
import org.quiztrainer.grading.Grader;
import org.quiztrainer.quiz.PlainText;
import org.quiztrainer.quiz.Question;
import org.quiztrainer.quiz.QuestionDao;
import org.quiztrainer.quiz.Quiz;
import org.quiztrainer.quiz.QuizCatalog;
import org.quiztrainer.security.Tokens;

/**
 * Starting attempts, answering and reporting. Answers are idempotent per question, and each is
 * committed before the call returns.
 */
public final class AttemptService {
  public static final int MAX_NAME = 40;
  public static final int MAX_ANSWER = 500;

  /** A new attempt and the secret token that proves it is yours. */
  public record Started(String attemptId, String token) {}

  private final Jdbi jdbi;
  private final AttemptDao attempts;
  private final QuestionDao questions;
  private final QuizCatalog catalog;
  private final Grader grader;
  private final AnswerGate gate;
  private final GroupCommit writes;
  private final AttemptLimits limits;
  private final Tokens tokens = new Tokens();

  public AttemptService(
      Jdbi jdbi, AttemptDao attempts, QuestionDao questions, QuizCatalog catalog, Grader grader) {
    this(
        jdbi,
        attempts,
        questions,
        catalog,
        grader,
        AnswerGate.OPEN,
        new GroupCommit(jdbi),
        new AttemptLimits(java.time.Clock.systemUTC()));
  }

  public AttemptService(
      Jdbi jdbi,
      AttemptDao attempts,
      QuestionDao questions,
      QuizCatalog catalog,
      Grader grader,
      AnswerGate gate,
      GroupCommit writes,
      AttemptLimits limits) {
    this.limits = limits;
    this.jdbi = jdbi;
    this.attempts = attempts;
    this.questions = questions;
    this.catalog = catalog;
    this.grader = grader;
    this.gate = gate;
    this.writes = writes;
  }

  public Started start(String quizId, String rawName) {
    String name = validName(rawName);
    catalog.findPublished(quizId).orElseThrow(() -> Problem.notFound("no such quiz: " + quizId));
    return insert(quizId, name, false, null);
  }

  /**
   * An attempt by the quiz's author, published or not, to see it as a student would; results leave
   * it out. The caller has checked that the teacher owns the quiz.
   */
  public Started startPreview(String quizId, String teacherName) {
    catalog.find(quizId).orElseThrow(() -> Problem.notFound("no such quiz: " + quizId));
    String name = ("Preview: " + teacherName).substring(0, Math.min(40, 9 + teacherName.length()));
    return insert(quizId, name, true, null);
  }

  /**
   * An attempt in a live session, inside the caller's transaction; a nickname already taken in the
   * session fails on the unique index, which the caller turns into a message.
   */
  public Started startInSession(Handle h, String quizId, String rawName, String sessionId) {
    return insert(h, quizId, validName(rawName), false, sessionId);
  }

  private Started insert(String quizId, String name, boolean preview, String sessionId) {
    return jdbi.inTransaction(h -> insert(h, quizId, name, preview, sessionId));
  }

  private Started insert(Handle h, String quizId, String name, boolean preview, String sessionId) {
    String token = tokens.newToken();
    Attempt attempt =
        new Attempt(
            UUID.randomUUID().toString(),
            quizId,
            name,
            Tokens.hash(token),
            Instant.now(),
            preview,
            sessionId);
    attempts.insert(h, attempt);
    return new Started(attempt.id(), token);
  }

  public AnswerResult answer(String attemptId, String token, String questionId, String rawAnswer) {
    Attempt attempt = authorized(attemptId, token);
    limits.answer(attempt.id());
    Quiz quiz = quizOf(attempt);
    Question question =
        quiz.question(questionId)
            .orElseThrow(() -> Problem.invalid("this quiz has no question " + questionId));
    String given = validAnswer(rawAnswer);
    // The reply waits until the commit holding the answer is on disk. On one node answers are
    // written one after another, so the second of two identical requests reads what the first
    // stored; across nodes the loser of a race hits the primary key and reads it on retry.
    AnswerResult result;
    try {
      result = writes.write(h -> answerOnce(h, attempt, quiz, question, given));
    } catch (RuntimeException e) {
      if (!UniqueViolation.is(e)) {
        throw e;
      }
      result = writes.write(h -> answerOnce(h, attempt, quiz, question, given));
    }
    gate.committed(attempt, result);
    return result;
  }

  private AnswerResult answerOnce(
      Handle h, Attempt attempt, Quiz quiz, Question question, String given) {
    var existing = attempts.answer(h, attempt.id(), question.id());
    if (existing.isPresent()) {
      if (!existing.get().given().equals(given)) {
        throw Problem.conflict("this question was already answered with a different answer");
      }
      return new AnswerResult(
          existing.get(), questions.version(h, existing.get().versionId()).orElseThrow());
    }
    AnswerGate.Admission admission = gate.admit(h, attempt, quiz, question);
    boolean correct;
    try {
      correct = grader.grade(question, given);
    } catch (Grader.UnreadableAnswer e) {
      throw Problem.invalid(e.getMessage());
    }
    StoredAnswer stored = new StoredAnswer(question.id(), question.versionId(), given, correct);
    attempts.insertAnswer(h, attempt.id(), stored, admission.points(correct));
    return new AnswerResult(stored, question);
  }

  public AttemptReport report(String attemptId, String token) {
    Attempt attempt = authorized(attemptId, token);
    Quiz quiz = quizOf(attempt);
    List<AnswerResult> answers =
        jdbi.inTransaction(
            h -> {
              List<StoredAnswer> stored = attempts.answers(h, attemptId);
              Map<Long, Question> versions =
                  questions.versions(h, stored.stream().map(StoredAnswer::versionId).toList());
              return stored.stream()
                  .map(a -> new AnswerResult(a, versions.get(a.versionId())))
                  .toList();
            });
    return new AttemptReport(attempt, quiz, answers);
  }

  private Attempt authorized(String attemptId, String token) {
    Attempt attempt =
        jdbi.withHandle(h -> attempts.find(h, attemptId))
            .orElseThrow(() -> Problem.notFound("no such attempt: " + attemptId));
    if (!Tokens.matches(token, attempt.tokenHash())) {
      throw Problem.forbidden("the attempt token is missing or wrong");
    }
    return attempt;
  }

  private Quiz quizOf(Attempt attempt) {
    return catalog.cached(attempt.quizId()).orElseThrow(() -> Problem.notFound("the quiz is gone"));
  }

  static String validName(String raw) {
    String name = raw == null ? "" : raw.strip();
    int length = name.codePointCount(0, name.length());
    if (length < 1 || length > MAX_NAME || !PlainText.isText(name) || name.contains("\n")) {
      throw Problem.invalid("name must be 1 to " + MAX_NAME + " characters of text");
    }
    return name;
  }

  static String validAnswer(String raw) {
    String answer = raw == null ? "" : raw.strip();
    if (answer.isEmpty()) {
      throw Problem.invalid("answer must not be empty");
    }
    if (answer.length() > MAX_ANSWER || !PlainText.isText(answer)) {
      throw Problem.invalid("answer must be at most " + MAX_ANSWER + " characters of text");
    }
    return answer;
  }
}
