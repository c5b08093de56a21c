package org.quiztrainer.generate;

import java.util.ArrayList;
import java.util.List;

/** Quotations between curly or straight double quotes, of at least two words. */
final class Quotes {
  private Quotes() {}

  static List<Mention> find(Sentence s) {
    List<Mention> out = new ArrayList<>();
    List<Token> t = s.tokens();
    int open = -1;
    for (int i = 0; i < t.size(); i++) {
      String x = t.get(i).text();
      boolean straight = x.equals("\"");
      if (open < 0 && (x.equals("“") || straight)) {
        open = i;
      } else if (open >= 0 && (x.equals("”") || straight)) {
        int from = open + 1;
        int to = i;
        while (to > from && t.get(to - 1).is("PUNCT")) {
          to--;
        }
        if (to - from >= 2) {
          String text = s.span(from, to);
          out.add(new Mention(from, to, Skill.QUOTE, text, text));
        }
        open = -1;
      }
    }
    return out;
  }
}
