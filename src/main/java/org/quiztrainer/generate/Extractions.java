package org.quiztrainer.generate;

import edu.stanford.nlp.trees.Tree;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.quiztrainer.nlp.Entity;
import org.quiztrainer.nlp.Sentence;
import org.quiztrainer.nlp.Token;

/**
 * The statements hidden inside a clause's phrases: appositives ("Belousov, a former economist" is
 * "Belousov was a former economist"), relative clauses ("a banner that read …" is "the banner read
 * …"), reduced relatives ("a delegation led by Umerov" is "the delegation was led by Umerov"),
 * participles and conjoined verb phrases.
 *
 * <p>Over 250 lines: the five extractions are each short and share their tree matching, which is
 * clearest side by side.
 */
final class Extractions {
  private static final Set<String> PLACE_TYPES =
      Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");
  private static final Set<String> NOT_A_STATEMENT = Set.of("DATE", "TIME", "NUMBER", "MONEY");

  private final Mentions mentions;

  Extractions(Mentions mentions) {
    this.mentions = mentions;
  }

  /**
   * Takes appositives and non-restrictive relative clauses out of the clause's noun phrases, and
   * adds what they state (and what restrictive and reduced relatives state) to {@code found}.
   */
  void fromNounPhrases(Sentence s, Tree clause, Optional<String> source, List<Clause> found) {
    boolean past = Clauses.isPast(clause);
    List<Tree> nps = new ArrayList<>();
    for (Tree t : clause.subTreeList()) {
      if (Trees.is(t, "NP") && t.numChildren() >= 2 && Trees.is(t.firstChild(), "NP")) {
        nps.add(t);
      }
    }
    for (Tree np : nps) {
      Tree head = np.firstChild();
      Tree second = np.getChild(1);
      if (appositive(s, np)) {
        Tree other = np.getChild(2);
        // The name is the subject: "Space Shuttle Enterprise was the prototype orbiter".
        boolean nameSecond =
            isPerson(s, other) && !isPerson(s, head) || !describes(s, other) && describes(s, head);
        Tree subject = nameSecond ? other : head;
        Tree description = nameSecond ? head : other;
        found.add(be(s, subject, description, past, "appositive", source));
        np.setChildren(Trees.copy(subject).children());
      } else if (Trees.is(second, ",") && np.numChildren() >= 3 && isRelative(np.getChild(2))) {
        relative(s, head, np.getChild(2), source).ifPresent(found::add);
        Trees.removeWithPunctuation(clause, np.getChild(2));
      } else if (isRelative(second) && !properBeforeThat(s, head, second)) {
        relative(s, head, second, source).ifPresent(found::add);
      } else if (Trees.is(second, "VP") && Trees.is(second.firstChild(), "VBN")) {
        reduced(s, head, second, past, source).ifPresent(found::add);
      }
    }
  }

  /** "NP , NP ,": two noun phrases for one thing, not a list or "Seattle, Washington". */
  private boolean appositive(Sentence s, Tree np) {
    Tree[] kids = np.children();
    if (kids.length < 3 || kids.length > 4) {
      return false;
    }
    if (!Trees.is(kids[1], ",") || !Trees.is(kids[2], "NP")) {
      return false;
    }
    if (kids.length == 4 && !Trees.is(kids[3], ",")) {
      return false;
    }
    String a = mentions.type(s, kids[0]);
    String b = mentions.type(s, kids[2]);
    if (PLACE_TYPES.contains(a) || PLACE_TYPES.contains(b)) {
      return false; // "Mecca, Saudi Arabia" is where, not what
    }
    if (NOT_A_STATEMENT.contains(a) || NOT_A_STATEMENT.contains(b)) {
      return false;
    }
    // One of the two must describe the other: "Belousov, a former economist". Two names side
    // by side are a list ("the Ontario Ghostbusters, Doctor Who Society of Canada").
    return describes(s, kids[2]) || describes(s, kids[0]);
  }

  /** A phrase headed by a common noun or a title: a description, not a name. */
  private boolean describes(Sentence s, Tree np) {
    Optional<Token> head = Trees.headToken(np, s);
    return head.isPresent()
        && (head.get().tag().startsWith("NN") && !head.get().tag().startsWith("NNP")
            || head.get().ner().equals("TITLE"));
  }

  private boolean isPerson(Sentence s, Tree np) {
    return mentions.type(s, np).equals("PERSON");
  }

  private static boolean isRelative(Tree t) {
    if (!Trees.is(t, "SBAR") || t.numChildren() < 2) {
      return false;
    }
    Tree wh = t.firstChild();
    String word = Trees.firstWord(wh);
    return Trees.is(wh, "WHNP") && Set.of("who", "which", "that").contains(word);
  }

  /**
   * "equipment to Russia that may help Putin": a name takes no restrictive "that" clause, so the
   * clause belongs to a noun further back, and which one is a guess.
   */
  private static boolean properBeforeThat(Sentence s, Tree noun, Tree sbar) {
    Optional<Token> head = Trees.headToken(noun, s);
    return Trees.firstWord(sbar).equals("that")
        && head.map(h -> h.tag().startsWith("NNP")).orElse(false);
  }

  /** "the banner that read X": only subject relatives, whose gap we can fill with the noun. */
  private Optional<Clause> relative(Sentence s, Tree noun, Tree sbar, Optional<String> source) {
    Optional<Tree> inner = Trees.firstChild(sbar, "S");
    if (inner.isEmpty() || Clauses.subject(inner.get()).isPresent()) {
      return Optional.empty();
    }
    Optional<Tree> vp = Trees.firstChild(inner.get(), "VP");
    if (vp.isEmpty() || Mentions.isPronoun(noun) || hasNoNoun(noun)) {
      return Optional.empty();
    }
    Tree clause = Trees.phrase("S", List.of(definite(noun), Trees.copy(vp.get())));
    return Optional.of(new Clause(s, clause, "relative", source));
  }

  /** "a delegation led by Umerov": the delegation was led by Umerov. */
  Optional<Clause> reduced(Sentence s, Tree noun, Tree vp, boolean past, Optional<String> source) {
    if (Mentions.isPronoun(noun) || hasNoNoun(noun)) {
      return Optional.empty();
    }
    List<Token> tokens = Trees.tokens(noun, s);
    if (tokens.size() == 1 && tokens.get(0).tag().equals("NN")) {
      return Optional.empty(); // "student fixed by the State": "Which organisation fixes student?"
    }
    Tree be = Trees.word(Clauses.be(past, Clauses.isPlural(noun)), past ? "VBD" : "VBZ", "be");
    Tree passive = Trees.phrase("VP", List.of(be, Trees.copy(vp)));
    return Optional.of(
        new Clause(s, Trees.phrase("S", List.of(definite(noun), passive)), "reduced", source));
  }

  private Clause be(
      Sentence s,
      Tree subject,
      Tree description,
      boolean past,
      String origin,
      Optional<String> source) {
    Tree be = Trees.word(Clauses.be(past, Clauses.isPlural(subject)), past ? "VBD" : "VBZ", "be");
    Tree vp = Trees.phrase("VP", List.of(be, Trees.copy(description)));
    return new Clause(s, Trees.phrase("S", List.of(Trees.copy(subject), vp)), origin, source);
  }

  /** ", embracing the idea of a new Cold War": Kim Jong-un embraced the idea of … */
  Optional<Clause> participle(
      Sentence s, Tree subject, Tree phrase, boolean past, Optional<String> source) {
    Tree vp = Trees.is(phrase, "VP") ? phrase : Trees.firstChild(phrase, "VP").orElse(null);
    if (vp == null || Mentions.isPronoun(subject) && mentions.referent(s, subject).isEmpty()) {
      return Optional.empty();
    }
    Tree verb = vp.firstChild();
    Token token = Trees.isOriginal(verb.firstChild()) ? s.tokenOf(verb.firstChild()) : null;
    if (token == null) {
      return Optional.empty();
    }
    Tree copy = Trees.copy(vp);
    String form =
        past
            ? Inflection.past(token.lemma())
            : Clauses.isPlural(subject) ? token.lemma() : Inflection.thirdPerson(token.lemma());
    copy.setChild(0, Trees.word(form, past ? "VBD" : "VBZ", token.lemma()));
    Tree clause = Trees.phrase("S", List.of(Trees.copy(subject), copy));
    return Optional.of(new Clause(s, clause, "participle", source));
  }

  /**
   * "South Korea has joined sanctions and shipped support": one clause for each verb phrase, each
   * keeping the subject and the auxiliaries before the join.
   */
  List<Tree> conjoinedVerbPhrases(Tree clause) {
    Tree vp = Clauses.predicate(clause).orElseThrow();
    for (Tree phrase : Clauses.verbPhrases(vp)) {
      List<Integer> conjuncts = new ArrayList<>();
      boolean joined = false;
      Tree[] kids = phrase.children();
      for (int i = 0; i < kids.length; i++) {
        if (Trees.is(kids[i], "VP")) {
          conjuncts.add(i);
        } else if (Trees.is(kids[i], "CC")) {
          joined = true;
        }
      }
      // "(VP (VP joined …) (CC and) (VP shipped …))": a phrase with a verb of its own beside its
      // verb phrases is a parser's mistake, not a list of them.
      if (joined && conjuncts.size() >= 2 && Trees.is(phrase.firstChild(), "VP")) {
        List<Integer> path = pathTo(clause, phrase);
        List<Tree> out = new ArrayList<>();
        for (int j : conjuncts) {
          Tree copy = Trees.copy(clause);
          Tree node = follow(copy, path);
          node.setChildren(node.getChild(j).children());
          out.add(copy);
        }
        return out;
      }
    }
    return List.of();
  }

  /** Who said it, for "According to …": a person's full name, or the subject as written. */
  Optional<String> speaker(Sentence s, Tree subject) {
    Optional<String> person = mentions.personName(s, subject);
    if (person.isPresent()) {
      return person;
    }
    if (Mentions.isPronoun(subject)) {
      return mentions.referent(s, subject).map(r -> r.name());
    }
    List<Token> tokens = Trees.tokens(subject, s);
    if (tokens.isEmpty() || Clauses.words(subject) > 8) {
      return Optional.empty();
    }
    String text = Render.of(subject, s);
    Token first = tokens.get(0);
    boolean determiner = first.tag().equals("DT") || first.tag().equals("PRP$");
    return Optional.of(
        determiner ? text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1) : text);
  }

  private static boolean hasNoNoun(Tree np) {
    for (Tree leaf : np.getLeaves()) {
      Tree pre = leaf.parent(np);
      if (pre != null && Trees.category(pre).startsWith("NN")) {
        return false;
      }
    }
    return true;
  }

  /** The noun phrase with "a" or "an" made "the": a thing mentioned before is definite. */
  static Tree definite(Tree np) {
    Tree copy = Trees.copy(np);
    List<Tree> leaves = copy.getLeaves();
    if (!leaves.isEmpty()) {
      String w = leaves.get(0).value().toLowerCase(Locale.ROOT);
      if (w.equals("a") || w.equals("an")) {
        Tree pre = leaves.get(0).parent(copy);
        Tree parent = pre.parent(copy);
        parent.setChild(parent.objectIndexOf(pre), Trees.word("the", "DT"));
      }
    }
    return copy;
  }

  private static List<Integer> pathTo(Tree root, Tree node) {
    List<Integer> path = new ArrayList<>();
    Tree at = node;
    while (at != root) {
      Tree parent = at.parent(root);
      path.add(0, parent.objectIndexOf(at));
      at = parent;
    }
    return path;
  }

  private static Tree follow(Tree root, List<Integer> path) {
    Tree at = root;
    for (int i : path) {
      at = at.getChild(i);
    }
    return at;
  }

  /** The entity types inside a phrase, for callers choosing a question word. */
  List<Entity> entities(Sentence s, Tree np) {
    return mentions.entitiesInside(s, np);
  }
}
