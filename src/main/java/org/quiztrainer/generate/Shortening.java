package org.quiztrainer.generate;

import edu.stanford.nlp.trees.Tree;
import java.util.List;
import java.util.Set;

/**
 * Makes a question of a long clause short enough to read. A question keeps what it asks about, the
 * verb and its objects, and loses the clause's adjuncts, the longest first.
 */
final class Shortening {
  private Shortening() {}

  /**
   * Makes a question of a long clause short enough to read: the clause's adjuncts (prepositional
   * phrases, subordinate and participle clauses, adverbs, phrases after a noun) leave it, the
   * longest first, until it has at most {@code longest} words. Nothing that holds or lies inside
   * one of {@code keep} (the answer) leaves, nor the subject's head or the verb's objects.
   */
  static void shorten(Tree clause, Set<Tree> keep, Set<Tree> skip, int longest) {
    shorten(clause, keep, skip, longest, false);
  }

  /**
   * As {@link #shorten(Tree, Set, Set, int)}, but {@code fromTheEnd}: the last adjunct leaves
   * first, so that a statement keeps what it says first (a news lead puts the news there).
   */
  static void shorten(
      Tree clause, Set<Tree> keep, Set<Tree> skip, int longest, boolean fromTheEnd) {
    List<Tree> order = clause.getLeaves();
    for (int round = 0; round < 8 && words(Prompts.leaves(clause, skip)) > longest; round++) {
      Tree best = null;
      int most = 0;
      for (Tree t : clause.subTreeList()) {
        Tree parent = t.parent(clause);
        if (parent == null || skip.contains(t) || !removable(t, parent) || touches(t, keep)) {
          continue;
        }
        int n =
            fromTheEnd ? order.indexOf(t.getLeaves().get(0)) + 1 : words(Prompts.leaves(t, skip));
        if (n > most) {
          most = n;
          best = t;
        }
      }
      if (best == null) {
        return;
      }
      skip.add(best);
    }
  }

  /** An adjunct: what a clause still says the same without. */
  private static boolean removable(Tree t, Tree parent) {
    if (Trees.is(t, "SBAR") && !ADVERBIAL.contains(Clauses.subordinator(t))) {
      return false; // "have not said why the team was denied visas": what was said is the object
    }
    if (Trees.is(parent, "VP")) {
      if (Trees.is(t, "PP") && onlyComplement(t, parent)) {
        return false; // "consists of girls", "relies on donors": what the verb needs
      }
      return Trees.is(t, "PP", "SBAR", "ADVP", "PRN")
          || Trees.is(t, "S") && Clauses.subject(t).isEmpty() && Clauses.isParticiple(t);
    }
    if (Trees.is(parent, "NP") && properHead(parent)) {
      return false; // "the Daughters of the American Revolution": part of a name
    }
    if (Trees.is(parent, "NP") && Trees.is(t, "PP") && Trees.firstWord(t).equals("of")) {
      return false; // "a group of Afghan teenagers": the group is of them
    }
    if (Trees.is(parent, "NP") && parent.firstChild() != t) {
      return Trees.is(t, "PP", "SBAR", "VP", "PRN", "RRC");
    }
    if (Trees.is(parent, "S")) {
      return Trees.is(t, "PP", "SBAR", "ADVP") && Clauses.subject(parent).isPresent();
    }
    return false;
  }

  /** Words that open a clause saying when, why or on what condition: an adjunct. */
  private static final Set<String> ADVERBIAL =
      Set.of(
          "after",
          "before",
          "when",
          "while",
          "since",
          "although",
          "though",
          "because",
          "as",
          "if",
          "unless",
          "until",
          "once",
          "whereas",
          "so",
          "where",
          "whenever");

  /** True if the prepositional phrase is the first phrase after the verb, with no object before. */
  private static boolean onlyComplement(Tree pp, Tree vp) {
    for (Tree k : vp.children()) {
      if (k == pp) {
        return true;
      }
      if (Trees.is(k, "NP", "S", "SBAR", "ADJP", "PP")) {
        return false;
      }
    }
    return false;
  }

  private static boolean properHead(Tree np) {
    Tree head = np.firstChild();
    Tree last = head.isPreTerminal() ? head : Trees.headLeaf(head).parent(np);
    return last != null && Trees.is(last, "NNP", "NNPS");
  }

  private static boolean touches(Tree t, Set<Tree> keep) {
    for (Tree k : keep) {
      if (t == k || t.dominates(k) || k.dominates(t)) {
        return true;
      }
    }
    return false;
  }

  private static int words(List<Tree> leaves) {
    int n = 0;
    for (Tree l : leaves) {
      if (Character.isLetterOrDigit(l.value().isEmpty() ? ' ' : l.value().charAt(0))) {
        n++;
      }
    }
    return n;
  }
}
