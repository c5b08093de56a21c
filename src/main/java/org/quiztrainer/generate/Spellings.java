package org.quiztrainer.generate;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.quiztrainer.nlp.Analysis;
import org.quiztrainer.nlp.Entity;

/**
 * How an article spells its people. Reports misspell names ("Vladmir Putin" beside "Vladimir
 * Putin"); a key or a wrong choice uses the spelling the article uses most, the first one on a tie
 * (a report's first mention is its most careful), and every other spelling of the same name is
 * accepted as an answer, not taught.
 */
final class Spellings {
  private final Map<String, String> preferred = new HashMap<>();
  private final Map<String, Set<String>> bySurname = new HashMap<>();

  Spellings(Analysis analysis) {
    // Spellings of a surname with as many words, in order of first appearance, with their counts.
    Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
    for (Entity e : analysis.entities()) {
      if (e.type().equals("PERSON")) {
        String name = e.text().strip();
        bySurname.computeIfAbsent(surname(name), k -> new LinkedHashSet<>()).add(name);
        counts
            .computeIfAbsent(surname(name) + "/" + words(name), k -> new LinkedHashMap<>())
            .merge(name, 1, Integer::sum);
      }
    }
    for (Map<String, Integer> spellings : counts.values()) {
      String best = null;
      for (Map.Entry<String, Integer> s : spellings.entrySet()) {
        if (best == null || s.getValue() > spellings.get(best)) {
          best = s.getKey();
        }
      }
      for (String s : spellings.keySet()) {
        preferred.put(s, best);
      }
    }
  }

  /** The spelling to show for a person's name. */
  String of(String name) {
    return preferred.getOrDefault(name.strip(), name);
  }

  /** Every spelling the article gives a person of this surname, short or full. */
  List<String> all(String name) {
    return List.copyOf(bySurname.getOrDefault(surname(name), Set.of()));
  }

  private static String surname(String name) {
    return org.quiztrainer.nlp.PersonNames.family(name).toLowerCase(Locale.ROOT);
  }

  private static int words(String name) {
    return name.strip().split(" ").length;
  }
}
