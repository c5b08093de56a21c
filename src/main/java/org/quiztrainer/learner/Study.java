package org.quiztrainer.learner;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.quiztrainer.Problem;
import org.quiztrainer.db.UniqueViolation;
import org.quiztrainer.drafts.Skills;
import org.quiztrainer.generate.ReadingSkill;
import org.quiztrainer.grading.Grader;
import org.quiztrainer.quiz.Question;
import org.quiztrainer.quiz.QuestionDao;
import org.quiztrainer.quiz.Quiz;
import org.quiztrainer.quiz.QuizCatalog;
import org.quiztrainer.study.EvidenceCitation;
import org.quiztrainer.study.Progress;
import org.quiztrainer.study.Review;
import org.quiztrainer.study.Sentences;
import org.quiztrainer.study.Staircase;
import org.quiztrainer.study.Staircase.Tier;
import org.quiztrainer.study.Tiers;

/**
 * Self-study: practice runs on published quizzes at a tier or adaptively, "cite the evidence" after
 * each answer, review cards for what was missed or guessed, and the learner's progress. Every
 * method takes the learner's id and reads only that learner's rows.
 */
public final class Study {
  /** Longest answer stored, as for class attempts. */
  static final int MAX_ANSWER = 500;

  private final Jdbi jdbi;
  private final StudyDao dao;
  private final QuestionDao questions;
  private final QuizCatalog catalog;
  private final Grader grader;
  private final Skills skills;
  private final Tiers tiers;
  private final Clock clock;
  private final ZoneId zone;

  public Study(
      Jdbi jdbi,
      StudyDao dao,
      QuestionDao questions,
      QuizCatalog catalog,
      Grader grader,
      Skills skills,
      Clock clock,
      ZoneId zone) {
    this.jdbi = jdbi;
    this.dao = dao;
    this.questions = questions;
    this.catalog = catalog;
    this.grader = grader;
    this.skills = skills;
    this.tiers = new Tiers(this::skillOf);
    this.clock = clock;
    this.zone = zone;
  }

  /** A question to answer now: in a practice run ({@code practice} set) or a review. */
  public record Step(
      Practice practice, Quiz quiz, Question shown, Tier tier, int number, int total) {}

  /** An answer with the question version it answered and the quiz it belongs to. */
  public record Answered(StudyAnswer answer, Question question, Quiz quiz) {
    public boolean hasEvidence() {
      return question.evidence().end() > question.evidence().start();
    }

    /** Whether the learner is still to cite the evidence. */
    public boolean awaitsCitation() {
      return hasEvidence() && !answer.cited();
    }
  }

  /** A practice run, its quiz and its answers so far. */
  public record Run(Practice practice, Quiz quiz, List<StudyAnswer> answers) {}

  public ReadingSkill skillOf(Question q) {
    return skills.of(q);
  }

  public LocalDate today() {
    return dayOf(clock.instant());
  }

  /** The learner's day an instant falls on, in the app's time zone. */
  public LocalDate dayOf(java.time.Instant instant) {
    return LocalDate.ofInstant(instant, zone);
  }

  public Practice start(String learnerId, String quizId, String modeName) {
    Quiz quiz =
        catalog
            .findPublished(quizId)
            .orElseThrow(() -> Problem.notFound("there is no published quiz " + quizId));
    if (quiz.questions().isEmpty()) {
      throw Problem.conflict("this quiz has no questions yet");
    }
    Practice.Mode mode =
        Practice.Mode.fromWireName(modeName == null ? "adaptive" : modeName)
            .orElseThrow(() -> Problem.invalid("choose easy, medium, hard or adaptive"));
    Practice p =
        new Practice(
            UUID.randomUUID().toString(),
            learnerId,
            quiz.id(),
            mode,
            new Staircase.Position(mode.startTier(), 0),
            clock.instant());
    jdbi.useHandle(h -> dao.insertPractice(h, p));
    return p;
  }

  public Run run(String learnerId, String practiceId) {
    return jdbi.withHandle(
        h -> {
          Practice p =
              dao.practice(h, learnerId, practiceId)
                  .orElseThrow(() -> Problem.notFound("there is no such practice"));
          Quiz quiz =
              catalog
                  .find(p.quizId())
                  .orElseThrow(() -> Problem.notFound("this quiz no longer exists"));
          return new Run(p, quiz, dao.practiceAnswers(h, practiceId));
        });
  }

  /** The next unanswered question of the run, at the run's tier; empty when all are answered. */
  public Optional<Step> next(Run run) {
    List<Question> all = run.quiz().questions();
    for (int i = 0; i < all.size(); i++) {
      Question q = all.get(i);
      if (run.answers().stream().noneMatch(a -> a.questionId().equals(q.id()))) {
        return Optional.of(step(run.practice(), run.quiz(), q, run.practice().tier(), i + 1));
      }
    }
    return Optional.empty();
  }

  /** Grades and stores a practice answer, and moves the adaptive staircase. */
  public StudyAnswer answer(String learnerId, String practiceId, String questionId, String given) {
    Run run = run(learnerId, practiceId);
    Optional<StudyAnswer> already =
        run.answers().stream().filter(a -> a.questionId().equals(questionId)).findFirst();
    if (already.isPresent()) {
      return already.get(); // a second click of the same form
    }
    Question q = question(run.quiz(), questionId);
    Step step = step(run.practice(), run.quiz(), q, run.practice().tier(), 0);
    StudyAnswer a = graded(learnerId, practiceId, run.quiz(), step, given);
    Practice p = run.practice();
    try {
      jdbi.useTransaction(
          h -> {
            dao.insertAnswer(h, a);
            if (p.mode() == Practice.Mode.ADAPTIVE) {
              dao.movePractice(h, p.id(), Staircase.next(p.position(), a.correct()));
            }
            scheduleIfUncitable(h, a, step.shown());
          });
    } catch (RuntimeException e) {
      if (!UniqueViolation.is(e)) {
        throw e;
      }
      return answer(learnerId, practiceId, questionId, given); // answered meanwhile: that one
    }
    return a;
  }

  /** The learner's cards due today or earlier on questions still asked, soonest first. */
  private List<StudyDao.CardRow> due(String learnerId) {
    LocalDate today = today();
    return jdbi.withHandle(h -> dao.cards(h, learnerId)).stream()
        .filter(c -> c.card().dueOn(today))
        .toList();
  }

  /** The first card due, shown at the tier it was missed at; "1 of n" counts the cards due. */
  public Optional<Step> nextReview(String learnerId) {
    List<StudyDao.CardRow> due = due(learnerId);
    if (due.isEmpty()) {
      return Optional.empty();
    }
    StudyDao.CardRow c = due.get(0);
    Quiz quiz = catalog.findPublished(c.quizId()).orElseThrow(Study::justChanged);
    Question q = quiz.question(c.questionId()).orElseThrow(Study::justChanged);
    Step first = step(null, quiz, q, c.tier(), 1);
    return Optional.of(new Step(null, quiz, first.shown(), first.tier(), 1, due.size()));
  }

  /** Grades and stores the answer to a due review card. */
  public StudyAnswer answerReview(
      String learnerId, String quizId, String questionId, String given) {
    StudyDao.CardRow card =
        jdbi.withHandle(h -> dao.card(h, learnerId, quizId == null ? "" : quizId, questionId))
            .filter(c -> c.card().dueOn(today()))
            .orElseThrow(() -> Problem.notFound("that card is not due for review"));
    Optional<StudyAnswer> pending = pendingReview(learnerId, card.quizId(), card.questionId());
    if (pending.isPresent()) {
      return pending.get(); // answered already, in another tab or by a second click
    }
    Quiz quiz =
        catalog
            .findPublished(card.quizId())
            .orElseThrow(() -> Problem.notFound("that quiz is not published now"));
    Question q = question(quiz, questionId);
    Step step = step(null, quiz, q, card.tier(), 0);
    StudyAnswer a = graded(learnerId, null, quiz, step, given);
    jdbi.useTransaction(
        h -> {
          dao.insertAnswer(h, a);
          scheduleIfUncitable(h, a, step.shown());
        });
    return a;
  }

  /**
   * The review answer to a due card that still awaits its citation: the card moves on only when the
   * learner has cited, so until then the review shows that answer instead of asking again.
   */
  public Optional<StudyAnswer> pendingReview(String learnerId, String quizId, String questionId) {
    return jdbi.withHandle(h -> dao.pendingReview(h, learnerId, quizId, questionId));
  }

  public Answered answered(String learnerId, String answerId) {
    return jdbi.withHandle(
        h -> {
          StudyAnswer a =
              dao.answer(h, learnerId, answerId)
                  .orElseThrow(() -> Problem.notFound("there is no such answer"));
          Question q = questions.version(h, a.versionId()).orElseThrow();
          Quiz quiz = catalog.find(a.quizId()).orElseThrow();
          return new Answered(a, q, quiz);
        });
  }

  /**
   * Grades the learner's citation and schedules the question for review: a miss, or a right answer
   * without the evidence found, becomes a card; a card already there moves on by SM-2. Citing twice
   * changes nothing. {@code sentence} is the index of a sentence of the article; otherwise {@code
   * start}/{@code end} is a selection; with neither, the learner couldn't find it.
   */
  public Answered cite(
      String learnerId, String answerId, Integer sentence, Integer start, Integer end) {
    Answered a = answered(learnerId, answerId);
    if (!a.awaitsCitation()) {
      return a;
    }
    String body = a.quiz().article().body();
    int[] span = span(body, sentence, start, end);
    var evidence = a.question().evidence();
    boolean found =
        span != null
            && (sentence != null
                    ? EvidenceCitation.gradeSentence(
                        evidence.start(), evidence.end(), span[0], span[1])
                    : EvidenceCitation.grade(evidence.start(), evidence.end(), span[0], span[1]))
                .found();
    try {
      jdbi.useTransaction(
          h -> {
            Integer s = span == null ? null : span[0];
            Integer e = span == null ? null : span[1];
            if (dao.cite(h, answerId, s, e, found, clock.instant())) {
              schedule(h, a.answer(), outcome(a.answer().correct(), found));
            }
          });
    } catch (RuntimeException e) {
      if (!UniqueViolation.is(e)) {
        throw e;
      }
      return cite(learnerId, answerId, sentence, start, end); // a card was made meanwhile
    }
    return answered(learnerId, answerId);
  }

  public Optional<StudyDao.CardRow> card(String learnerId, String quizId, String questionId) {
    return jdbi.withHandle(h -> dao.card(h, learnerId, quizId, questionId));
  }

  public List<StudyDao.PracticeRow> practices(String learnerId) {
    return jdbi.withHandle(h -> dao.practices(h, learnerId, 20));
  }

  public Progress.Report progress(String learnerId) {
    return jdbi.withHandle(
        h -> {
          List<Progress.Fact> facts =
              dao.facts(h, learnerId).stream()
                  .map(
                      f ->
                          new Progress.Fact(
                              dayOf(f.answeredAt()), f.skill(), f.correct(), f.found()))
                  .toList();
          List<LocalDate> due = dao.cards(h, learnerId).stream().map(c -> c.card().due()).toList();
          return Progress.of(
              facts,
              due,
              today(),
              Arrays.stream(ReadingSkill.values()).map(ReadingSkill::wireName).toList());
        });
  }

  private Step step(Practice p, Quiz quiz, Question q, Tier tier, int number) {
    Tiers.Shown shown = tiers.show(q, tier, quiz.questions());
    return new Step(p, quiz, shown.question(), shown.tier(), number, quiz.questions().size());
  }

  private StudyAnswer graded(
      String learnerId, String practiceId, Quiz quiz, Step step, String given) {
    String text = given == null ? "" : given.strip();
    if (text.isEmpty()) {
      throw Problem.invalid("please give an answer first");
    }
    if (text.length() > MAX_ANSWER) {
      throw Problem.invalid("an answer can be at most " + MAX_ANSWER + " characters");
    }
    Question shown = step.shown();
    boolean correct;
    try {
      correct = grader.grade(shown, text);
    } catch (Grader.UnreadableAnswer e) {
      throw Problem.invalid(e.getMessage());
    }
    return new StudyAnswer(
        UUID.randomUUID().toString(),
        learnerId,
        practiceId,
        quiz.id(),
        shown.id(),
        shown.versionId(),
        step.tier(),
        shown.type().wireName(),
        skillOf(shown).wireName(),
        text,
        correct,
        clock.instant(),
        null,
        null,
        null);
  }

  /** A question with no evidence to cite is scheduled on its answer alone. */
  private void scheduleIfUncitable(Handle h, StudyAnswer a, Question q) {
    if (q.evidence().end() <= q.evidence().start()) {
      schedule(h, a, a.correct() ? Review.Outcome.RIGHT_WITH_EVIDENCE : Review.Outcome.MISSED);
    }
  }

  private void schedule(Handle h, StudyAnswer a, Review.Outcome outcome) {
    LocalDate today = today();
    Optional<StudyDao.CardRow> existing = dao.card(h, a.learnerId(), a.quizId(), a.questionId());
    if (existing.isPresent()) {
      StudyDao.CardRow c = existing.get();
      var next = Review.next(c.card(), outcome, today);
      dao.saveCard(
          h,
          a.learnerId(),
          new StudyDao.CardRow(c.quizId(), c.questionId(), c.tier(), next),
          true,
          clock.instant());
    } else if (outcome != Review.Outcome.RIGHT_WITH_EVIDENCE) {
      var next = Review.next(Review.Card.fresh(today), outcome, today);
      dao.saveCard(
          h,
          a.learnerId(),
          new StudyDao.CardRow(a.quizId(), a.questionId(), a.tier(), next),
          false,
          clock.instant());
    }
  }

  static Review.Outcome outcome(boolean correct, boolean found) {
    if (!correct) {
      return Review.Outcome.MISSED;
    }
    return found ? Review.Outcome.RIGHT_WITH_EVIDENCE : Review.Outcome.RIGHT_WITHOUT_EVIDENCE;
  }

  /** The cited span: a sentence, or a selection inside the article; null for "couldn't find it". */
  private static int[] span(String body, Integer sentence, Integer start, Integer end) {
    if (sentence != null) {
      List<Sentences.Span> all = Sentences.of(body);
      if (sentence < 0 || sentence >= all.size()) {
        throw Problem.invalid("the article has no such sentence");
      }
      return new int[] {all.get(sentence).start(), all.get(sentence).end()};
    }
    if (start != null || end != null) {
      if (start == null || end == null || start < 0 || end > body.length() || start >= end) {
        throw Problem.invalid("the selection is not part of the article");
      }
      return new int[] {start, end};
    }
    return null;
  }

  /** The quiz was unpublished or the question removed between two reads. */
  private static Problem justChanged() {
    return Problem.conflict("that quiz changed a moment ago; please try again");
  }

  private static Question question(Quiz quiz, String questionId) {
    return quiz.question(questionId == null ? "" : questionId)
        .orElseThrow(() -> Problem.invalid("this quiz has no such question"));
  }
}
