package org.quiztrainer.generate;

import edu.stanford.nlp.trees.Tree;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.quiztrainer.nlp.Entity;
import org.quiztrainer.nlp.Sentence;
import org.quiztrainer.nlp.Token;
import org.quiztrainer.quiz.QuestionType;

/**
 * Names, places, dates and amounts inside a clause as targets of a question in place, also where
 * they are no noun phrase of their own: "the Italian physicist Galileo Ferraris" asks "which
 * Italian physicist", "launches February 24" asks "on what date". Never a name that goes on beside
 * it ("North" of "North America"), one of a list, a possessor ("whom's assist"), or a date before a
 * noun ("the 2011 Hajj").
 *
 * <p>A little over 250 lines: each check on a name is a few lines, and they are clearest side by
 * side.
 */
final class NameTargets {
  private static final Set<String> PLACE_TYPES =
      Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");

  private static final String MONTHS =
      "(?:January|February|March|April|May|June|July|August|September|October|November|December)";

  /** "31 October 2005", "October 31, 2005", "10 July": a day of a month. */
  private static final java.util.regex.Pattern DAY_MONTH_YEAR =
      java.util.regex.Pattern.compile(
          "(?:\\d{1,2} " + MONTHS + "|" + MONTHS + " \\d{1,2}(?:st|nd|rd|th)?)(?:,? \\d{4})?");

  /** "October 2005": a month of a year. */
  private static final java.util.regex.Pattern MONTH_YEAR =
      java.util.regex.Pattern.compile(MONTHS + " \\d{4}");

  private static final java.util.regex.Pattern YEAR =
      java.util.regex.Pattern.compile("(?:in |the )?(1[0-9]|20)\\d{2}s?");

  private final Mentions mentions;

  NameTargets(Mentions mentions) {
    this.mentions = mentions;
  }

  /**
   * Names, places, dates and amounts inside the clause that are no noun phrase of their own: "the
   * Italian physicist Galileo Ferraris" asks "which Italian physicist", "the 1893 World's Columbian
   * Exposition" asks "what year".
   */
  List<Target> in(Clause c) {
    Sentence s = c.sentence();
    List<Tree> leaves = c.tree().getLeaves();
    List<Target> out = new ArrayList<>();
    for (Entity e : mentions.analysis().entitiesIn(s.index())) {
      Set<Tree> span = Collections.newSetFromMap(new IdentityHashMap<>());
      int first = -1;
      for (int i = 0; i < leaves.size(); i++) {
        Tree leaf = leaves.get(i);
        if (Trees.isOriginal(leaf) && e.covers(s.tokenOf(leaf).index())) {
          span.add(leaf);
          first = first < 0 ? i : first;
        }
      }
      if (span.size() != e.end() - e.start()
          || first < 0
          || c.subject().getLeaves().containsAll(span)
              && c.subject().getLeaves().size() == span.size()) {
        continue; // not all in the clause, or the whole subject (its own question asks it)
      }
      Tree anchor = leaves.get(first).parent(c.tree()).parent(c.tree());
      int last = first + span.size() - 1;
      if (c.subject().getLeaves().containsAll(span) && !wholeSubject(c, s, leaves, first, last)) {
        continue; // "Minister of Education who said …": the subject is asked as a whole
      }
      if (partOfAName(s, e) || afterAComma(leaves, first)) {
        continue; // "North" of "North America", "Washington" of "Washington D.C."; ", UK"
      }
      if (possessed(s, leaves, last)
          || listed(s, leaves, first, last)
          || e.type().equals("DATE") && modifies(s, leaves, last)) {
        continue; // "from whom's assist", "Doctor Who Society of Canada, and which …", "the what
        // year Hajj"
      }
      int at = first;
      target(s, e, span, leaves, first, anchor)
          .map(t -> withArticle(s, t, leaves, at))
          .map(t -> withPreposition(s, t, leaves, at, c))
          .ifPresent(out::add);
    }
    return out;
  }

  private Optional<Target> target(
      Sentence s, Entity e, Set<Tree> span, List<Tree> leaves, int first, Tree anchor) {
    String type = e.type();
    String text = e.text();
    if (type.equals("NUMBER")) {
      return count(s, e, span, leaves, first, anchor);
    }
    if (type.equals("PERSON") || type.equals("ORGANIZATION")) {
      // A description right before the name goes with the question word: "which Italian
      // physicist".
      int d = first;
      while (d > 0 && describes(s, leaves.get(d - 1))) {
        d--;
      }
      boolean description = d < first && s.tokenOf(leaves.get(first - 1)).tag().startsWith("NN");
      String wh = type.equals("PERSON") ? "whom" : "which organisation";
      if (description) {
        Set<Tree> wider = Collections.newSetFromMap(new IdentityHashMap<>());
        wider.addAll(span);
        StringBuilder desc = new StringBuilder();
        for (int i = d; i < first; i++) {
          wider.add(leaves.get(i));
          desc.append(i > d ? " " : "").append(Render.word(leaves.get(i), s));
        }
        // "the" before the description goes too: "the Italian physicist" is "which Italian …".
        if (d > 0
            && Trees.isOriginal(leaves.get(d - 1))
            && s.tokenOf(leaves.get(d - 1)).tag().equals("DT")) {
          wider.add(leaves.get(d - 1));
        }
        span = wider;
        wh = "which " + Prompts.firstWordInside(leaves.get(d), anchor, s, desc.toString());
      }
      return Optional.of(
          new Target(wh, anchor, text, List.of(), type, QuestionType.SHORT_ANSWER, span));
    }
    if (PLACE_TYPES.contains(type)) {
      String wh = Target.placeWord(type);
      return Optional.of(
          new Target(wh, anchor, text, List.of(), type, QuestionType.SHORT_ANSWER, span));
    }
    if (type.equals("DATE")) {
      String wh =
          YEAR.matcher(text).matches()
              ? "what year"
              : DAY_MONTH_YEAR.matcher(text).matches()
                  ? "what date"
                  : MONTH_YEAR.matcher(text).matches() ? "what month" : null;
      return wh == null
          ? Optional.empty()
          : Optional.of(
              new Target(wh, anchor, text, List.of(), type, QuestionType.SHORT_ANSWER, span));
    }
    if (type.equals("MONEY") || type.equals("PERCENT")) {
      String wh = type.equals("MONEY") ? "how much" : "what percentage";
      return Optional.of(
          new Target(wh, anchor, text, List.of(), type, QuestionType.SHORT_ANSWER, span));
    }
    return Optional.empty();
  }

  /**
   * "squished his toes one hundred times" asks "how many times": a number before the plural noun it
   * counts, the noun left in place after the question words.
   */
  private static Optional<Target> count(
      Sentence s, Entity e, Set<Tree> span, List<Tree> leaves, int first, Tree anchor) {
    int after = first + span.size();
    if (after >= leaves.size() || !Trees.isOriginal(leaves.get(after))) {
      return Optional.empty();
    }
    Token noun = s.tokenOf(leaves.get(after));
    Optional<String> digits = Numbers.digits(e.text());
    if (!noun.tag().equals("NNS") || digits.isEmpty() || isYearLike(e.text())) {
      return Optional.empty();
    }
    return Optional.of(
        new Target(
            "how many",
            anchor,
            digits.get(),
            List.of(e.text()),
            "NUMBER",
            QuestionType.NUMERIC,
            span));
  }

  private static boolean isYearLike(String text) {
    return text.matches("(1[0-9]|20)\\d{2}");
  }

  /** True if a proper noun or a number right beside the entity goes on with its name. */
  private static boolean partOfAName(Sentence s, Entity e) {
    List<Token> tokens = s.tokens();
    boolean before =
        e.start() > 0
            && tokens.get(e.start() - 1).tag().startsWith("NNP")
            && !Set.of("NATIONALITY", "TITLE").contains(tokens.get(e.start() - 1).ner());
    boolean after =
        e.end() < tokens.size()
            && (tokens.get(e.end()).tag().startsWith("NNP")
                || tokens.get(e.end()).tag().equals("CD"))
            && !e.type().equals("DATE");
    return before || after;
  }

  private static boolean afterAComma(List<Tree> leaves, int first) {
    return first > 0 && leaves.get(first - 1).value().equals(",");
  }

  /** A word of a description before a name: "Italian", "physicist", "Defence Minister". */
  private static boolean describes(Sentence s, Tree leaf) {
    if (!Trees.isOriginal(leaf)) {
      return false;
    }
    Token t = s.tokenOf(leaf);
    return Set.of("NATIONALITY", "TITLE").contains(t.ner())
        || t.tag().matches("NNS?|JJ") && !t.isEntity() && Character.isLowerCase(t.text().charAt(0));
  }

  private static boolean possessed(Sentence s, List<Tree> leaves, int last) {
    return last + 1 < leaves.size()
        && Trees.isOriginal(leaves.get(last + 1))
        && s.tokenOf(leaves.get(last + 1)).tag().equals("POS");
  }

  /** True if the name and the description and article before it are the whole subject. */
  private static boolean wholeSubject(
      Clause c, Sentence s, List<Tree> leaves, int first, int last) {
    List<Tree> subject = c.subject().getLeaves();
    if (subject.get(subject.size() - 1) != leaves.get(last)) {
      return false;
    }
    int at = first;
    while (at > 0
        && subject.contains(leaves.get(at - 1))
        && (describes(s, leaves.get(at - 1))
            || Trees.tagOf(leaves.get(at - 1), c.tree()).equals("DT"))) {
      at--;
    }
    return leaves.get(at) == subject.get(0);
  }

  /** One of a list: a comma, "and" or "or" beside it, with "and" or "or" somewhere near. */
  private static boolean listed(Sentence s, List<Tree> leaves, int first, int last) {
    String before = first > 0 ? leaves.get(first - 1).value().toLowerCase(Locale.ROOT) : "";
    String after =
        last + 1 < leaves.size() ? leaves.get(last + 1).value().toLowerCase(Locale.ROOT) : "";
    if (Set.of("and", "or", "&").contains(before) || Set.of("and", "or", "&").contains(after)) {
      return true;
    }
    if (!before.equals(",") && !after.equals(",")) {
      return false;
    }
    for (int i = Math.max(0, first - 6); i < Math.min(leaves.size(), last + 7); i++) {
      if (Set.of("and", "or").contains(leaves.get(i).value().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** "the 2011 Hajj": a date before a noun describes the noun. */
  private static boolean modifies(Sentence s, List<Tree> leaves, int last) {
    return last + 1 < leaves.size()
        && Trees.isOriginal(leaves.get(last + 1))
        && s.tokenOf(leaves.get(last + 1)).tag().matches("NN.*|JJ.*|CD");
  }

  /** "the EPA" is asked "which organisation", not "the which organisation". */
  private static Target withArticle(Sentence s, Target t, List<Tree> leaves, int first) {
    int before = first - 1;
    while (before >= 0 && t.leaves().contains(leaves.get(before))) {
      before--;
    }
    if (before < 0
        || !Trees.isOriginal(leaves.get(before))
        || !s.tokenOf(leaves.get(before)).tag().equals("DT")) {
      return t;
    }
    Set<Tree> wider = Collections.newSetFromMap(new IdentityHashMap<>());
    wider.addAll(t.leaves());
    wider.add(leaves.get(before));
    return t.with(t.wh(), wider);
  }

  /**
   * "launches February 24", a date with no preposition before it, is asked "on what date"; after a
   * preposition the question words stand alone ("since what year").
   */
  private static Target withPreposition(
      Sentence s, Target t, List<Tree> leaves, int first, Clause c) {
    if (!t.type().equals("DATE") || first == 0) {
      return t;
    }
    Tree previous = leaves.get(first - 1);
    String tag = Trees.tagOf(previous, c.tree());
    if (tag.equals("IN") || tag.equals("TO") || t.leaves().contains(previous)) {
      return t;
    }
    String prep = t.wh().equals("what date") ? "on " : "in ";
    return t.with(prep + t.wh(), t.leaves());
  }
}
