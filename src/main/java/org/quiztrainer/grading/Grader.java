package org.quiztrainer.grading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.quiztrainer.quiz.Question;

/**
 * Decides whether a student's answer is right. Lenient where a person would be: short answers
 * ignore case, punctuation, articles and small typos; numbers may be written in digits or words.
 */
public final class Grader {

  /** Thrown when an answer cannot even be read for this type of question. */
  public static final class UnreadableAnswer extends RuntimeException {
    public UnreadableAnswer(String message) {
      super(message);
    }
  }

  public boolean grade(Question question, String given) {
    return switch (question.type()) {
      case MULTIPLE_CHOICE -> matchingChoice(question, given).equals(question.answer());
      case TRUE_FALSE -> readBoolean(given) == Boolean.parseBoolean(question.answer());
      case SHORT_ANSWER -> shortAnswerMatches(question, given);
      case NUMERIC -> numberMatches(question, given);
    };
  }

  /** The choice a student meant, or {@link UnreadableAnswer} if the text names none of them. */
  public String matchingChoice(Question question, String given) {
    String wanted = TextNormalizer.normalize(given);
    return question.choices().stream()
        .filter(c -> TextNormalizer.normalize(c).equals(wanted))
        .findFirst()
        .orElseThrow(() -> new UnreadableAnswer("answer must be one of the choices"));
  }

  static boolean readBoolean(String given) {
    String s = TextNormalizer.normalize(given).toLowerCase(Locale.ROOT);
    return switch (s) {
      case "true", "t", "yes" -> true;
      case "false", "f", "no" -> false;
      default -> throw new UnreadableAnswer("answer must be \"true\" or \"false\"");
    };
  }

  private static boolean shortAnswerMatches(Question question, String given) {
    List<String> expected = new ArrayList<>(question.acceptedAnswers());
    expected.add(0, question.answer());
    List<String> givenWords = TextNormalizer.words(given);
    return expected.stream().anyMatch(e -> Typos.sameWords(TextNormalizer.words(e), givenWords));
  }

  /** True if two lists of normalized words are the same up to small typos. */
  public static boolean sameWords(List<String> expected, List<String> given) {
    return Typos.sameWords(expected, given);
  }

  private static boolean numberMatches(Question question, String given) {
    Optional<BigDecimal> value = NumberParser.firstNumber(given);
    Optional<BigDecimal> expected = NumberParser.firstNumber(question.answer());
    if (value.isEmpty() || expected.isEmpty()) {
      return false;
    }
    BigDecimal difference = value.get().subtract(expected.get()).abs();
    return difference.compareTo(BigDecimal.valueOf(question.tolerance())) <= 0;
  }
}
