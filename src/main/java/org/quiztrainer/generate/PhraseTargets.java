package org.quiztrainer.generate;

import edu.stanford.nlp.trees.Tree;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.quiztrainer.nlp.Sentence;
import org.quiztrainer.quiz.QuestionType;

/**
 * The noun phrases of a clause a question in place can ask about, and what each is asked as: the
 * objects of verbs and prepositions, in the verb's phrases and inside the subject, but not the head
 * of a longer phrase, an aside after a comma, the noun of an idiom ("took place"), a part of
 * something ("one of the most popular"), or anything in brackets or in a clause of its own.
 */
final class PhraseTargets {
  private static final Set<String> PLACE_TYPES =
      Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");

  private static final java.util.regex.Pattern YEAR =
      java.util.regex.Pattern.compile("(?:in |the )?(1[0-9]|20)\\d{2}s?");

  private final Mentions mentions;
  private final Phrases phrases;
  private final Counts counts;

  PhraseTargets(Mentions mentions) {
    this.mentions = mentions;
    this.phrases = new Phrases(mentions);
    this.counts = new Counts(mentions);
  }

  /** The clause's noun phrases a question in place can ask about, as targets. */
  List<Target> in(Clause c) {
    Sentence s = c.sentence();
    List<Target> all = new ArrayList<>();
    List<Tree> leaves = c.tree().getLeaves();
    for (Tree np : phrases(c)) {
      List<Tree> own = np.getLeaves();
      int first = leaves.indexOf(own.get(0));
      boolean aside = first > 0 && leaves.get(first - 1).value().equals(",");
      boolean inSubject = c.subject().dominates(np);
      if (!aside && !idiom(s, np, c) && !partOfAPart(np, c) && !partitive(s, np)) {
        // In the subject a person reads as part of a title ("Minister of whom said …").
        of(s, np).filter(t -> !inSubject || !t.type().equals("PERSON")).ifPresent(all::add);
      }
    }
    return all;
  }

  /** Noun phrases after a preposition or a verb, in the subject or the verb's phrases. */
  List<Tree> phrases(Clause c) {
    List<Tree> out = new ArrayList<>();
    Tree subject = c.subject();
    for (Tree t : c.tree().subTreeList()) {
      // The subject itself is asked in place already ("Who left Graz?"); a phrase inside it is
      // not ("The history of what stretches back to the first century AD?").
      if (!Trees.is(t, "NP") || t == subject) {
        continue;
      }
      Tree parent = t.parent(c.tree());
      if (parent == null || inClauseOfItsOwn(c, t)) {
        continue;
      }
      // Inside a noun phrase only its head phrase stands for the whole ("[NP [NP the coronation]
      // [PP of …]]" is asked as the outer phrase); a list's items and an appositive are not
      // asked apart, and a possessor ("Tesla's") is part of what it owns.
      if (Trees.is(parent, "NP") || endsInPossessive(t) || bracketed(c, t)) {
        continue;
      }
      out.add(t);
    }
    return out;
  }

  Optional<Target> of(Sentence s, Tree np) {
    if (!phrases.usable(s, np)
        || Mentions.isPronoun(np)
        || Clauses.words(np) > 8
        || Phrases.isGerund(s, np)
        || phrases.isBare(s, np)) {
      return Optional.empty();
    }
    String text = Answers.keyText(np, s);
    Optional<Answer> count = counts.howMany(s, np);
    if (count.isPresent()) {
      Answer a = count.get();
      return Optional.of(
          new Target(a.wh(), np, a.key(), a.accepted(), "NUMBER", QuestionType.NUMERIC));
    }
    String type = mentions.type(s, np);
    Optional<String> person = mentions.personName(s, np);
    if (person.isPresent() || type.equals("PERSON")) {
      String key = person.orElse(text);
      return Optional.of(
          new Target("whom", np, key, List.of(text), "PERSON", QuestionType.SHORT_ANSWER));
    }
    if (PLACE_TYPES.contains(type)) {
      String wh = Target.placeWord(type);
      return Optional.of(new Target(wh, np, text, List.of(), type, QuestionType.SHORT_ANSWER));
    }
    if (type.equals("DATE")) {
      if (!YEAR.matcher(text).matches()) {
        return Optional.empty(); // "when" in place reads wrongly; the moved question asks it
      }
      String decade = text.endsWith("s") ? "what decade" : "what year";
      return Optional.of(
          new Target(
              decade,
              np,
              text.replaceFirst("^(in|the) ", ""),
              List.of(),
              type,
              QuestionType.SHORT_ANSWER));
    }
    if (Set.of("TIME", "DURATION", "SET", "ORDINAL").contains(type)) {
      return Optional.empty();
    }
    if (type.equals("MONEY")) {
      return Optional.of(
          new Target("how much", np, text, List.of(), type, QuestionType.SHORT_ANSWER));
    }
    if (type.equals("PERCENT")) {
      return Optional.of(
          new Target("what percentage", np, text, List.of(), type, QuestionType.SHORT_ANSWER));
    }
    if (!Phrases.hasNoun(np) && !type.equals("ORGANIZATION")) {
      return Optional.empty();
    }
    String wh =
        type.equals("ORGANIZATION")
            ? "which organisation"
            : phrases.isPersonNoun(s, np) ? "whom" : "what";
    String kind = type.equals("O") ? "PHRASE" : type;
    return Optional.of(new Target(wh, np, text, List.of(), kind, QuestionType.SHORT_ANSWER));
  }

  /** "took place", "take part", "made sense": the noun is part of the verb, no thing to ask. */
  private static boolean idiom(Sentence s, Tree np, Clause c) {
    List<Tree> own = np.getLeaves();
    if (own.size() != 1 || !Trees.isOriginal(own.get(0))) {
      return false;
    }
    Tree parent = np.parent(c.tree());
    Optional<Tree> verb = parent == null ? Optional.empty() : Clauses.mainVerb(parent);
    if (verb.isEmpty() || !Trees.isOriginal(verb.get().firstChild())) {
      return false;
    }
    String v = s.tokenOf(verb.get().firstChild()).lemma();
    String n = s.tokenOf(own.get(0)).lemma();
    return Set.of("take", "make", "have", "give", "pay", "play").contains(v)
        && Set.of(
                "place",
                "part",
                "sense",
                "use",
                "care",
                "attention",
                "advantage",
                "effect",
                "note",
                "action",
                "shape",
                "hold",
                "charge",
                "role",
                "time")
            .contains(n);
  }

  /** "one of the most popular in North America": an amount of something, not a thing. */
  static boolean partitive(Sentence s, Tree np) {
    List<Tree> own = np.getLeaves();
    return own.size() > 2
        && own.get(1).value().equalsIgnoreCase("of")
        && Trees.isOriginal(own.get(0))
        && (s.tokenOf(own.get(0)).tag().equals("CD")
            || Set.of("one", "some", "many", "most", "all", "each", "several", "any", "none")
                .contains(own.get(0).value().toLowerCase(Locale.ROOT)));
  }

  /** "one of the most popular", "some of the teams": the part is asked, not what it is of. */
  private static boolean partOfAPart(Tree np, Clause c) {
    Tree pp = np.parent(c.tree());
    if (pp == null || !Trees.is(pp, "PP") || !Trees.firstWord(pp).equals("of")) {
      return false;
    }
    Tree owner = pp.parent(c.tree());
    if (owner == null || !Trees.is(owner, "NP") || owner.firstChild() == pp) {
      return false;
    }
    Tree head = owner.firstChild();
    String w = Trees.firstWord(head);
    return Trees.is(head, "NP") && head.numChildren() == 1 && Trees.is(head.firstChild(), "CD")
        || Set.of(
                "one", "some", "many", "most", "all", "each", "several", "any", "none", "both",
                "part", "half")
            .contains(w);
  }

  /** True inside a relative or subordinate clause of the verb's phrases: another statement. */
  private static boolean inClauseOfItsOwn(Clause c, Tree np) {
    for (Tree at = np.parent(c.tree()); at != null && at != c.tree(); at = at.parent(c.tree())) {
      if (Trees.is(at, "SBAR", "PRN", "FRAG")) {
        return true;
      }
    }
    return false;
  }

  /** "(such as what)": an aside in brackets is not what the clause says. */
  private static boolean bracketed(Clause c, Tree np) {
    int depth = 0;
    for (Tree leaf : c.tree().getLeaves()) {
      if (np.dominates(leaf)) {
        return depth > 0;
      }
      String w = leaf.value();
      if (w.equals("(") || w.equals("-LRB-")) {
        depth++;
      } else if (w.equals(")") || w.equals("-RRB-")) {
        depth = Math.max(0, depth - 1);
      }
    }
    return false;
  }

  private static boolean endsInPossessive(Tree np) {
    Tree last = np.lastChild();
    return last != null && Trees.is(last, "POS");
  }
}
