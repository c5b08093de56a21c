package org.quiztrainer.cli;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dev-data measure (shared/dev-data/README.md): a human question is covered when the answer of
 * one of the generator's best 2 questions per sentence matches a human answer with token F1 of at
 * least 0.5, after SQuAD-style normalisation.
 */
public final class AnswerCoverage {
  private AnswerCoverage() {}

  public static boolean covered(List<String> humanAnswers, List<String> generatedAnswers) {
    for (String human : humanAnswers) {
      for (String mine : generatedAnswers) {
        if (f1(tokens(human), tokens(mine)) >= 0.5) {
          return true;
        }
      }
    }
    return false;
  }

  /** True when one generated answer matches one of the human answers. */
  public static boolean matches(List<String> humanAnswers, String generated) {
    return covered(humanAnswers, List.of(generated));
  }

  static List<String> tokens(String text) {
    String s =
        Normalizer.normalize(text, Normalizer.Form.NFKC)
            .toLowerCase(Locale.ROOT)
            .replace('’', '\'');
    s = s.replaceAll("(?<=\\d),(?=\\d)", "");
    s = s.replaceAll("[\\p{Punct}\\p{IsPunctuation}]", " ");
    return Arrays.stream(s.trim().split("\\s+"))
        .filter(w -> !w.isEmpty() && !w.matches("a|an|the"))
        .toList();
  }

  static double f1(List<String> gold, List<String> predicted) {
    if (gold.isEmpty() || predicted.isEmpty()) {
      return 0;
    }
    Map<String, Integer> counts = new HashMap<>();
    gold.forEach(w -> counts.merge(w, 1, Integer::sum));
    int common = 0;
    for (String w : predicted) {
      Integer c = counts.get(w);
      if (c != null && c > 0) {
        common++;
        counts.put(w, c - 1);
      }
    }
    if (common == 0) {
      return 0;
    }
    double precision = (double) common / predicted.size();
    double recall = (double) common / gold.size();
    return 2 * precision * recall / (precision + recall);
  }
}
