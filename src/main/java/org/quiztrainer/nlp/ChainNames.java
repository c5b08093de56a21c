package org.quiztrainer.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The name each mention of one coreference chain refers to. Statistical coreference sometimes joins
 * two people who share a surname ("Tesla" and his father "Milutin Tesla"); giving every mention the
 * chain's longest name would then put the father's name into questions about the son. News
 * introduces a person by full name before shortening it, so a mention gets only a name that fits it
 * and that the article has given at or before it:
 *
 * <ul>
 *   <li>a proper mention: the longest compatible name among the chain's proper mentions up to it (a
 *       person's name is compatible when the surname is the same and the other words match,
 *       allowing a misspelling: "Vladmir Putin" is "Vladimir Putin"; another name when it holds the
 *       mention's words: "the North" in "North Korea");
 *   <li>a pronoun or a description: the name of the nearest proper mention before it, or, when the
 *       chain names nobody before it ("Speaking to reporters, he …"), of the first one after.
 * </ul>
 */
final class ChainNames {
  /** A mention in textual order: {@code name} is the named entity of a proper mention. */
  record Mention(boolean proper, Optional<Entity> name) {}

  private ChainNames() {}

  /** For each mention, in the same order, the entity whose text names it, if any. */
  static List<Optional<Entity>> of(List<Mention> mentions) {
    List<Optional<Entity>> out = new ArrayList<>();
    List<Entity> named = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.proper() && m.name().isPresent()) {
        Entity own = m.name().get();
        named.add(own);
        Entity best = own;
        for (Entity e : named) {
          if (e.text().length() > best.text().length() && compatible(own, e)) {
            best = e;
          }
        }
        out.add(Optional.of(best));
      } else {
        out.add(Optional.empty());
      }
    }
    // Pronouns and descriptions: the nearest proper mention before, else the first after.
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i).isPresent()) {
        continue;
      }
      Optional<Entity> found = Optional.empty();
      for (int j = i - 1; j >= 0 && found.isEmpty(); j--) {
        found = properName(mentions, out, j);
      }
      for (int j = i + 1; j < out.size() && found.isEmpty(); j++) {
        found = properName(mentions, out, j);
      }
      out.set(i, found);
    }
    return out;
  }

  private static Optional<Entity> properName(
      List<Mention> mentions, List<Optional<Entity>> names, int j) {
    return mentions.get(j).proper() && mentions.get(j).name().isPresent()
        ? names.get(j)
        : Optional.empty();
  }

  /** True if {@code longer} can be the full name of what {@code mention} names. */
  static boolean compatible(Entity mention, Entity longer) {
    List<String> m = words(mention.text());
    List<String> l = words(longer.text());
    if (m.isEmpty() || l.isEmpty()) {
      return false;
    }
    if (mention.type().equals("PERSON") || longer.type().equals("PERSON")) {
      String family = PersonNames.family(longer.text()).toLowerCase(Locale.ROOT);
      String own = PersonNames.family(mention.text()).toLowerCase(Locale.ROOT);
      if (!own.equals(family)) {
        return false; // "Nikola" is not "Milutin Tesla"; "Kim" is "Kim Jong-un"
      }
      for (String w : m) {
        if (w.equals(family)) {
          continue;
        }
        if (l.stream().noneMatch(x -> x.equals(w) || nearly(x, w))) {
          return false; // "Milutin Tesla" is not "Nikola Tesla"
        }
      }
      return true;
    }
    return l.containsAll(m);
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty() && !w.equals("the")) {
        out.add(w);
      }
    }
    return out;
  }

  /** One letter added, dropped or changed, in words long enough to misspell ("Vladmir"). */
  static boolean nearly(String a, String b) {
    if (Math.min(a.length(), b.length()) < 5 || Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    int j = a.length() - 1;
    int k = b.length() - 1;
    while (j >= i && k >= i && a.charAt(j) == b.charAt(k)) {
      j--;
      k--;
    }
    return j - i < 1 && k - i < 1;
  }
}
