package org.quiztrainer.generate;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.trees.HeadFinder;
import edu.stanford.nlp.trees.LabeledScoredTreeFactory;
import edu.stanford.nlp.trees.ModCollinsHeadFinder;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.trees.TreeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quiztrainer.nlp.Sentence;
import org.quiztrainer.nlp.Token;

/**
 * Small operations on constituency trees whose leaves are the article's tokens. A leaf made here (a
 * "was", a "did") has token index 0 and no place in the article.
 */
final class Trees {
  private static final TreeFactory FACTORY = new LabeledScoredTreeFactory(CoreLabel.factory());
  private static final HeadFinder HEADS = new ModCollinsHeadFinder();

  private Trees() {}

  /** The phrase's category ("NP", "VBD"), or "" for none (a phrase emptied by simplification). */
  static String category(Tree t) {
    return t == null || t.value() == null ? "" : t.value();
  }

  static boolean is(Tree t, String... categories) {
    String c = category(t);
    for (String want : categories) {
      if (c.equals(want)) {
        return true;
      }
    }
    return false;
  }

  /** A word of our own, as a preterminal with this part of speech. */
  static Tree word(String word, String tag) {
    return word(word, tag, word.toLowerCase(java.util.Locale.ROOT));
  }

  /** A verb of our own, with its dictionary form ("embraced", "embrace"). */
  static Tree word(String word, String tag, String lemma) {
    CoreLabel leaf = new CoreLabel();
    leaf.setValue(word);
    leaf.setWord(word);
    leaf.setLemma(lemma);
    leaf.setIndex(0);
    CoreLabel pre = new CoreLabel();
    pre.setValue(tag);
    return FACTORY.newTreeNode(pre, List.of(FACTORY.newLeaf(leaf)));
  }

  /** A new phrase of this category over these children (which are not copied). */
  static Tree phrase(String category, List<Tree> children) {
    CoreLabel label = new CoreLabel();
    label.setValue(category);
    return FACTORY.newTreeNode(label, new ArrayList<>(children));
  }

  static int tokenIndex(Tree leaf) {
    return ((CoreLabel) leaf.label()).index() - 1;
  }

  /** The dictionary form of a leaf's word, for the article's words and our own alike. */
  static String lemma(Tree leaf, Sentence s) {
    if (isOriginal(leaf)) {
      return s.tokenOf(leaf).lemma();
    }
    String lemma = ((CoreLabel) leaf.label()).lemma();
    return lemma == null ? leaf.value().toLowerCase(java.util.Locale.ROOT) : lemma;
  }

  static boolean isOriginal(Tree leaf) {
    return ((CoreLabel) leaf.label()).index() > 0;
  }

  /** The article's tokens under {@code t}, in order; words of our own are left out. */
  static List<Token> tokens(Tree t, Sentence s) {
    List<Token> out = new ArrayList<>();
    for (Tree leaf : t.getLeaves()) {
      if (isOriginal(leaf)) {
        out.add(s.tokenOf(leaf));
      }
    }
    return out;
  }

  /** The head word of a phrase (the noun of a noun phrase, the verb of a verb phrase). */
  static Tree headLeaf(Tree t) {
    return t.isLeaf() ? t : t.headTerminal(HEADS);
  }

  static Optional<Token> headToken(Tree t, Sentence s) {
    Tree leaf = headLeaf(t);
    return leaf != null && isOriginal(leaf) ? Optional.of(s.tokenOf(leaf)) : Optional.empty();
  }

  /** The part of speech of the leaf's preterminal, within {@code root}. */
  static String tagOf(Tree leaf, Tree root) {
    Tree pre = leaf.parent(root);
    return pre == null ? "" : category(pre);
  }

  static Tree parent(Tree root, Tree node) {
    return node.parent(root);
  }

  /** Removes {@code node} from the tree {@code root}; true if it was there. */
  static boolean remove(Tree root, Tree node) {
    Tree parent = node.parent(root);
    if (parent == null) {
      return false;
    }
    int i = parent.objectIndexOf(node);
    if (i < 0) {
      return false;
    }
    parent.removeChild(i);
    return true;
  }

  /** Removes a comma or dash right before and right after {@code node}, if there is one. */
  static void removeWithPunctuation(Tree root, Tree node) {
    Tree parent = node.parent(root);
    if (parent == null) {
      return;
    }
    int i = parent.objectIndexOf(node);
    Tree[] kids = parent.children();
    boolean before = i > 0 && isPause(kids[i - 1]);
    boolean after = i + 1 < kids.length && isPause(kids[i + 1]);
    // ", X ," and "X ," lose the comma after; ", X" at the end loses the one before.
    if (after) {
      parent.removeChild(i + 1);
    }
    parent.removeChild(i);
    if (before && (after || i + 1 >= kids.length)) {
      parent.removeChild(i - 1);
    }
  }

  static boolean isPause(Tree t) {
    return is(t, ",", ":", "HYPH") || is(t, "NFP") || (t.isPreTerminal() && isDash(t));
  }

  private static boolean isDash(Tree pre) {
    String w = pre.firstChild().value();
    return "—".equals(w) || "–".equals(w) || "--".equals(w);
  }

  /** The children of {@code t} of one of these categories. */
  static List<Tree> children(Tree t, Set<String> categories) {
    List<Tree> out = new ArrayList<>();
    for (Tree c : t.children()) {
      if (categories.contains(category(c))) {
        out.add(c);
      }
    }
    return out;
  }

  static Optional<Tree> firstChild(Tree t, String category) {
    for (Tree c : t.children()) {
      if (category(c).equals(category)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** The first word under {@code t}, lower-cased, or "". */
  static String firstWord(Tree t) {
    List<Tree> leaves = t.getLeaves();
    return leaves.isEmpty() ? "" : leaves.get(0).value().toLowerCase(java.util.Locale.ROOT);
  }

  static Tree copy(Tree t) {
    return t.deepCopy(FACTORY, CoreLabel.factory());
  }

  /**
   * "Thomas Commerford Martin (a friend and publicist) arranged …": what stands in brackets is an
   * aside, never what a statement is about, and it would make every question of the clause longer.
   */
  static void removeBrackets(Tree root) {
    Set<Tree> phrases = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Tree t : root.subTreeList()) {
      if (!t.isLeaf()) {
        phrases.add(t);
      }
    }
    for (Tree t : root.subTreeList()) {
      // Innermost pair first, again and again: "((it))" loses both pairs.
      boolean found = true;
      while (found) {
        found = false;
        Tree[] kids = t.children();
        int open = -1;
        for (int i = 0; i < kids.length && !found; i++) {
          if (Trees.is(kids[i], "-LRB-")) {
            open = i;
          } else if (Trees.is(kids[i], "-RRB-") && open >= 0) {
            for (int j = i; j >= open; j--) {
              t.removeChild(j);
            }
            found = true;
          }
        }
      }
    }
    // A phrase left with nothing in it ("(FRAG)" of "((it))") would read as a word: it goes too,
    // and so does a phrase that held only it.
    boolean removed = true;
    while (removed) {
      removed = false;
      for (Tree t : root.subTreeList()) {
        for (int i = t.numChildren() - 1; i >= 0; i--) {
          Tree k = t.getChild(i);
          if (phrases.contains(k) && k.numChildren() == 0) {
            t.removeChild(i);
            removed = true;
          }
        }
      }
    }
  }
}
