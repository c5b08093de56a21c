package org.quiztrainer.generate;

import edu.stanford.nlp.trees.Tree;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.quiztrainer.nlp.Sentence;

/**
 * Statements the parser hides: verb phrases it hung on the wrong verb, and what a photo showed or
 * someone saw ("Photos showed Belousov walking …"), which it often reads as one noun phrase.
 */
final class Repairs {
  private final Extractions extract;

  Repairs(Extractions extract) {
    this.extract = extract;
  }

  /** Verbs of seeing: "showed Belousov walking …" shows a fact. */
  private static final Set<String> PERCEIVING = Set.of("show", "see", "watch", "hear", "depict");

  /**
   * A parser's common mistake: "came days after Yoon met with a delegation led by Umerov and called
   * for …" parsed with "led by …" and "called for …" as verb phrases of "came". Only an auxiliary
   * (be, have, do, a modal) takes a verb phrase, and only one; a verb phrase under any other verb,
   * or a second one, is removed, and one that starts with a participle describes the noun just
   * before it.
   */
  void strayVerbPhrases(Sentence s, Tree clause, Optional<String> source, List<Clause> found) {
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

  /**
   * "Photos showed Belousov walking alongside No Kwang-chol": what a photo showed or someone saw is
   * a statement too, "Belousov was walking alongside No Kwang-chol".
   */
  Optional<Clause> shown(Sentence s, Tree clause, Tree vp, Optional<String> source) {
    List<Tree> chain = Clauses.verbPhrases(vp);
    Tree last = chain.get(chain.size() - 1);
    Optional<Tree> verb = Clauses.mainVerb(last);
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
}
