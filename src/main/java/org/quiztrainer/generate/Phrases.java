package org.quiztrainer.generate;

import edu.stanford.nlp.trees.Tree;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.quiztrainer.nlp.Entity;
import org.quiztrainer.nlp.Sentence;
import org.quiztrainer.nlp.Token;

/**
 * Which phrases may be answers: whole names, never a part of one or a list of them; nothing that
 * points back ("those troops") or names nobody ("the team"); a noun phrase with a noun.
 *
 * <p>Over 250 lines: most of it is the list of nouns for people, which the rules that use it read
 * beside.
 */
final class Phrases {
  private final Mentions mentions;

  Phrases(Mentions mentions) {
    this.mentions = mentions;
  }

  static final Set<String> PERSON_NOUNS =
      Set.of(
          "official",
          "soldier",
          "troop",
          "people",
          "person",
          "leader",
          "minister",
          "president",
          "pilgrim",
          "astronaut",
          "employee",
          "visitor",
          "student",
          "child",
          "resident",
          "officer",
          "worker",
          "member",
          "fan",
          "player",
          "voter",
          "citizen",
          "civilian",
          "protester",
          "critic",
          "expert",
          "scientist",
          "researcher",
          "doctor",
          "teacher",
          "woman",
          "man",
          "boy",
          "girl",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "adviser",
          "advisor",
          "lawmaker",
          "senator",
          "governor",
          "mayor",
          "ambassador",
          "diplomat",
          "delegation",
          "coach",
          "manager",
          "chief",
          "director",
          "administrator",
          "economist",
          "analyst",
          "journalist",
          "reporter",
          "author",
          "founder",
          "victim",
          "survivor",
          "refugee",
          "migrant",
          "passenger",
          "pilot",
          "engineer",
          "politician",
          "commander",
          "general",
          // Groups of people: "Who won the championship? The Brazilian team."
          "team",
          "squad",
          "crew",
          "crowd",
          "family",
          "panel",
          "jury",
          "audience",
          "association",
          "group",
          "committee");

  /**
   * A phrase we can ask about: no lists of names, no pronouns standing alone, nothing pointing back
   * ("some of those troops"), some words.
   */
  boolean usable(Sentence s, Tree np) {
    if (Clauses.words(np) == 0 || Trees.is(np.firstChild(), "EX")) {
      return false;
    }
    if (cutsAName(s, np)) {
      return false; // "Washington" of "Washington D.C.": a key is never part of a name
    }
    List<Token> tokens = Trees.tokens(np, s);
    for (Token t : tokens) {
      String w = t.text().toLowerCase(Locale.ROOT);
      // "it", "them", "those troops": something only the sentences around say what it is. A
      // relative "that" or "which" points to a noun inside the phrase itself.
      if (t.tag().equals("PRP") && !Set.of("he", "she", "him", "her").contains(w)
          || t.tag().equals("DT") && Set.of("those", "these", "this", "that").contains(w)) {
        return false;
      }
    }
    if (!tokens.isEmpty() && tokens.get(0).text().equalsIgnoreCase("some")) {
      return false;
    }
    if (listsNames(s, np)) {
      return false;
    }
    return !quantified(s, np) && !misparsed(np);
  }

  /**
   * "Sky Television and British Satellite Broadcasting": a list of two names or more is no key, a
   * student names one and is marked wrong. A list of things ("porcelain, cloth and wallpaper") is
   * one answer.
   */
  private boolean listsNames(Sentence s, Tree np) {
    boolean joined = false;
    int names = 0;
    for (Tree c : np.children()) {
      if (Trees.is(c, "CC")) {
        joined = true;
      } else if (Trees.is(c, "NP", "NNP", "NNPS")) {
        Optional<Token> head = Trees.headToken(c, s);
        if (head.isPresent() && (head.get().tag().startsWith("NNP") || head.get().isEntity())) {
          names++;
        }
      }
    }
    return joined && names >= 2;
  }

  /** Prepositions that send something somewhere: after a noun they belong to the verb. */
  private static final Set<String> DIRECTIONS = Set.of("into", "onto", "to", "out", "toward");

  /**
   * Two mistakes of the parser that make a phrase no answer. "allow the team into the country" read
   * as one noun phrase ("the team into the country"): the direction belongs to the verb. "The
   * scientists found reduction of crop yields" read as a subject: a noun phrase holds no verb of
   * its own outside a relative clause.
   */
  static boolean misparsed(Tree np) {
    Tree[] kids = np.children();
    if (kids.length == 2
        && Trees.is(kids[0], "NP")
        && Trees.is(kids[1], "PP")
        && DIRECTIONS.contains(Trees.firstWord(kids[1]))) {
      return true;
    }
    return finiteOutsideClauses(np);
  }

  private static boolean finiteOutsideClauses(Tree t) {
    for (Tree c : t.children()) {
      if (Trees.is(c, "SBAR", "PRN", "S")) {
        continue;
      }
      if (c.isPreTerminal() && Trees.is(c, "VBD", "VBZ", "VBP", "MD")) {
        return true;
      }
      if (!c.isLeaf() && finiteOutsideClauses(c)) {
        return true;
      }
    }
    return false;
  }

  /** Words that make a phrase a vague amount rather than a thing a reader can name. */
  private static final Set<String> VAGUE_QUANTIFIERS =
      Set.of(
          "every",
          "each",
          "another",
          "other",
          "various",
          "most",
          "many",
          "several",
          "all",
          "both",
          "any",
          "such",
          "numerous",
          "certain",
          "only");

  /**
   * "Every team in the contest", "Another contributory factor", "Most iodine in food": as a key, an
   * amount of something rather than an answer; the question it makes is vague or nonsense.
   */
  /**
   * "Other charitable groups", "various shuttle simulators", "some of the teams": a subject that
   * picks out nothing in particular, so that nothing it does can be asked ("What did other groups
   * include?"). "Most iodine in food" and "every team" still say something definite.
   */
  static boolean vaguelyQuantified(Sentence s, Tree np) {
    List<Token> tokens = Trees.tokens(np, s);
    return !tokens.isEmpty()
        && !tokens.get(0).tag().startsWith("NNP")
        && Set.of("other", "another", "various", "several", "some", "numerous", "certain", "such")
            .contains(tokens.get(0).text().toLowerCase(Locale.ROOT));
  }

  static boolean quantified(Sentence s, Tree np) {
    List<Token> tokens = Trees.tokens(np, s);
    if (tokens.isEmpty() || tokens.get(0).tag().startsWith("NNP")) {
      return false; // "All Blacks", "Other Worlds Festival": a name
    }
    return VAGUE_QUANTIFIERS.contains(tokens.get(0).text().toLowerCase(Locale.ROOT));
  }

  /** True if a name the phrase holds part of goes on outside it. */
  private boolean cutsAName(Sentence s, Tree np) {
    List<Token> tokens = Trees.tokens(np, s);
    if (tokens.isEmpty()) {
      return false;
    }
    int first = tokens.get(0).index();
    int last = tokens.get(tokens.size() - 1).index();
    for (Entity e : mentions.analysis().entitiesIn(s.index())) {
      boolean overlaps = e.start() <= last && first < e.end();
      boolean inside = e.start() >= first && e.end() <= last + 1;
      if (overlaps && !inside && !e.type().equals("TITLE") && !e.type().equals("DATE")) {
        return true;
      }
    }
    // "in Washington D.C.": a proper noun right after a proper noun goes on with the name.
    boolean properEnd = tokens.get(tokens.size() - 1).tag().startsWith("NNP");
    return properEnd
        && last + 1 < s.size()
        && s.tokens().get(last + 1).tag().startsWith("NNP")
        && s.tokens().get(last + 1).begin() - tokens.get(tokens.size() - 1).end() <= 1;
  }

  private static final Set<String> EMPTY_NOUNS =
      Set.of(
          "thing", "one", "stuff", "way", "part", "lot", "kind", "type", "number", "form", "case");

  /** "the team", "the event", "The President": a determiner and one noun, naming nobody. */
  boolean isBare(Sentence s, Tree np) {
    if (np.numChildren() > 1 && Trees.is(np.firstChild(), "NP") && Trees.isPause(np.getChild(1))) {
      return isBare(s, np.firstChild()); // "The model, which …": the model
    }
    List<Token> tokens = Trees.tokens(np, s);
    // A title alone ("the model", "the minister") names nobody either.
    if (tokens.size() > 2
        || tokens.stream().anyMatch(t -> t.isEntity() && !t.ner().equals("TITLE"))) {
      return false;
    }
    // One noun alone ("lightning", "X-rays", "essentials") is a thing a reader can name, unless
    // it is a person or an empty noun ("Who found it? Researchers.", "What did they see? Things.").
    return tokens.size() == 1
            && !tokens.get(0).tag().startsWith("NNP")
            && (isPersonNoun(s, np) || EMPTY_NOUNS.contains(tokens.get(0).lemma()))
        || tokens.size() == 2
            && (tokens.get(0).tag().equals("DT") || tokens.get(0).tag().equals("PRP$"))
            && !tokens.get(0).text().equalsIgnoreCase("a")
            && !tokens.get(0).text().equalsIgnoreCase("an");
  }

  /** True if a proper noun follows the phrase's head: the head is part of a name. */
  boolean nameAfterHead(Sentence s, Tree np) {
    Optional<Token> head = Trees.headToken(np, s);
    if (head.isEmpty()) {
      return false;
    }
    for (Token t : Trees.tokens(np, s)) {
      if (t.index() > head.get().index() && t.tag().startsWith("NNP")) {
        return true;
      }
    }
    return false;
  }

  /** "clapping" tagged as a noun: asking "What were they seen?" makes no sense. */
  static boolean isGerund(Sentence s, Tree np) {
    List<Token> tokens = Trees.tokens(np, s);
    return tokens.size() == 1 && tokens.get(0).text().endsWith("ing");
  }

  static boolean hasNoun(Tree np) {
    for (Tree leaf : np.getLeaves()) {
      Tree pre = leaf.parent(np);
      if (pre != null && Trees.category(pre).startsWith("NN")) {
        return true;
      }
    }
    return false;
  }

  boolean isPersonNoun(Sentence s, Tree np) {
    Optional<Token> head = Trees.headToken(np, s);
    return head.isPresent()
        && (PERSON_NOUNS.contains(head.get().lemma().toLowerCase(Locale.ROOT))
            || head.get().ner().equals("TITLE") && head.get().tag().startsWith("NNS"));
  }
}
