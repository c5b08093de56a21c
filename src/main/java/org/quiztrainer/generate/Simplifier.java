package org.quiztrainer.generate;

import edu.stanford.nlp.trees.Tree;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.quiztrainer.nlp.Sentence;

/**
 * Heilman and Smith's stage 1: a long sentence becomes several short statements, each about one
 * fact. The main clause loses its leading modifiers, appositives, non-restrictive relative clauses,
 * trailing participles and time clauses; each of those, conjoined verb phrases and clauses, and
 * what someone is reported to have said become statements of their own.
 */
final class Simplifier {
  /** Verbs that report what someone said or thinks: their complement is attributed to them. */
  static final Set<String> REPORTING =
      Set.of(
          "say",
          "tell",
          "add",
          "state",
          "announce",
          "report",
          "claim",
          "believe",
          "think",
          "assess",
          "warn",
          "insist",
          "confirm",
          "estimate",
          "allege",
          "argue",
          "explain",
          "note",
          "write",
          "predict",
          "reveal",
          "indicate",
          "suggest",
          "conclude",
          "find",
          "acknowledge");

  /** Verbs of seeing: "showed Belousov walking …" shows a fact. */
  private static final Set<String> PERCEIVING = Set.of("show", "see", "watch", "hear", "depict");

  /** Subordinate clauses that are removed from the main clause and stated on their own. */
  private static final Set<String> DETACHABLE =
      Set.of("after", "before", "when", "while", "since", "although", "though", "once", "whereas");

  private static final int DEEPEST = 4;

  private final Extractions extract;

  Simplifier(Extractions extract) {
    this.extract = extract;
  }

  /** The statements of a sentence, the main clause first. */
  List<Clause> clauses(Sentence s) {
    List<Clause> out = new ArrayList<>();
    if (s.tree() == null) {
      return out;
    }
    Tree root = Trees.copy(s.tree());
    for (Tree top : topClauses(root)) {
      simplify(s, top, out.isEmpty() ? "main" : "conjunct", Optional.empty(), 0, out);
    }
    return out;
  }

  /**
   * The clauses a sentence is made of: the root's own clause, or, under a root the parser called a
   * fragment or a subordinate clause, the outermost clauses inside it.
   */
  private static List<Tree> topClauses(Tree root) {
    Tree top = root.numChildren() == 0 ? root : root.firstChild();
    if (Trees.is(top, "S")) {
      return List.of(top);
    }
    List<Tree> out = new ArrayList<>();
    collectClauses(top, out);
    return out;
  }

  private static void collectClauses(Tree t, List<Tree> out) {
    for (Tree c : t.children()) {
      if (Trees.is(c, "S") && Clauses.subject(c).isPresent()) {
        out.add(c);
      } else if (!c.isPreTerminal() && !Trees.is(c, "NP")) {
        collectClauses(c, out);
      }
    }
  }

  private void simplify(
      Sentence s,
      Tree clause,
      String origin,
      Optional<String> source,
      int depth,
      List<Clause> out) {
    if (depth > DEEPEST || !Trees.is(clause, "S")) {
      return;
    }
    List<Tree> conjuncts = conjoinedClauses(clause);
    if (!conjuncts.isEmpty()) {
      for (Tree c : conjuncts) {
        simplify(s, c, depth == 0 ? "conjunct" : origin, source, depth + 1, out);
      }
      return;
    }
    Optional<Tree> subject = Clauses.subject(clause);
    if (subject.isEmpty() || Clauses.predicate(clause).isEmpty()) {
      // "S : NP" and the like: the clause is inside.
      for (Tree c : clause.children()) {
        if (Trees.is(c, "S")) {
          simplify(s, c, origin, source, depth + 1, out);
        }
      }
      return;
    }
    List<Clause> found = new ArrayList<>();
    strayVerbPhrases(s, clause, source, found);
    dropLeadingModifiers(s, clause, source, depth, found);
    extract.fromNounPhrases(s, clause, source, found);
    Tree vp = Clauses.predicate(clause).orElseThrow();
    detachTrailing(s, clause, vp, source, depth, found);
    shown(s, clause, vp, source).ifPresent(found::add);
    if (reported(s, clause, vp, source, depth, found)) {
      out.addAll(found);
      return;
    }
    List<Tree> split = extract.conjoinedVerbPhrases(clause);
    if (split.isEmpty()) {
      if (Clauses.isSimpleClause(clause)) {
        out.add(new Clause(s, clause, origin, source));
      }
    } else {
      for (Tree c : split) {
        if (Clauses.isSimpleClause(c)) {
          out.add(new Clause(s, c, "conjunct", source));
        }
      }
    }
    out.addAll(found);
  }

  /**
   * A parser's common mistake: "came days after Yoon met with a delegation led by Umerov and called
   * for …" parsed with "led by …" and "called for …" as verb phrases of "came". Only an auxiliary
   * (be, have, do, a modal) takes a verb phrase, and only one; a verb phrase under any other verb,
   * or a second one, is removed, and one that starts with a participle describes the noun just
   * before it.
   */
  private void strayVerbPhrases(
      Sentence s, Tree clause, Optional<String> source, List<Clause> found) {
    Tree vp = Clauses.predicate(clause).orElseThrow();
    for (Tree phrase : Clauses.verbPhrases(vp)) {
      Tree[] kids = phrase.children();
      if (kids.length == 0 || !kids[0].isPreTerminal()) {
        continue;
      }
      String verb = Trees.lemma(kids[0].firstChild(), s);
      String word = kids[0].firstChild().value().toLowerCase(Locale.ROOT);
      boolean auxiliary =
          Trees.is(kids[0], "MD")
              || Set.of("be", "have", "do", "get").contains(verb)
              || Clauses.BE.contains(word)
              || Clauses.HAVE.contains(word)
              || Clauses.DO.contains(word);
      int firstVp = -1;
      for (int i = 1; i < kids.length && firstVp < 0; i++) {
        firstVp = Trees.is(kids[i], "VP") ? i : -1;
      }
      for (int i = kids.length - 1; i >= 1; i--) {
        if (!Trees.is(kids[i], "VP") || auxiliary && i == firstVp) {
          continue;
        }
        Tree stray = kids[i];
        if (Trees.is(stray.firstChild(), "VBN")) {
          lastNounPhrase(kids[i - 1])
              .flatMap(np -> extract.reduced(s, np, stray, Clauses.isPast(clause), source))
              .ifPresent(found::add);
        }
        phrase.removeChild(i);
        if (Trees.is(kids[i - 1], "CC", ",")) {
          phrase.removeChild(i - 1);
        }
      }
    }
  }

  /** The last noun phrase under {@code t}: "a delegation" in "after Yoon met with a delegation". */
  private static Optional<Tree> lastNounPhrase(Tree t) {
    Tree last = null;
    for (Tree node : t.subTreeList()) {
      if (Trees.is(node, "NP")
          && node.getLeaves().get(node.getLeaves().size() - 1)
              == t.getLeaves().get(t.getLeaves().size() - 1)) {
        last = node;
      }
    }
    return Optional.ofNullable(last);
  }

  /** "S , CC S", "S ; S" and "S and that S": each clause on its own. */
  private static List<Tree> conjoinedClauses(Tree clause) {
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

  /**
   * Phrases before the subject: a prepositional or time phrase ("In March 1896, …", "Last week, …")
   * moves to the end of the verb phrase, where it can be asked about ("When did Tesla …?"); a time
   * clause is stated on its own; linking words ("However,") and the rest go.
   */
  private void dropLeadingModifiers(
      Sentence s, Tree clause, Optional<String> source, int depth, List<Clause> found) {
    Tree subject = Clauses.subject(clause).orElseThrow();
    Tree vp = Clauses.predicate(clause).orElseThrow();
    int at = clause.objectIndexOf(subject);
    List<Tree> moved = new ArrayList<>();
    for (int i = at - 1; i >= 0; i--) {
      Tree c = clause.getChild(i);
      if (Trees.is(c, "SBAR")) {
        subordinate(s, c, source, depth, found);
      } else if (Trees.is(c, "PP") && !Causes.isCausePhrase(c) || Trees.is(c, "NP")) {
        moved.add(0, c);
      }
      clause.removeChild(i);
    }
    Tree last = Clauses.verbPhrases(vp).get(Clauses.verbPhrases(vp).size() - 1);
    for (Tree m : moved) {
      lowerFirstWord(m);
      last.addChild(m);
    }
  }

  /** "In 1896" at the start of a sentence is "in 1896" at the end of it. */
  private static void lowerFirstWord(Tree phrase) {
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

  /**
   * Trailing participles (", embracing the idea …") and time clauses ("after Putin started a fifth
   * term") leave the main clause and become statements of their own.
   */
  private void detachTrailing(
      Sentence s, Tree clause, Tree vp, Optional<String> source, int depth, List<Clause> found) {
    Tree subject = Clauses.subject(clause).orElseThrow();
    for (Tree phrase : Clauses.verbPhrases(vp)) {
      Tree[] kids = phrase.children();
      for (int i = kids.length - 1; i > 0; i--) {
        Tree c = kids[i];
        if (Trees.is(c, "SBAR") && DETACHABLE.contains(subordinator(c))) {
          subordinate(s, c, source, depth, found);
          Trees.removeWithPunctuation(clause, c);
        } else if (isParticiple(c) && Trees.isPause(kids[i - 1])) {
          extract.participle(s, subject, c, Clauses.isPast(clause), source).ifPresent(found::add);
          Trees.removeWithPunctuation(clause, c);
        }
      }
    }
  }

  private void subordinate(
      Sentence s, Tree sbar, Optional<String> source, int depth, List<Clause> found) {
    if (!DETACHABLE.contains(subordinator(sbar))) {
      return;
    }
    Trees.firstChild(sbar, "S")
        .ifPresent(inner -> simplify(s, inner, "subordinate", source, depth + 1, found));
  }

  /**
   * "Shin said Russia has provided …": what was said is stated on its own, with Shin as its source.
   * The saying itself asks nothing worth asking, so it is not kept.
   */
  private boolean reported(
      Sentence s, Tree clause, Tree vp, Optional<String> source, int depth, List<Clause> found) {
    List<Tree> chain = Clauses.verbPhrases(vp);
    Tree last = chain.get(chain.size() - 1);
    Optional<Tree> verb = mainVerb(last);
    if (verb.isEmpty()) {
      return false;
    }
    String lemma = s.tokenOf(verb.get().firstChild()).lemma();
    if (!REPORTING.contains(lemma)) {
      return false;
    }
    List<Tree> complements = complements(last);
    if (complements.isEmpty()) {
      return false;
    }
    Optional<String> speaker =
        source.isPresent() ? source : extract.speaker(s, Clauses.subject(clause).orElseThrow());
    if (speaker.isEmpty()) {
      return false;
    }
    for (Tree inner : complements) {
      simplify(s, inner, "reported", speaker, depth + 1, found);
    }
    return true;
  }

  /**
   * "Photos showed Belousov walking alongside No Kwang-chol": what a photo showed or someone saw is
   * a statement too, "Belousov was walking alongside No Kwang-chol".
   */
  private Optional<Clause> shown(Sentence s, Tree clause, Tree vp, Optional<String> source) {
    List<Tree> chain = Clauses.verbPhrases(vp);
    Tree last = chain.get(chain.size() - 1);
    Optional<Tree> verb = mainVerb(last);
    if (verb.isEmpty()
        || !Trees.isOriginal(verb.get().firstChild())
        || !PERCEIVING.contains(s.tokenOf(verb.get().firstChild()).lemma())) {
      return Optional.empty();
    }
    for (Tree c : last.children()) {
      Optional<Tree> subject = Trees.is(c, "S") ? Clauses.subject(c) : Optional.empty();
      Optional<Tree> inner = subject.flatMap(x -> Clauses.predicate(c));
      // The parser often reads "Belousov walking …" as one noun phrase.
      if (subject.isPresent()
          && subject.get().numChildren() == 2
          && Trees.is(subject.get().getChild(0), "NP")
          && Trees.is(subject.get().getChild(1), "VP")
          && Trees.is(subject.get().getChild(1).firstChild(), "VBG")) {
        inner = Optional.of(subject.get().getChild(1));
        subject = Optional.of(subject.get().getChild(0));
      }
      if (inner.isPresent() && Trees.is(inner.get().firstChild(), "VBG")) {
        boolean past = Clauses.isPast(clause);
        Tree be =
            Trees.word(
                Clauses.be(past, Clauses.isPlural(subject.get())), past ? "VBD" : "VBZ", "be");
        Tree progressive = Trees.phrase("VP", List.of(be, Trees.copy(inner.get())));
        Tree who = subject.get();
        return Optional.of(
            new Clause(
                s, Trees.phrase("S", List.of(Trees.copy(who), progressive)), "shown", source));
      }
    }
    return Optional.empty();
  }

  /** The clauses a reporting verb takes: "(that) S", also when two are joined by "and that". */
  private static List<Tree> complements(Tree vp) {
    List<Tree> out = new ArrayList<>();
    for (Tree c : vp.children()) {
      if (Trees.is(c, "SBAR")) {
        String first = Trees.firstWord(c);
        if (first.equals("that") || Trees.is(c.firstChild(), "S")) {
          Trees.firstChild(c, "S").ifPresent(out::add);
          for (Tree nested : c.children()) {
            if (Trees.is(nested, "SBAR")) {
              Trees.firstChild(nested, "S").ifPresent(out::add);
            }
          }
        }
      } else if (Trees.is(c, "S") && Clauses.subject(c).isPresent()) {
        out.add(c);
      }
    }
    return out;
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

  private static Optional<Tree> mainVerb(Tree vp) {
    for (Tree c : vp.children()) {
      if (c.isPreTerminal() && c.value().startsWith("VB")) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  private static boolean isParticiple(Tree t) {
    if (!Trees.is(t, "S", "VP")) {
      return false;
    }
    Tree vp = Trees.is(t, "VP") ? t : Trees.firstChild(t, "VP").orElse(null);
    return vp != null
        && vp.firstChild() != null
        && Trees.is(vp.firstChild(), "VBG")
        && (Trees.is(t, "VP") || Clauses.subject(t).isEmpty());
  }
}
