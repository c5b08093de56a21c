package org.quiztrainer.bank;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.quiztrainer.grading.NumberParser;
import org.quiztrainer.grading.TextNormalizer;
import org.quiztrainer.quiz.Evidence;
import org.quiztrainer.quiz.Question;
import org.quiztrainer.quiz.QuestionType;

/**
 * Reads and checks one question in the bank's format, from a bank file, an imported JSON file or a
 * teacher's edit; a problem is a {@link BankException} that says where and what.
 */
public final class QuestionReader {
  static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
  private static final Set<String> FIELDS =
      Set.of(
          "id",
          "type",
          "prompt",
          "choices",
          "answer",
          "acceptedAnswers",
          "tolerance",
          "explanation",
          "evidence");
  private static final List<String> TRUE_FALSE = List.of("true", "false");

  private QuestionReader() {}

  public static Question read(JsonNode node, String where, String body) {
    return read(node, where, body, true);
  }

  /**
   * As {@link #read(JsonNode, String, String)}; without {@code evidenceRequired} a question may
   * come without evidence or explanation, as one imported from a format that has none.
   */
  public static Question read(JsonNode node, String where, String body, boolean evidenceRequired) {
    Fields q = new Fields(node, where);
    String id = q.text("id", 64);
    if (!ID.matcher(id).matches()) {
      throw q.fail("'id' must be lower-case letters, digits, '-' or '_' (got '" + id + "')");
    }
    q = new Fields(node, where + " (id '" + id + "')");
    q.allowOnly(FIELDS);
    String typeName = q.text("type", 20);
    QuestionType type =
        QuestionType.fromWireName(typeName)
            .orElseThrow(
                () ->
                    new BankException(
                        where
                            + ": unknown type '"
                            + typeName
                            + "' (use multiple_choice, true_false, short_answer or numeric)"));
    String prompt = q.text("prompt", 2000);
    String explanation =
        evidenceRequired ? q.text("explanation", 4000) : q.optionalText("explanation", 4000, "");
    Evidence evidence = EvidenceLocator.locate(q, body, evidenceRequired);
    return switch (type) {
      case MULTIPLE_CHOICE -> multipleChoice(q, id, prompt, explanation, evidence);
      case TRUE_FALSE -> trueFalse(q, id, prompt, explanation, evidence);
      case SHORT_ANSWER ->
          new Question(
              id,
              type,
              prompt,
              List.of(),
              q.text("answer", 2000),
              q.texts("acceptedAnswers", 2000),
              0,
              explanation,
              evidence,
              0);
      case NUMERIC -> numeric(q, id, prompt, explanation, evidence);
    };
  }

  private static Question multipleChoice(
      Fields q, String id, String prompt, String explanation, Evidence evidence) {
    List<String> choices = q.texts("choices", 500);
    if (choices.size() < 2) {
      throw q.fail("a multiple_choice question needs at least two 'choices'");
    }
    Set<String> seen = new HashSet<>();
    for (String c : choices) {
      if (!seen.add(TextNormalizer.normalize(c))) {
        throw q.fail("the choice '" + c + "' appears twice");
      }
    }
    String answer = q.text("answer", 500);
    if (!choices.contains(answer)) {
      throw q.fail("'answer' must be exactly one of the 'choices'");
    }
    return new Question(
        id,
        QuestionType.MULTIPLE_CHOICE,
        prompt,
        choices,
        answer,
        List.of(),
        0,
        explanation,
        evidence,
        0);
  }

  private static Question trueFalse(
      Fields q, String id, String prompt, String explanation, Evidence evidence) {
    String answer = q.text("answer", 10).toLowerCase(java.util.Locale.ROOT);
    if (!TRUE_FALSE.contains(answer)) {
      throw q.fail("a true_false question's 'answer' must be true or false");
    }
    return new Question(
        id,
        QuestionType.TRUE_FALSE,
        prompt,
        TRUE_FALSE,
        answer,
        List.of(),
        0,
        explanation,
        evidence,
        0);
  }

  private static Question numeric(
      Fields q, String id, String prompt, String explanation, Evidence evidence) {
    String answer = q.text("answer", 100);
    if (NumberParser.firstNumber(answer).isEmpty()) {
      throw q.fail("a numeric question's 'answer' must be a number, such as 10,000");
    }
    double tolerance = 0;
    if (q.has("tolerance")) {
      JsonNode t = q.node("tolerance");
      if (!t.isNumber() || t.asDouble() < 0) {
        throw q.fail("'tolerance' must be a number of at least 0");
      }
      tolerance = t.asDouble();
    }
    return new Question(
        id,
        QuestionType.NUMERIC,
        prompt,
        List.of(),
        answer,
        q.texts("acceptedAnswers", 100),
        tolerance,
        explanation,
        evidence,
        0);
  }
}
