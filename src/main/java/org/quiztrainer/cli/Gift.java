package org.quiztrainer.cli;

import java.util.List;
import org.quiztrainer.generate.GeneratedQuestion;

/** Writes questions in Moodle's GIFT format, escaping its special characters ~ = # { } :. */
final class Gift {
  private Gift() {}

  static String write(List<GeneratedQuestion> questions) {
    StringBuilder out = new StringBuilder();
    int n = 0;
    for (GeneratedQuestion q : questions) {
      out.append("::Q").append(++n).append("::").append(escape(q.prompt())).append(" {");
      switch (q.type()) {
        case TRUE_FALSE -> out.append(q.answer().equals("true") ? "TRUE" : "FALSE");
        case MULTIPLE_CHOICE -> {
          for (String c : q.choices()) {
            out.append(c.equals(q.answer()) ? " =" : " ~").append(escape(c));
          }
          out.append(' ');
        }
        case NUMERIC -> out.append("#").append(q.answer().replace(",", ""));
        case SHORT_ANSWER -> {
          out.append(" =").append(escape(q.answer()));
          for (String a : q.acceptedAnswers()) {
            out.append(" =").append(escape(a));
          }
          out.append(' ');
        }
      }
      out.append("}\n\n");
    }
    return out.toString();
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      if ("~=#{}:\\".indexOf(c) >= 0) {
        b.append('\\');
      }
      b.append(c == '\n' ? ' ' : c);
    }
    return b.toString();
  }
}
