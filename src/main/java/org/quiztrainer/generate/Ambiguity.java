package org.quiztrainer.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A question the article answers twice, differently, can't be answered right: a match report says
 * who won the Man of the Match award three times, once a match. Two questions from different
 * sentences that ask nearly the same (four fifths of their words in common, question words and
 * blanks aside) and have different keys are both left out.
 */
final class Ambiguity {
  private static final Set<String> QUESTION_WORDS =
      Set.of(
          "who",
          "whom",
          "what",
          "which",
          "when",
          "where",
          "why",
          "how",
          "many",
          "much",
          "did",
          "does",
          "do",
          "fill",
          "in",
          "the",
          "blank",
          "a",
          "an",
          "of",
          "to",
          "according");

  private static final double SAME = 0.8;

  private Ambiguity() {}

  /** The drafts without those the article answers in two different ways. */
  static List<Draft> answeredOnce(List<Draft> drafts) {
    List<Set<String>> words = new ArrayList<>();
    Map<String, List<Integer>> byWord = new HashMap<>();
    for (int i = 0; i < drafts.size(); i++) {
      Set<String> w = asks(drafts.get(i));
      words.add(w);
      for (String x : w) {
        byWord.computeIfAbsent(x, k -> new ArrayList<>()).add(i);
      }
    }
    Set<Integer> ambiguous = new HashSet<>();
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      if (!asksAPhrase(d) || words.get(i).size() < 2) {
        continue;
      }
      // Only drafts that share the rarest word can ask nearly the same: linear in practice.
      String rarest = null;
      for (String x : words.get(i)) {
        if (rarest == null || byWord.get(x).size() < byWord.get(rarest).size()) {
          rarest = x;
        }
      }
      for (int j : byWord.get(rarest)) {
        Draft e = drafts.get(j);
        if (j != i
            && asksAPhrase(e)
            && e.sentence().index() != d.sentence().index()
            && jaccard(words.get(i), words.get(j)) >= SAME
            && !Distractors.overlaps(d.answer(), e.answer())) {
          ambiguous.add(i);
          ambiguous.add(j);
        }
      }
    }
    List<Draft> out = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      if (!ambiguous.contains(i)) {
        out.add(drafts.get(i));
      }
    }
    return out;
  }

  private static boolean asksAPhrase(Draft d) {
    return d.kind() != Kind.TRUE_FALSE
        && d.kind() != Kind.MAIN_IDEA
        && d.kind() != Kind.VOCABULARY
        && d.kind() != Kind.QUOTE_SPEAKER;
  }

  /** The words of what a draft asks, less question words, its blank and its key. */
  static Set<String> asks(Draft d) {
    Set<String> out = new HashSet<>();
    Set<String> key = new HashSet<>(List.of(Distractors.normalized(d.answer()).split(" ")));
    for (String w : Distractors.NON_WORD.split(d.prompt().toLowerCase(Locale.ROOT))) {
      if (!w.isEmpty() && !QUESTION_WORDS.contains(w) && !key.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    int common = 0;
    for (String x : a) {
      if (b.contains(x)) {
        common++;
      }
    }
    return common / (double) (a.size() + b.size() - common);
  }
}
