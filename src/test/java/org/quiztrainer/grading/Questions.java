package org.quiztrainer.grading;

import java.util.List;
import org.quiztrainer.quiz.Evidence;
import org.quiztrainer.quiz.Question;
import org.quiztrainer.quiz.QuestionType;

/** Small question builders for grading tests. */
final class Questions {
  private static final Evidence EVIDENCE = new Evidence(0, 4, "text");

  private Questions() {}

  static Question shortAnswer(String answer, String... accepted) {
    return new Question(
        "q",
        QuestionType.SHORT_ANSWER,
        "?",
        List.of(),
        answer,
        List.of(accepted),
        0,
        "",
        EVIDENCE,
        1);
  }

  static Question numeric(String answer, double tolerance) {
    return new Question(
        "q", QuestionType.NUMERIC, "?", List.of(), answer, List.of(), tolerance, "", EVIDENCE, 1);
  }

  static Question multipleChoice(String answer, String... choices) {
    return new Question(
        "q",
        QuestionType.MULTIPLE_CHOICE,
        "?",
        List.of(choices),
        answer,
        List.of(),
        0,
        "",
        EVIDENCE,
        1);
  }

  static Question trueFalse(boolean answer) {
    return new Question(
        "q",
        QuestionType.TRUE_FALSE,
        "?",
        List.of("true", "false"),
        String.valueOf(answer),
        List.of(),
        0,
        "",
        EVIDENCE,
        1);
  }
}
