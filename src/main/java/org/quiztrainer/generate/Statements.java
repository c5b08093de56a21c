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
  private static final int LONGEST_LEAD = 34;

  /** What a long lead is shortened to before it is the key of the main-idea question. */
  private static final int SHORT_LEAD = 26;

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

  private static final String MONTHS =
      "January|February|March|April|May|June|July|August|September|October|November|December";

  private final Mentions mentions;
  private final Resolver resolver;
  private final String headline;
  private final Voices voices;

  Statements(Mentions mentions, Resolver resolver, String headline) {
    this.mentions = mentions;
    this.resolver = resolver;
    this.headline = headline;
    this.voices = new Voices(mentions);
  }

  /** "from 2006 to _____": one end of a range, guessed from the other. */
  private static boolean inARange(Sentence s, Entity e) {
    String before = e.start() > 0 ? s.tokens().get(e.start() - 1).text() : "";
    String after = e.end() < s.size() ? s.tokens().get(e.end()).text() : "";
    return Set.of("to", "and", "-", "–").contains(before)
            && e.start() > 1
            && s.tokens().get(e.start() - 2).tag().equals("CD")
        || Set.of("to", "-", "–").contains(after)
            && e.end() + 1 < s.size()
            && s.tokens().get(e.end() + 1).tag().equals("CD");
  }

  /** "(Grand Mosque)": an aside, not the fact. */
  private static boolean inBrackets(Sentence s, Entity e) {
    return e.start() > 0
        && e.end() < s.size()
        && s.tokens().get(e.start() - 1).text().equals("(")
        && s.tokens().get(e.end()).text().equals(")");
  }

  static boolean isSmallNumber(Entity e) {
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

  /**
   * The clause as the statement of what an article's lead says: as {@link #statement(Clause)}, but
   * a news lead runs long, and the main idea is asked with whole leads as the choices.
   */
  Optional<String> leadStatement(Clause c) {
    return statement(c, resolver.resolve(c), LONGEST_LEAD, true);
  }

  private Optional<String> statement(Clause c, Map<Tree, String> words) {
    return statement(c, words, LONGEST_STATEMENT);
  }

  private Optional<String> statement(Clause c, Map<Tree, String> words, int longest) {
    return statement(c, words, longest, false);
  }

  /**
   * {@code shortened}: a long lead loses its adjuncts, the longest first, so that the key of the
   * main-idea question is not the one long choice ("… in the Daughters of the American Revolution
   * Constitution Hall in Washington D.C.").
   */
  private Optional<String> statement(
      Clause c, Map<Tree, String> words, int longest, boolean shortened) {
    Set<Tree> skip = Prompts.dropped(c.predicate());
    if (shortened) {
      Shortening.shorten(c.tree(), Set.of(), skip, SHORT_LEAD, true);
    }
    Map<Tree, String> first = new IdentityHashMap<>(words);
    List<Tree> subjectLeaves = c.subject().getLeaves();
    if (!subjectLeaves.isEmpty() && !first.containsKey(subjectLeaves.get(0))) {
      Tree leaf = subjectLeaves.get(0);
      String w =
          Prompts.firstWordInside(leaf, c.tree(), c.sentence(), Render.word(leaf, c.sentence()));
      first.put(leaf, Render.capitalized(w));
    }
    String body = trimEnd(Render.leaves(Prompts.leaves(c.tree(), skip), c.sentence(), first));
    return finish(c, body, longest);
  }

  private Optional<String> finish(Clause c, String body) {
    return finish(c, body, LONGEST_STATEMENT);
  }

  /** A statement of the clause as a sentence: checked, with its source, capital and full stop. */
  private Optional<String> finish(Clause c, String body, int longest) {
    if (Resolver.dangles(body, resolver.anchored(c))
        || Draft.words(body) < 4
        || Draft.words(body) > longest
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
        Set.of("DT", "PRP$", "CD", "NN", "NNS", "JJ", "JJR", "JJS", "RB", "IN").contains(t.tag());
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
    // The article's own words are true by sight: a true statement says it in the other voice
    // ("Sergei Shoigu was replaced by Belousov …"); a clause with no other voice is only made
    // false.
    Optional<String> turned =
        voices.other(c, names).map(Statements::trimEnd).flatMap(b -> finish(c, b));
    boolean makeFalse = turned.isEmpty() || Math.floorMod(truth.get().hashCode(), 2) == 0;
    String statement = null;
    String answer = "true";
    String type = "O";
    for (Entity e : mentions.entitiesInside(c.sentence(), c.tree())) {
      if (!SWAPPABLE.contains(mentions.typeOf(e))) {
        continue;
      }
      type = e.type();
      // "North Korean President Vladimir Putin", "The Ambassador later took action": a swapped
      // adjective or title is a trick, not a misreading; a number the article spells out
      // ("three") reads wrong as digits.
      boolean trick =
          e.type().equals("NATIONALITY")
              || e.type().equals("TITLE")
              || e.type().equals("NUMBER") && !e.text().matches(".*\\d.*");
      if (makeFalse && !trick) {
        Optional<String> swapped = swap(c, e, names, distractors);
        if (swapped.isPresent()) {
          statement = swapped.get();
          answer = "false";
        }
      }
      break;
    }
    if (statement == null) {
      if (turned.isEmpty()) {
        return Optional.empty();
      }
      statement = turned.get();
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

  private Optional<String> swap(
      Clause c, Entity e, Map<Tree, String> names, Distractors distractors) {
    String original = e.text();
    if (e.type().equals("DATE") && !original.matches("(?i)(?:in )?(?:" + MONTHS + ")|\\d{4}")) {
      // "April 12, 1981" for "Tuesday" or "February 1, 2003" after "at": a swapped date reads
      // right only as a month for a month or a year for a year.
      return Optional.empty();
    }
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
    Optional<List<String>> wrong =
        type.equals("NUMBER")
            ? NumberChoices.wrong(key, probe.prompt(), hedge)
            : distractors.forDraft(probe);
    if (wrong.isEmpty() || key.isEmpty()) {
      return Optional.empty();
    }
    String replacement = wrong.get().get(0);
    if (type.equals("NUMBER")) {
      replacement = NumberChoices.formatLike(original, Long.parseLong(replacement));
    } else {
      // A name the article gives: one from the shipped lists ("a pilgrimage to Brasilia") is
      // false at a glance, without reading.
      String article = mentions.analysis().text();
      Optional<String> named = wrong.get().stream().filter(article::contains).findFirst();
      if (named.isEmpty()) {
        return Optional.empty();
      }
      replacement = named.get();
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
  List<Draft> cloze(Clause c, InSitu inSitu) {
    Map<Tree, String> names = resolver.resolve(c);
    Sentence s = c.sentence();
    List<Draft> out = new java.util.ArrayList<>();
    if (c.words() > LONGEST_CLOZE) {
      return out;
    }
    for (Tree np : inSitu.descriptions(c)) {
      Map<Tree, String> words = new IdentityHashMap<>(names);
      boolean first = true;
      for (Tree leaf : np.getLeaves()) {
        words.put(leaf, first ? "_____" : "");
        first = false;
      }
      String key = Answers.keyText(np, s);
      Optional<String> text = statement(c, words);
      if (text.isPresent()
          && Draft.words(text.get()) <= LONGEST_CLOZE - 1
          && text.get().contains("_____")
          && !Prompts.mentionsAnswer(text.get(), key)) {
        out.add(blank(c, text.get(), key, List.of(Render.of(np, s)), "PHRASE"));
      }
    }
    for (Entity e : mentions.entitiesInside(s, c.tree())) {
      if (!CLOZE_TYPES.contains(e.type())
          || isSmallNumber(e)
          || inBrackets(s, e)
          || headline.contains(e.text())
          || e.type().equals("DATE") && Distractors.isVague(e.text())
          || Answers.isClockTime(e.text())
          || inARange(s, e)) {
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
          // The statement itself at most 25 words ("According to …" included), blank and all.
          || Draft.words(text.get()) > LONGEST_CLOZE - 1
          || !text.get().contains("_____")
          || Prompts.mentionsAnswer(text.get(), e.text())) {
        continue; // "_____ may help Russian President Putin" gives away Russia
      }
      out.add(blank(c, text.get(), e.text(), List.of(), e.type()));
    }
    return out;
  }

  private static Draft blank(
      Clause c, String statement, String key, List<String> accepted, String type) {
    return c.draft(
        QuestionType.SHORT_ANSWER,
        "Fill in the blank: " + statement,
        key,
        accepted,
        Answers.skillOf(type),
        Kind.CLOZE,
        type);
  }
}
