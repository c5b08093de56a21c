package org.quiztrainer.generate;

import edu.stanford.nlp.trees.Tree;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Purposes: a "to" clause after what a verb does is why it was done ("severed all relations with
 * his family to hide the fact …"), unless the verb takes the clause as its object ("decided to
 * go"); and what the article says people did, written as purposes, for wrong answers to a why
 * question ("to leave Graz").
 */
final class Purposes {
  private Purposes() {}

  /**
   * Verbs whose "to" clause is what they are about, not what they are for: "decided to go", "asked
   * him to return", "began to research", "is expected to arrive".
   */
  private static final Set<String> TAKES_AN_INFINITIVE =
      Set.of(
          "want",
          "try",
          "decide",
          "begin",
          "start",
          "continue",
          "agree",
          "plan",
          "ask",
          "beg",
          "tell",
          "allow",
          "help",
          "need",
          "expect",
          "fail",
          "manage",
          "refuse",
          "hope",
          "seem",
          "appear",
          "tend",
          "intend",
          "choose",
          "attempt",
          "offer",
          "promise",
          "threaten",
          "urge",
          "force",
          "encourage",
          "persuade",
          "require",
          "order",
          "like",
          "love",
          "prefer",
          "learn",
          "teach",
          "enable",
          "cause",
          "permit",
          "invite",
          "remind",
          "warn",
          "advise",
          "get",
          "be",
          "have",
          "seek",
          "aim",
          "struggle",
          "wish",
          "vote",
          "prepare",
          "arrange",
          "claim",
          "pretend",
          "deserve",
          "afford",
          "dare",
          "hesitate",
          "proceed",
          "mean",
          "grow",
          "come",
          "happen",
          "vow",
          "pledge",
          "move",
          "call",
          "press",
          "lobby",
          "train",
          "elect",
          "appoint",
          "authorize",
          "authorise",
          "compel",
          "oblige",
          "inspire",
          "lead",
          "used",
          "say",
          "believe",
          "know",
          "consider",
          "find",
          "report",
          "show",
          "make",
          "let",
          "declined",
          "decline",
          "opt",
          "rush",
          "race",
          "work",
          "serve",
          "go",
          "stop",
          "fight");

  /**
   * "severed all relations with his family to hide the fact …": a "to" clause after what the verb
   * does, when the verb is not one that takes it as its object.
   */
  static boolean isPurpose(Tree phrase, Tree c) {
    if (!Trees.is(c, "S") || Clauses.subject(c).isPresent()) {
      return false;
    }
    Optional<Tree> vp = Trees.firstChild(c, "VP");
    if (vp.isEmpty() || !Trees.is(vp.get().firstChild(), "TO")) {
      return false;
    }
    Tree verb = phrase.firstChild();
    if (verb == null
        || !verb.isPreTerminal()
        || !Trees.is(verb, "VB", "VBD", "VBZ", "VBP", "VBN", "VBG")) {
      return false;
    }
    String w = verb.firstChild().value().toLowerCase(Locale.ROOT);
    String lemma = w.replaceAll("(ied|ies)$", "y").replaceAll("(ed|es|s|ing)$", "");
    if (TAKES_AN_INFINITIVE.contains(w)
        || TAKES_AN_INFINITIVE.contains(lemma)
        || TAKES_AN_INFINITIVE.contains(lemma + "e")) {
      return false;
    }
    // Something comes between the verb and the clause: its object or a phrase of its own.
    return phrase.objectIndexOf(c) >= 2;
  }

  /**
   * What the article's statements say someone did, written as purposes ("Tesla left Graz" gives "to
   * leave Graz"): wrong answers for a why question beside the reasons the article states.
   */
  static List<String> actions(List<Clause> clauses) {
    List<String> out = new ArrayList<>();
    for (Clause c : clauses) {
      List<Tree> chain = Clauses.verbPhrases(c.predicate());
      Tree last = chain.get(chain.size() - 1);
      Optional<Tree> verb = Clauses.mainVerb(last);
      if (verb.isEmpty() || !Trees.isOriginal(verb.get().firstChild())) {
        continue;
      }
      String lemma = c.sentence().tokenOf(verb.get().firstChild()).lemma();
      if (Passives.isPassive(c.predicate()) || Clauses.BE.contains(lemma) || lemma.equals("be")) {
        continue;
      }
      List<Tree> rest = new ArrayList<>();
      boolean after = false;
      for (Tree k : last.children()) {
        if (after && !Trees.is(k, "SBAR", ",", ":")) {
          rest.addAll(Causes.beforePause(k));
        }
        after |= k == verb.get();
      }
      String text = "to " + lemma + (rest.isEmpty() ? "" : " " + Render.leaves(rest, c.sentence()));
      boolean pronoun =
          rest.stream()
              .anyMatch(l -> Set.of("it", "them", "they", "this", "these").contains(l.value()));
      if (!pronoun && !text.contains("(") && Draft.words(text) >= 3 && Draft.words(text) <= 10) {
        out.add(text.replaceAll("[,;:.]+$", ""));
      }
    }
    return out;
  }
}
