package org.quiztrainer.study;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.quiztrainer.generate.ReadingSkill;
import org.quiztrainer.grading.Grader;
import org.quiztrainer.grading.NumberParser;
import org.quiztrainer.grading.TextNormalizer;
import org.quiztrainer.quiz.Question;
import org.quiztrainer.quiz.QuestionType;
import org.quiztrainer.study.Staircase.Tier;

/**
 * One article's questions at three difficulties. Each question is shown at a tier by rewriting it,
 * with wrong answers drawn from the answers of the article's other questions:
 *
 * <ul>
 *   <li><b>easy</b>: multiple choice whose wrong answers are of another kind (a number or a place
 *       offered against a person), so the reader only has to know what kind of thing is asked;
 *   <li><b>medium</b>: multiple choice whose wrong answers are of the same kind (other people the
 *       article names, nearby numbers), the author's own choices, and true/false statements;
 *   <li><b>hard</b>: the answer typed, no choices: short answer, cloze and numeric questions, and
 *       multiple-choice questions whose answer is short enough to type.
 * </ul>
 *
 * A question with no form at a tier (a true/false statement has no easy or hard form) is shown at
 * the nearest tier it has. The rewritten question keeps its id, version, evidence and explanation,
 * so it is graded and recorded like the original.
 */
public final class Tiers {
  /** Longest answer a learner is asked to type from memory. */
  static final int MAX_TYPED_WORDS = 5;

  /** Fewest wrong answers a rewritten multiple-choice question is given. */
  static final int MIN_DISTRACTORS = 2;

  static final int MAX_DISTRACTORS = 3;

  private static final Grader GRADER = new Grader();

  private final Function<Question, ReadingSkill> skillOf;

  public Tiers(Function<Question, ReadingSkill> skillOf) {
    this.skillOf = skillOf;
  }

  /** A question as shown, and the tier it is shown at. */
  public record Shown(Tier tier, Question question) {}

  /** The question at the tier asked for, or at the nearest tier it has a form at. */
  public Shown show(Question q, Tier tier, List<Question> quiz) {
    for (Tier t : byDistance(tier)) {
      Optional<Question> form = at(q, t, quiz);
      if (form.isPresent()) {
        return new Shown(t, form.get());
      }
    }
    return new Shown(tier, q);
  }

  /** The question's form at exactly this tier, if it has one. */
  public Optional<Question> at(Question q, Tier tier, List<Question> quiz) {
    return switch (tier) {
      case HARD -> typed(q);
      case MEDIUM ->
          q.type().hasChoices()
              ? Optional.of(q)
              : withChoices(q, sameKind(q, quiz), quiz.indexOf(q) + 1);
      case EASY ->
          q.type() == QuestionType.TRUE_FALSE
              ? Optional.empty()
              : withChoices(q, otherKind(q, quiz), quiz.indexOf(q) + 7);
    };
  }

  private static List<Tier> byDistance(Tier tier) {
    return switch (tier) {
      case EASY -> List.of(Tier.EASY, Tier.MEDIUM, Tier.HARD);
      case MEDIUM -> List.of(Tier.MEDIUM, Tier.EASY, Tier.HARD);
      case HARD -> List.of(Tier.HARD, Tier.MEDIUM, Tier.EASY);
    };
  }

  private static Optional<Question> typed(Question q) {
    if (q.type() == QuestionType.SHORT_ANSWER || q.type() == QuestionType.NUMERIC) {
      return Optional.of(q);
    }
    if (q.type() == QuestionType.MULTIPLE_CHOICE && words(q.answer()) <= MAX_TYPED_WORDS) {
      return Optional.of(
          new Question(
              q.id(),
              QuestionType.SHORT_ANSWER,
              q.prompt(),
              List.of(),
              q.answer(),
              List.of(),
              0,
              q.explanation(),
              q.evidence(),
              q.versionId()));
    }
    return Optional.empty();
  }

  /** Answers of the same kind: other questions' answers of this skill, and nearby numbers. */
  private List<String> sameKind(Question q, List<Question> quiz) {
    List<String> out = new ArrayList<>(nearbyNumbers(q.answer()));
    ReadingSkill skill = skillOf.apply(q);
    for (Question other : quiz) {
      if (answerable(other) && skillOf.apply(other) == skill) {
        out.add(other.answer());
      }
    }
    return out;
  }

  /** Answers of another kind: clearly not what the question asks for. */
  private List<String> otherKind(Question q, List<Question> quiz) {
    ReadingSkill skill = skillOf.apply(q);
    List<String> out = new ArrayList<>();
    for (Question other : quiz) {
      if (answerable(other)
          && skillOf.apply(other) != skill
          && words(other.answer()) <= MAX_TYPED_WORDS + 3) {
        out.add(other.answer());
      }
    }
    return out;
  }

  private static boolean answerable(Question q) {
    return q.type() != QuestionType.TRUE_FALSE && !q.answer().isBlank();
  }

  /**
   * The question as multiple choice with up to three of the candidates as wrong answers, none of
   * which is an accepted answer; the choices are put in an order fixed by the question, so a page
   * reload shows the same order.
   */
  private static Optional<Question> withChoices(Question q, List<String> candidates, int seed) {
    List<String> accepted = new ArrayList<>(q.acceptedAnswers());
    accepted.add(q.answer());
    List<String> wrong = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    accepted.forEach(a -> seen.add(TextNormalizer.normalize(a)));
    // "Belousov's" names Belousov
    String prompt = " " + TextNormalizer.normalize(q.prompt().replaceAll("['’]s\\b", "")) + " ";
    for (String c : candidates) {
      String key = TextNormalizer.normalize(c);
      if (!key.isEmpty()
          && !seen.contains(key)
          && !prompt.contains(" " + key + " ") // named in the question: no one would pick it
          && wrong.size() < MAX_DISTRACTORS
          && !accepts(q, c)) { // never offer a "wrong" answer the question would accept
        seen.add(key);
        wrong.add(c);
      }
    }
    if (wrong.size() < MIN_DISTRACTORS) {
      return Optional.empty();
    }
    List<String> choices = new ArrayList<>(wrong);
    choices.add(Math.floorMod(seed * 31 + q.id().hashCode(), choices.size() + 1), q.answer());
    return Optional.of(
        new Question(
            q.id(),
            QuestionType.MULTIPLE_CHOICE,
            q.prompt(),
            choices,
            q.answer(),
            List.of(),
            0,
            q.explanation(),
            q.evidence(),
            q.versionId()));
  }

  private static boolean accepts(Question q, String candidate) {
    Question typed =
        q.type() == QuestionType.NUMERIC
            ? q
            : new Question(
                q.id(),
                QuestionType.SHORT_ANSWER,
                q.prompt(),
                List.of(),
                q.answer(),
                q.acceptedAnswers(),
                0,
                q.explanation(),
                q.evidence(),
                q.versionId());
    try {
      return GRADER.grade(typed, candidate);
    } catch (Grader.UnreadableAnswer notEvenANumber) {
      return false;
    }
  }

  /** For a number answer, numbers a careless reader might pick: a year off, a fifth off, double. */
  static List<String> nearbyNumbers(String answer) {
    String a = answer.strip();
    if (!a.matches("[\\d,.]+")) {
      return List.of();
    }
    Optional<BigDecimal> parsed = NumberParser.firstNumber(a);
    if (parsed.isEmpty() || parsed.get().signum() <= 0) {
      return List.of();
    }
    long n = parsed.get().longValue();
    long[] variants =
        a.matches("(1[5-9]|20)\\d\\d")
            ? new long[] {n - 1, n + 1, n - 2}
            : n < 10 ? new long[] {n + 1, n + 2, n + 3} : new long[] {n * 4 / 5, n * 2, n / 2};
    List<String> out = new ArrayList<>();
    for (long v : variants) {
      String text = a.contains(",") ? String.format(java.util.Locale.US, "%,d", v) : "" + v;
      if (v != n && v > 0 && !out.contains(text)) {
        out.add(text);
      }
    }
    return out;
  }

  private static int words(String text) {
    String s = text.strip();
    return s.isEmpty() ? 0 : s.split("\\s+").length;
  }
}
