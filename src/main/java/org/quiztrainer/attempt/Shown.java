package org.quiztrainer.attempt;

import java.util.Locale;
import org.quiztrainer.quiz.Question;
import org.quiztrainer.quiz.QuestionType;

/** How an answer reads on a page: true/false questions say "True" and "False". */
final class Shown {
  private Shown() {}

  static String answer(Question q, String answer) {
    if (q.type() != QuestionType.TRUE_FALSE) {
      return answer;
    }
    String lower = answer.toLowerCase(Locale.ROOT);
    return lower.startsWith("t") || lower.startsWith("y") ? "True" : "False";
  }
}
