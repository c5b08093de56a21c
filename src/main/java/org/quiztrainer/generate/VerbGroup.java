package org.quiztrainer.generate;

import java.util.Optional;
import java.util.Set;

/**
 * The verb after a sentence's subject, split for a question: "has sent" gives auxiliary "has" and
 * main verb "sent"; "replaced" gives "did" and "replace"; "visits" gives "does" and "visit".
 */
record VerbGroup(String auxiliary, String main, int next) {
  private static final Set<String> AUXILIARIES =
      Set.of(
          "has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could", "may",
          "might", "should", "must");

  private static final Set<String> IRREGULAR_PAST =
      Set.of(
          "sent", "met", "said", "went", "came", "made", "took", "gave", "told", "found", "left",
          "led", "won", "lost", "held", "began", "became", "brought", "built", "bought", "fought",
          "saw", "spent", "paid", "wrote", "ran", "struck", "chose", "flew", "grew", "knew",
          "sold");

  static Optional<VerbGroup> at(Sentence s, int i, LanguageModels models) {
    if (i >= s.tokens().size()) {
      return Optional.empty();
    }
    Token first = s.tokens().get(i);
    if (AUXILIARIES.contains(first.lower())) {
      int j = i + 1;
      while (j < s.tokens().size() && s.tokens().get(j).is("ADV")) {
        j++;
      }
      if (j < s.tokens().size() && s.tokens().get(j).is("VERB")) {
        return Optional.of(new VerbGroup(first.lower(), s.span(i + 1, j + 1), j + 1));
      }
      return Optional.empty();
    }
    if (!first.is("VERB")) {
      return Optional.empty();
    }
    String word = first.lower();
    String lemma = models.lemma(first.text(), first.tag());
    boolean present = word.equals(lemma + "s") || word.equals(lemma + "es");
    boolean past = word.endsWith("ed") || IRREGULAR_PAST.contains(word);
    if (lemma.equals(word) || !(present || past)) {
      return Optional.empty(); // no tense we can move to "did" or "does"
    }
    return Optional.of(new VerbGroup(present ? "does" : "did", lemma, i + 1));
  }
}
