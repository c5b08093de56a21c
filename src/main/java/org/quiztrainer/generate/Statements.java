package org.quiztrainer.generate;

import edu.stanford.nlp.trees.Tree;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quiztrainer.nlp.Entity;
import org.quiztrainer.nlp.Sentence;
import org.quiztrainer.quiz.QuestionType;

/**
 * Questions that state a fact rather than ask for it: true/false statements and fill-in-the-blanks,
 * both from the short statements the simplifier made, never from a whole long sentence. About half
 * the true/false statements are made false by one swap of a name, place, date or number for another
 * of its kind that the article does not make true.
 *
 * <p>Over 250 lines because true/false and cloze share the choice of statement and the give-away
 * checks; apart, the two would drift.
 */
final class Statements {
  private static final Set<String> SWAPPABLE =
      Set.of(
          "PERSON",
          "COUNTRY",
          "CITY",
          "NATIONALITY",
          "ORGANIZATION",
          "DATE",
          "NUMBER",
          "STATE_OR_PROVINCE",
          "TITLE");
  private static final int LONGEST_STATEMENT = 22;
  private static final int LONGEST_CLOZE = 25;

  /** What a blank may stand for: names, places, dates and numbers, not adjectives or titles. */
  private static final Set<String> CLOZE_TYPES =
      Set.of(
          "PERSON",
          "COUNTRY",
          "CITY",
          "ORGANIZATION",
          "DATE",
          "NUMBER",
          "STATE_OR_PROVINCE",
          "LOCATION",
          "MONEY",
          "PERCENT");

  private final Mentions mentions;
  private final Resolver resolver;
  private final String headline;

  Statements(Mentions mentions, Resolver resolver, String headline) {
    this.mentions = mentions;
    this.resolver = resolver;
    this.headline = headline;
  }

  /** "(Grand Mosque)": an aside, not the fact. */
  private static boolean inBrackets(Sentence s, Entity e) {
    return e.start() > 0
        && e.end() < s.size()
        && s.tokens().get(e.start() - 1).text().equals("(")
        && s.tokens().get(e.end()).text().equals(")");
  }

  private static boolean isSmallNumber(Entity e) {
    return e.type().equals("NUMBER")
        && Numbers.digits(e.text())
            .map(n -> n.length() <= 2 && Double.parseDouble(n) <= 12)
            .orElse(false);
  }

  /** The clause as a sentence of its own, pronouns resolved, or empty if it can't stand alone. */
  Optional<String> statement(Clause c) {
    Map<Tree, String> names = resolver.resolve(c);
    return statement(c, names);
  }

  private Optional<String> statement(Clause c, Map<Tree, String> words) {
    Set<Tree> skip = Prompts.dropped(c.predicate());
    Map<Tree, String> first = new IdentityHashMap<>(words);
    List<Tree> subjectLeaves = c.subject().getLeaves();
    if (!subjectLeaves.isEmpty() && !first.containsKey(subjectLeaves.get(0))) {
      Tree leaf = subjectLeaves.get(0);
      String w =
          Prompts.firstWordInside(leaf, c.tree(), c.sentence(), Render.word(leaf, c.sentence()));
      first.put(leaf, Render.capitalized(w));
    }
    String body = trimEnd(Render.leaves(Prompts.leaves(c.tree(), skip), c.sentence(), first));
    if (Resolver.dangles(body)
        || Draft.words(body) < 4
        || Draft.words(body) > LONGEST_STATEMENT
        || !Wellformed.reads(body)
        || !Wellformed.endsWhole(body)) {
      return Optional.empty();
    }
    if (c.source().isPresent()) {
      body = "According to " + c.source().get() + ", " + lowerFirst(body, c);
    }
    return Optional.of(Render.capitalized(body) + ".");
  }

  /** Without the punctuation a statement ended on: "species,." is "species". */
  static String trimEnd(String text) {
    String t = text;
    String before;
    do {
      before = t;
      t = t.replaceAll("[\\s,;:—–\"“”‘`.!?-]+$", "");
    } while (!t.equals(before));
    return t;
  }

  /** "According to Shin, the country …": only a word that is not a name loses its capital. */
  private static String lowerFirst(String body, Clause c) {
    List<Tree> leaves = c.subject().getLeaves();
    if (leaves.isEmpty() || !Trees.isOriginal(leaves.get(0))) {
      return body;
    }
    org.quiztrainer.nlp.Token t = c.sentence().tokenOf(leaves.get(0));
    boolean common =
        Set.of("DT", "PRP$", "CD", "NN", "NNS", "JJ", "JJR", "JJS", "RB").contains(t.tag());
    return common && !t.isEntity()
        ? body.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + body.substring(1)
        : body;
  }

  /** "True or false: …", false about half the time when a swap is possible. */
  Optional<Draft> trueFalse(Clause c, Distractors distractors) {
    Map<Tree, String> names = resolver.resolve(c);
    Optional<String> truth = statement(c, names);
    if (truth.isEmpty()) {
      return Optional.empty();
    }
    boolean makeFalse = Math.floorMod(truth.get().hashCode(), 2) == 0;
    String statement = truth.get();
    String answer = "true";
    String type = "O";
    for (Entity e : mentions.entitiesInside(c.sentence(), c.tree())) {
      if (!SWAPPABLE.contains(e.type())) {
        continue;
      }
      type = e.type();
      if (makeFalse) {
        Optional<String> swapped = swap(c, e, names, distractors);
        if (swapped.isPresent()) {
          statement = swapped.get();
          answer = "false";
        }
      }
      break;
    }
    if (answer.equals("true") && copiesItsSentence(statement, c)) {
      return Optional.empty(); // the sentence itself, nearly always true: nothing to think about
    }
    int[] span = c.span();
    return Optional.of(
        new Draft(
            QuestionType.TRUE_FALSE,
            "True or false: " + statement,
            List.of("true", "false"),
            answer,
            List.of(),
            c.sentence(),
            span[0],
            span[1],
            Answers.skillOf(type),
            Kind.TRUE_FALSE,
            type,
            c.origin()));
  }

  /** A statement that is four fifths or more of its sentence, in the same words. */
  private static boolean copiesItsSentence(String statement, Clause c) {
    int words = Draft.words(statement);
    int sentence = Draft.words(c.sentence().text());
    return c.origin().equals("main") && words >= 0.8 * sentence;
  }

  private Optional<String> swap(
      Clause c, Entity e, Map<Tree, String> names, Distractors distractors) {
    String original = e.text();
    String type = e.type().equals("NUMBER") ? "NUMBER" : e.type();
    String key = type.equals("NUMBER") ? Numbers.digits(original).orElse("") : original;
    NumberChoices.Hedge hedge = NumberChoices.Hedge.EXACT;
    if (type.equals("NUMBER")) {
      hedge = NumberChoices.Hedge.of(original);
      if (hedge == NumberChoices.Hedge.EXACT) {
        hedge =
            NumberChoices.Hedge.before(c.sentence().text(Math.max(0, e.start() - 3), e.start()));
      }
      if (hedge == NumberChoices.Hedge.AT_LEAST || hedge == NumberChoices.Hedge.AT_MOST) {
        return Optional.empty(); // "more than 8,000" is as true as "more than 10,000"
      }
    }
    Draft probe =
        new Draft(
            QuestionType.SHORT_ANSWER,
            "Who " + c.text(),
            List.of(),
            key,
            hedge == NumberChoices.Hedge.ABOUT ? List.of("about " + original) : List.of(),
            c.sentence(),
            0,
            0,
            ReadingSkill.DETAILS,
            Kind.SUBJECT,
            type,
            c.origin());
    Optional<List<String>> wrong = distractors.forDraft(probe);
    if (wrong.isEmpty() || key.isEmpty()) {
      return Optional.empty();
    }
    String replacement = wrong.get().get(0);
    if (type.equals("NUMBER")) {
      replacement = NumberChoices.formatLike(original, Long.parseLong(replacement));
    }
    Map<Tree, String> words = new IdentityHashMap<>(names);
    boolean firstLeaf = true;
    for (Tree leaf : c.tree().getLeaves()) {
      if (Trees.isOriginal(leaf) && e.covers(c.sentence().tokenOf(leaf).index())) {
        words.put(leaf, firstLeaf ? replacement : "");
        firstLeaf = false;
      }
    }
    return firstLeaf ? Optional.empty() : statement(c, words);
  }

  /** "Fill in the blank: Belousov replaced _____ as defence minister in May.", one per name. */
  List<Draft> cloze(Clause c) {
    Map<Tree, String> names = resolver.resolve(c);
    Sentence s = c.sentence();
    List<Draft> out = new java.util.ArrayList<>();
    if (c.words() > LONGEST_CLOZE) {
      return out;
    }
    for (Entity e : mentions.entitiesInside(s, c.tree())) {
      if (!CLOZE_TYPES.contains(e.type())
          || isSmallNumber(e)
          || inBrackets(s, e)
          || headline.contains(e.text())
          || e.type().equals("DATE") && Distractors.isVague(e.text())) {
        continue; // "the _____ team" (Afghan), "winning _____ points" (three): too easy
      }
      Map<Tree, String> words = new IdentityHashMap<>(names);
      boolean first = true;
      for (Tree leaf : c.tree().getLeaves()) {
        if (Trees.isOriginal(leaf) && e.covers(s.tokenOf(leaf).index())) {
          words.put(leaf, first ? "_____" : "");
          first = false;
        }
      }
      Optional<String> text = statement(c, words);
      if (text.isEmpty()
          || !text.get().contains("_____")
          || Prompts.mentionsAnswer(text.get(), e.text())) {
        continue; // "_____ may help Russian President Putin" gives away Russia
      }
      int[] span = c.span();
      out.add(
          new Draft(
              QuestionType.SHORT_ANSWER,
              "Fill in the blank: " + text.get(),
              List.of(),
              e.text(),
              List.of(),
              s,
              span[0],
              span[1],
              Answers.skillOf(e.type()),
              Kind.CLOZE,
              e.type(),
              c.origin()));
    }
    return out;
  }
}
