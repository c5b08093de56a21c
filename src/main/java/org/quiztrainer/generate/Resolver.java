package org.quiztrainer.generate;

import edu.stanford.nlp.trees.Tree;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quiztrainer.nlp.Referent;
import org.quiztrainer.nlp.Sentence;
import org.quiztrainer.nlp.Token;

/**
 * Puts names where a clause has pronouns, so that a question makes sense on its own: "he" becomes
 * "Kim Jong-un" and "its troops" "North Korea's troops", as coreference says. A pronoun whose
 * entity the clause itself names first is left alone ("the United States and its allies"). A clause
 * with a pronoun nobody can resolve is not asked about.
 */
final class Resolver {
  private static final Set<String> PERSONAL =
      Set.of("he", "she", "they", "him", "her", "them", "it");
  private static final Set<String> POSSESSIVE = Set.of("his", "her", "its", "their");
  private static final Set<String> DANGLING =
      Set.of(
          "he", "she", "they", "him", "them", "it", "his", "its", "their", "this", "these", "we",
          "us", "our", "i", "me", "my", "you", "your");

  private final Mentions mentions;

  Resolver(Mentions mentions) {
    this.mentions = mentions;
  }

  /**
   * The names to write instead of the clause's pronouns (leaf to text). A pronoun that can't be
   * resolved is left, and a question that shows it is not asked ({@link #dangles}).
   */
  Map<Tree, String> resolve(Clause c) {
    Tree tree = c.tree();
    Sentence s = c.sentence();
    Map<Tree, String> names = new IdentityHashMap<>();
    String before = "";
    List<Tree> all = tree.getLeaves();
    for (Tree leaf : all) {
      String word = leaf.value().toLowerCase(Locale.ROOT);
      Tree pre = leaf.parent(tree);
      if (pre == null || !Trees.isOriginal(leaf) || inQuote(s, leaf)) {
        before += " " + word;
        continue;
      }
      String tag = Trees.category(pre);
      boolean personal = tag.equals("PRP") && PERSONAL.contains(word);
      boolean possessive = tag.equals("PRP$") && POSSESSIVE.contains(word);
      if (personal || possessive) {
        Optional<Referent> r =
            mentions.analysis().coreference().of(s.index(), s.tokenOf(leaf).index());
        if (r.isPresent() && before.contains(r.get().name().toLowerCase(Locale.ROOT))) {
          before += " " + word;
          continue; // named earlier in this clause: the pronoun reads fine
        }
        if (r.isEmpty() || r.get().name().isBlank()) {
          before += " " + word;
          continue; // left as it is: a question that shows it is not asked (dangles)
        }
        String name = r.get().name();
        names.put(leaf, possessive ? name + (name.endsWith("s") ? "’" : "’s") : name);
        before += " " + r.get().name().toLowerCase(Locale.ROOT);
        continue;
      }
      before += " " + word;
    }
    return names;
  }

  private boolean inQuote(Sentence s, Tree leaf) {
    Token t = s.tokenOf(leaf);
    return mentions.analysis().quotes().stream()
        .anyMatch(q -> t.begin() >= q.begin() && t.end() <= q.end());
  }

  /** True if the text still has a pronoun that points outside it. */
  static boolean dangles(String prompt) {
    for (String w : prompt.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
      if (DANGLING.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
