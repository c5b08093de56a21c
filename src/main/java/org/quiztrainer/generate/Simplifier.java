package org.quiztrainer.generate;

import edu.stanford.nlp.trees.Tree;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quiztrainer.nlp.Sentence;

/**
 * Heilman and Smith's stage 1: a long sentence becomes several short statements, each about one
 * fact. The main clause loses its leading modifiers, appositives, non-restrictive relative clauses,
 * trailing participles and time clauses; each of those, conjoined verb phrases and clauses, and
 * what someone is reported to have said become statements of their own.
 *
 * <p>A little over 250 lines: the simplifications share their walk over the clause and are clearest
 * in the order they run.
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

  /** Subordinate clauses that are removed from the main clause and stated on their own. */
  private static final Set<String> DETACHABLE =
      Set.of("after", "before", "when", "while", "since", "although", "though", "once", "whereas");

  private static final int DEEPEST = 4;

  /** A main clause shorter than this keeps its time clause. */
  private static final int SHORTEST_ALONE = 8;

  private final Extractions extract;
  private final Repairs repairs;

  Simplifier(Extractions extract) {
    this.extract = extract;
    this.repairs = new Repairs(extract);
  }

  /** The statements of a sentence, the main clause first. */
  List<Clause> clauses(Sentence s) {
    List<Clause> out = new ArrayList<>();
    if (s.tree() == null) {
      return out;
    }
    Tree root = Trees.copy(s.tree());
    Trees.removeBrackets(root);
    for (Tree top : Clauses.topClauses(root)) {
      simplify(s, top, out.isEmpty() ? "main" : "conjunct", Optional.empty(), 0, out);
    }
    return out;
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
    List<Tree> conjuncts = Clauses.conjoinedClauses(clause);
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
    if (source.isEmpty()) {
      source = accordingTo(s, clause);
    }
    repairs.strayVerbPhrases(s, clause, source, found);
    List<Tree> fronted = before(clause);
    dropLeadingModifiers(s, clause, source, depth, found);
    extract.fromNounPhrases(s, clause, source, found);
    Tree vp = Clauses.predicate(clause).orElseThrow();
    detachTrailing(s, clause, vp, source, depth, found);
    repairs.shown(s, clause, vp, source).ifPresent(found::add);
    if (reported(s, clause, vp, source, depth, found, fronted)) {
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
   * "According to the Saudi Interior Ministry, over 345 pilgrims have been killed …" (or "…, police
   * said" written as "according to police" at the end): the phrase names the clause's source, as
   * "Shin said …" does, and leaves the clause; questions then begin "According to …".
   */
  private static Optional<String> accordingTo(Sentence s, Tree clause) {
    List<Tree> places = new ArrayList<>(List.of(clause));
    Clauses.predicate(clause).ifPresent(vp -> places.addAll(Clauses.verbPhrases(vp)));
    for (Tree parent : places) {
      for (Tree c : parent.children()) {
        if (Trees.is(c, "PP") && Trees.firstWord(c).equals("according")) {
          Optional<Tree> to = Trees.firstChild(c, "PP").flatMap(p -> Trees.firstChild(p, "NP"));
          if (to.isPresent() && Clauses.words(to.get()) <= 8 && !Mentions.isPronoun(to.get())) {
            String name = Render.of(to.get(), s);
            Trees.removeWithPunctuation(clause, c);
            boolean common = Trees.firstWord(to.get()).equals("the");
            return Optional.of(common ? "t" + name.substring(1) : name);
          }
        }
      }
    }
    return Optional.empty();
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
      Clauses.lowerFirstWord(m);
      last.addChild(m);
    }
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
        if (Trees.is(c, "SBAR") && DETACHABLE.contains(Clauses.subordinator(c))) {
          subordinate(s, c, source, depth, found);
          // "At least 76 people were killed when the hotel collapsed": without its time clause a
          // short clause asks an ambiguous question ("How many people were killed?").
          if (Clauses.words(clause) - Clauses.words(c) >= SHORTEST_ALONE) {
            Trees.removeWithPunctuation(clause, c);
          }
        } else if (Clauses.isParticiple(c) && Trees.isPause(kids[i - 1])) {
          if (!afterWith(kids, i)) {
            extract.participle(s, subject, c, Clauses.isPast(clause), source).ifPresent(found::add);
          }
          Trees.removeWithPunctuation(clause, c);
        }
      }
    }
  }

  /**
   * "…, with the stands full of gamers, watching the matches": the gamers watch, not the subject.
   */
  private static boolean afterWith(Tree[] kids, int i) {
    return i >= 2 && Trees.is(kids[i - 2], "PP") && Trees.firstWord(kids[i - 2]).equals("with");
  }

  private void subordinate(
      Sentence s, Tree sbar, Optional<String> source, int depth, List<Clause> found) {
    if (!DETACHABLE.contains(Clauses.subordinator(sbar))) {
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
      Sentence s,
      Tree clause,
      Tree vp,
      Optional<String> source,
      int depth,
      List<Clause> found,
      List<Tree> fronted) {
    List<Tree> chain = Clauses.verbPhrases(vp);
    Tree last = chain.get(chain.size() - 1);
    Optional<Tree> verb = Clauses.mainVerb(last);
    if (verb.isEmpty()) {
      return false;
    }
    String lemma = s.tokenOf(verb.get().firstChild()).lemma();
    if (!REPORTING.contains(lemma)) {
      return false;
    }
    List<Tree> complements = complements(last);
    if (complements.isEmpty() && last.numChildren() == 1) {
      complements = fronted; // "…, researchers say": the verb stands alone after what was said
    }
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
   * "Almost half of all Australian children are iodine deficient, researchers say": what was said
   * comes first, before the speaker.
   */
  private static List<Tree> before(Tree clause) {
    List<Tree> out = new ArrayList<>();
    Optional<Tree> subject = Clauses.subject(clause);
    for (Tree c : clause.children()) {
      if (subject.isPresent() && c == subject.get()) {
        break;
      }
      if (Trees.is(c, "S") && Clauses.subject(c).isPresent()) {
        out.add(c);
      }
    }
    return out;
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
}
