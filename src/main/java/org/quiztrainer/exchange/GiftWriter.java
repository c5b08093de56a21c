package org.quiztrainer.exchange;

import org.quiztrainer.quiz.Question;
import org.quiztrainer.quiz.QuestionType;

/**
 * Writes Moodle's GIFT format (docs.moodle.org/en/GIFT_format). The article goes first as a
 * description item, so a Moodle quiz shows it too. Evidence offsets ride in {@code // qt-}
 * comments, which Moodle ignores and {@link GiftReader} reads back.
 */
final class GiftWriter {
  private GiftWriter() {}

  static String write(QuizFile quiz) {
    StringBuilder out = new StringBuilder();
    out.append("// ").append(oneLine(quiz.title())).append('\n');
    out.append("// Exported from Quiz Trainer in Moodle's GIFT format.\n");
    out.append("$CATEGORY: ").append(oneLine(quiz.title())).append("\n\n");
    if (!quiz.articleText().isEmpty()) {
      if (quiz.source() != null) {
        out.append("// qt-source: ").append(oneLine(quiz.source())).append('\n');
      }
      out.append("::")
          .append(escape(quiz.articleTitle()))
          .append("::")
          .append(escape(quiz.articleText()))
          .append("\n\n");
    }
    for (Question q : quiz.questions()) {
      if (!q.evidence().text().isEmpty()) {
        out.append("// qt-evidence: ")
            .append(q.evidence().start())
            .append(' ')
            .append(q.evidence().end())
            .append('\n');
      }
      out.append("::").append(escape(q.id())).append("::").append(escape(q.prompt())).append(" {");
      switch (q.type()) {
        case TRUE_FALSE -> out.append(q.answer().equals("true") ? "TRUE" : "FALSE");
        case MULTIPLE_CHOICE -> {
          for (String c : q.choices()) {
            out.append("\n\t").append(c.equals(q.answer()) ? '=' : '~').append(escape(c));
          }
        }
        case SHORT_ANSWER -> {
          out.append("\n\t=").append(escape(q.answer()));
          for (String a : q.acceptedAnswers()) {
            out.append("\n\t=").append(escape(a));
          }
        }
        case NUMERIC ->
            out.append('#').append(number(q.answer())).append(':').append(number(q.tolerance()));
      }
      if (!q.explanation().isEmpty()) {
        out.append("\n\t####").append(escape(q.explanation()));
      }
      // no blank line may fall inside a question: GIFT ends a question at a blank line
      boolean listed =
          q.type() == QuestionType.MULTIPLE_CHOICE || q.type() == QuestionType.SHORT_ANSWER;
      out.append(listed ? "\n}" : "}");
      out.append("\n\n");
    }
    return out.toString();
  }

  /** GIFT's special characters get a backslash, and a newline is written as \n. */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n') {
        b.append("\\n");
      } else if (c == '\r') {
        continue;
      } else {
        if ("~=#{}:\\".indexOf(c) >= 0) {
          b.append('\\');
        }
        b.append(c);
      }
    }
    return b.toString();
  }

  private static String number(String answer) {
    return answer.replace(",", "").strip();
  }

  private static String number(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
