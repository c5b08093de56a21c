package org.quiztrainer.exchange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.quiztrainer.grading.NumberParser;
import org.quiztrainer.grading.TextNormalizer;
import org.quiztrainer.quiz.Evidence;
import org.quiztrainer.quiz.Question;
import org.quiztrainer.quiz.QuestionType;

/**
 * Collects the questions read from a file, checking each by the rules every quiz question keeps and
 * giving each a unique id. A broken question is an {@link ImportProblem} at its line.
 */
final class Imported {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
  static final String NO_EXPLANATION = "";

  private final List<Question> questions = new ArrayList<>();
  private final Set<String> ids = new HashSet<>();

  /** The fields of one question as a file gives them. */
  record Draft(
      int line,
      String name,
      QuestionType type,
      String prompt,
      List<String> choices,
      String answer,
      List<String> accepted,
      double tolerance,
      String explanation,
      int[] evidence) {}

  void add(Draft d, String articleText) {
    String where = d.name() == null || d.name().isBlank() ? "the question" : "'" + d.name() + "'";
    String prompt = d.prompt() == null ? "" : d.prompt().strip();
    if (prompt.isEmpty()) {
      throw new ImportProblem(d.line(), where + " has no question text");
    }
    if (prompt.length() > 2000) {
      throw new ImportProblem(d.line(), where + " is longer than 2000 characters");
    }
    String answer = d.answer() == null ? "" : d.answer().strip();
    List<String> choices = d.choices().stream().map(String::strip).toList();
    switch (d.type()) {
      case MULTIPLE_CHOICE -> {
        if (choices.size() < 2) {
          throw new ImportProblem(d.line(), where + " needs at least two answers to choose from");
        }
        Set<String> seen = new HashSet<>();
        for (String c : choices) {
          String key = TextNormalizer.normalize(c).isEmpty() ? c : TextNormalizer.normalize(c);
          if (c.isEmpty() || !seen.add(key)) {
            throw new ImportProblem(
                d.line(), where + " has an empty or repeated answer: '" + c + "'");
          }
        }
        if (!choices.contains(answer)) {
          throw new ImportProblem(d.line(), where + " has no right answer (mark one with =)");
        }
      }
      case TRUE_FALSE -> {
        answer = answer.toLowerCase(Locale.ROOT);
        choices = List.of("true", "false");
      }
      case SHORT_ANSWER -> {
        if (answer.isEmpty()) {
          throw new ImportProblem(d.line(), where + " has no right answer");
        }
      }
      case NUMERIC -> {
        if (NumberParser.firstNumber(answer).isEmpty()) {
          throw new ImportProblem(d.line(), where + ": '" + answer + "' is not a number");
        }
      }
    }
    questions.add(
        new Question(
            id(d.name()),
            d.type(),
            prompt,
            d.type().hasChoices() ? choices : List.of(),
            answer,
            d.accepted().stream().map(String::strip).filter(a -> !a.isEmpty()).toList(),
            d.tolerance(),
            d.explanation() == null ? NO_EXPLANATION : d.explanation().strip(),
            evidence(d.evidence(), articleText),
            0));
  }

  List<Question> questions(int line) {
    if (questions.isEmpty()) {
      throw new ImportProblem(line, "the file has no questions");
    }
    return List.copyOf(questions);
  }

  /** The span, if it fits the article; otherwise no evidence, for the teacher to select. */
  private static Evidence evidence(int[] span, String text) {
    if (span != null && span[0] >= 0 && span[0] < span[1] && span[1] <= text.length()) {
      return new Evidence(span[0], span[1], text.substring(span[0], span[1]));
    }
    return new Evidence(0, 0, "");
  }

  /** The question's own name if it makes a good id, else q1, q2, ...; never one used before. */
  private String id(String name) {
    String candidate = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    if (ID.matcher(candidate).matches() && ids.add(candidate)) {
      return candidate;
    }
    for (int n = questions.size() + 1; ; n++) {
      if (ids.add("q" + n)) {
        return "q" + n;
      }
    }
  }
}
