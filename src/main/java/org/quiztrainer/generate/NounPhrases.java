package org.quiztrainer.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain noun phrases ("a former economist", "air defence missile systems"), for vocabulary
 * questions.
 */
final class NounPhrases {
  private static final int MAX = 5;

  private NounPhrases() {}

  static List<Mention> find(Sentence s) {
    List<Mention> out = new ArrayList<>();
    List<Token> t = s.tokens();
    int i = 0;
    while (i < t.size()) {
      if (!t.get(i).is("ADJ", "NOUN") || t.get(i).isCapitalized() && i > 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < t.size() && t.get(j).is("ADJ", "NOUN") && !(j > i && t.get(j).isCapitalized())) {
        j++;
      }
      int end = j;
      while (end > i && !t.get(end - 1).is("NOUN")) {
        end--;
      }
      if (end > i && end - i <= MAX) {
        int from =
            i > 0 && t.get(i - 1).is("DET") && t.get(i - 1).lower().matches("a|an") ? i - 1 : i;
        String text = s.span(from, end);
        out.add(new Mention(from, end, Skill.VOCABULARY, text, s.span(i, end)));
      }
      i = Math.max(j, i + 1);
    }
    return out;
  }
}
