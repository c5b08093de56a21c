package org.quiztrainer.generate;

import edu.stanford.nlp.trees.Tree;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** How a clause tree is put together: its subject, its verb phrase and its verbs. */
final class Clauses {
  static final Set<String> BE = Set.of("be", "is", "are", "was", "were", "been", "being", "am");
  static final Set<String> HAVE = Set.of("have", "has", "had", "having");
  static final Set<String> DO = Set.of("do", "does", "did");

  private Clauses() {}

  /** The subject: the first noun phrase of the clause that a verb phrase follows. */
  static Optional<Tree> subject(Tree clause) {
    Tree[] kids = clause.children();
    for (int i = 0; i < kids.length; i++) {
      if (Trees.is(kids[i], "NP")) {
        for (int j = i + 1; j < kids.length; j++) {
          if (Trees.is(kids[j], "VP")) {
            return Optional.of(kids[i]);
          }
        }
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The verb phrase that follows the subject. */
  static Optional<Tree> predicate(Tree clause) {
    Optional<Tree> subject = subject(clause);
    if (subject.isEmpty()) {
      return Optional.empty();
    }
    Tree[] kids = clause.children();
    for (int i = clause.objectIndexOf(subject.get()) + 1; i < kids.length; i++) {
      if (Trees.is(kids[i], "VP")) {
        return Optional.of(kids[i]);
      }
    }
    return Optional.empty();
  }

  /** A clause we can ask about: a subject, then a verb phrase with a finite verb. */
  static boolean isSimpleClause(Tree t) {
    return Trees.is(t, "S") && predicate(t).map(Clauses::finiteVerb).isPresent();
  }

  /**
   * The verb that carries tense in this verb phrase (has, was, replaced, may), if any. A past
   * participle right after the subject with no auxiliary is the tagger mistaking a past tense
   * ("Tesla arranged"), and counts as one.
   */
  static Optional<Tree> finiteVerb(Tree vp) {
    for (Tree c : vp.children()) {
      if (c.isPreTerminal() && Trees.is(c, "VBD", "VBZ", "VBP", "MD")) {
        return Optional.of(c);
      }
      if (c.isPreTerminal() && Trees.is(c, "VBN") && c == vp.firstChild()) {
        c.label().setValue("VBD");
        return Optional.of(c);
      }
      if (Trees.is(c, "VP")) {
        return Optional.empty(); // a verb phrase inside comes after the verb we want
      }
    }
    return Optional.empty();
  }

  /** The chain of verb phrases from the top one down to the main verb's. */
  static List<Tree> verbPhrases(Tree vp) {
    List<Tree> chain = new ArrayList<>();
    Tree at = vp;
    while (at != null) {
      chain.add(at);
      Tree next = null;
      for (Tree c : at.children()) {
        if (Trees.is(c, "VP")) {
          next = c;
          break;
        }
      }
      at = next;
    }
    return chain;
  }

  /** True when the clause's finite verb is in the past tense. */
  static boolean isPast(Tree clause) {
    return predicate(clause)
        .flatMap(Clauses::finiteVerb)
        .map(v -> Trees.is(v, "VBD"))
        .orElse(false);
  }

  /** A plural subject takes "were" and "are". */
  static boolean isPlural(Tree np) {
    for (Tree c : np.children()) {
      if (Trees.is(c, "CC")) {
        return true;
      }
    }
    Tree head = Trees.headLeaf(np);
    if (head == null) {
      return false;
    }
    Tree pre = head.parent(np);
    String word = head.value().toLowerCase(Locale.ROOT);
    return pre != null && Trees.is(pre, "NNS", "NNPS")
        || Set.of("they", "we", "those", "these").contains(word);
  }

  static String be(boolean past, boolean plural) {
    return past ? (plural ? "were" : "was") : (plural ? "are" : "is");
  }

  static int words(Tree t) {
    int n = 0;
    for (Tree leaf : t.getLeaves()) {
      String w = leaf.value();
      if (!w.isEmpty() && Character.isLetterOrDigit(w.codePointAt(0))) {
        n++;
      }
    }
    return n;
  }

  /**
   * The clauses a sentence is made of: the root's own clause, or, under a root the parser called a
   * fragment or a subordinate clause, the outermost clauses inside it.
   */
  static List<Tree> topClauses(Tree root) {
    Tree top = root.numChildren() == 0 ? root : root.firstChild();
    if (Trees.is(top, "S")) {
      return List.of(top);
    }
    List<Tree> out = new ArrayList<>();
    collectClauses(top, out);
    return out;
  }

  static void collectClauses(Tree t, List<Tree> out) {
    for (Tree c : t.children()) {
      if (Trees.is(c, "S") && Clauses.subject(c).isPresent()) {
        out.add(c);
      } else if (!c.isPreTerminal() && !Trees.is(c, "NP")) {
        collectClauses(c, out);
      }
    }
  }

  /** "S , CC S", "S ; S" and "S and that S": each clause on its own. */
  static List<Tree> conjoinedClauses(Tree clause) {
    List<Tree> parts = new ArrayList<>();
    boolean joined = false;
    for (Tree c : clause.children()) {
      if (Trees.is(c, "S")) {
        parts.add(c);
      } else if (Trees.is(c, "SBAR") && Trees.firstWord(c).equals("that")) {
        Trees.firstChild(c, "S").ifPresent(parts::add);
      } else if (Trees.is(c, "CC", ":")) {
        joined = true;
      }
    }
    return joined && parts.size() >= 2 ? parts : List.of();
  }

  /** "In 1896" at the start of a sentence is "in 1896" at the end of it. */
  static void lowerFirstWord(Tree phrase) {
    List<Tree> leaves = phrase.getLeaves();
    if (leaves.isEmpty()) {
      return;
    }
    Tree leaf = leaves.get(0);
    Tree pre = leaf.parent(phrase);
    String w = leaf.value();
    if (pre == null
        || Trees.category(pre).startsWith("NNP")
        || w.equals(w.toLowerCase(Locale.ROOT))) {
      return;
    }
    Tree lower = Trees.word(w.toLowerCase(Locale.ROOT), Trees.category(pre));
    pre.setChild(0, lower.firstChild());
  }

  static boolean isParticiple(Tree t) {
    if (!Trees.is(t, "S", "VP")) {
      return false;
    }
    Tree vp = Trees.is(t, "VP") ? t : Trees.firstChild(t, "VP").orElse(null);
    return vp != null
        && vp.firstChild() != null
        && Trees.is(vp.firstChild(), "VBG")
        && (Trees.is(t, "VP") || Clauses.subject(t).isEmpty());
  }

  /** The word that opens a subordinate clause: "after" in "days after Yoon met …". */
  static String subordinator(Tree sbar) {
    for (Tree c : sbar.children()) {
      if (Trees.is(c, "IN", "WHADVP")) {
        return Trees.firstWord(c);
      }
    }
    return Trees.firstWord(sbar);
  }

  static Optional<Tree> mainVerb(Tree vp) {
    for (Tree c : vp.children()) {
      if (c.isPreTerminal() && c.value().startsWith("VB")) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
