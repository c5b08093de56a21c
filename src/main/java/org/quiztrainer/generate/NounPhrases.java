package org.quiztrainer.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain noun phrases ("a former economist", "air defence missile systems", "the idea of a new Cold
 * War"), for vocabulary and description questions. A phrase may run on through one "of".
 */
final class NounPhrases {
  private static final int MAX = 8;

  private NounPhrases() {}

  static List<Mention> find(Sentence s) {
    List<Mention> out = new ArrayList<>();
    List<Token> t = s.tokens();
    int i = 0;
    while (i < t.size()) {
      if (!startsPhrase(t, i)) {
        i++;
        continue;
      }
      int end = core(t, i);
      if (end > i && end < t.size() - 1 && t.get(end).lower().equals("of")) {
        int next = t.get(end + 1).is("DET") ? end + 2 : end + 1;
        int ofEnd = next < t.size() && startsPhrase(t, next) ? core(t, next) : -1;
        if (ofEnd > next && ofEnd - i <= MAX) {
          end = ofEnd;
        }
      }
      if (end > i && end - i <= MAX) {
        int from =
            i > 0 && t.get(i - 1).is("DET") && t.get(i - 1).lower().matches("a|an") ? i - 1 : i;
        out.add(new Mention(from, end, Skill.VOCABULARY, s.span(from, end), s.span(i, end)));
        i = end;
      } else {
        i++;
      }
    }
    return out;
  }

  private static boolean startsPhrase(List<Token> t, int i) {
    return t.get(i).is("ADJ", "NOUN") && !(i > 0 && t.get(i).isCapitalized());
  }

  /** The end of a run of adjectives and nouns, trimmed back to its last noun. */
  private static int core(List<Token> t, int i) {
    int j = i;
    while (j < t.size()
        && t.get(j).is("ADJ", "NOUN", "PROPN")
        && (j == i || !t.get(j).is("PROPN") || t.get(j - 1).is("PROPN", "ADJ"))) {
      j++;
    }
    while (j > i && !t.get(j - 1).is("NOUN", "PROPN")) {
      j--;
    }
    return j;
  }
}
