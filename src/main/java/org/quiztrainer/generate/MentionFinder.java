package org.quiztrainer.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises candidate answers without a named-entity model: people (from titles, known names and
 * name shape), places (from a gazetteer and prepositions), organisations, nationalities, numbers
 * with their modifiers, dates, quotations and plain noun phrases.
 */
final class MentionFinder {
  private final Gazetteer gazetteer;
  private final Set<String> capitalisedMidSentence;
  private final Set<String> people = new HashSet<>();
  private final java.util.Map<String, String> fullNames = new java.util.HashMap<>();
  private String lastPerson;

  MentionFinder(Gazetteer gazetteer, List<Sentence> article) {
    this.gazetteer = gazetteer;
    this.capitalisedMidSentence = new HashSet<>();
    for (Sentence s : article) {
      for (int i = 1; i < s.tokens().size(); i++) {
        if (s.tokens().get(i).isCapitalized()) {
          capitalisedMidSentence.add(s.tokens().get(i).text());
        }
      }
    }
  }

  /** The last person named before the current sentence, for resolving "He" and "She". */
  String lastPerson() {
    return lastPerson;
  }

  /** The mentions of one sentence, left to right, never overlapping. Call in article order. */
  List<Mention> find(Sentence s) {
    List<Mention> found = new ArrayList<>();
    found.addAll(Quotes.find(s));
    found.addAll(Numbers.find(s));
    for (int[] run : NameRuns.find(s, capitalisedMidSentence)) {
      names(s, run[0], run[1], found);
    }
    found.addAll(NounPhrases.find(s));
    List<Mention> kept = withoutOverlaps(found);
    kept.addAll(Coordination.find(s, kept));
    kept.sort(Comparator.comparingInt(Mention::from));
    return kept;
  }

  private void names(Sentence s, int from, int to, List<Mention> out) {
    List<Token> t = s.tokens();
    int start = from;
    if (gazetteer.isCountry(s.span(from, to))) {
      out.add(mention(s, from, to, Skill.PLACE));
      return;
    }
    while (start < to && isDemonymAt(s, start, to)) {
      int len = demonymLength(s, start, to);
      out.add(mention(s, start, start + len, Skill.NATIONALITY));
      start += len;
    }
    int lastTitle = -1;
    for (int i = start; i < to; i++) {
      if (Gazetteer.TITLES.contains(t.get(i).lower())) {
        lastTitle = i;
      }
    }
    boolean titled =
        lastTitle >= 0 || (start > 0 && Gazetteer.TITLES.contains(t.get(start - 1).lower()));
    if (lastTitle >= 0) {
      start = lastTitle + 1;
    }
    if (start >= to) {
      return;
    }
    String text = s.span(start, to);
    if (text.length() < 2) {
      return;
    }
    Skill skill = classify(s, start, to, text, titled);
    String canonical = text;
    if (skill == Skill.PERSON) {
      canonical = fullNames.getOrDefault(text, text);
      if (to - start >= 2) {
        for (int i = start; i < to; i++) {
          people.add(t.get(i).text());
          fullNames.putIfAbsent(t.get(i).text(), text);
        }
      }
      people.add(text);
      lastPerson = canonical;
    }
    out.add(new Mention(start, to, skill, text, canonical));
  }

  private Skill classify(Sentence s, int from, int to, String text, boolean titled) {
    List<Token> t = s.tokens();
    String first = t.get(from).lower();
    if (Gazetteer.MONTHS.contains(first) || Gazetteer.DAYS.contains(first)) {
      return Skill.DATE;
    }
    if (gazetteer.isCountry(text) || gazetteer.isCity(text)) {
      return Skill.PLACE;
    }
    for (int i = from; i < to; i++) {
      if (Gazetteer.ORG_WORDS.contains(t.get(i).lower())) {
        return Skill.ORGANISATION;
      }
    }
    if (titled || people.contains(text)) {
      return Skill.PERSON;
    }
    if (to - from >= 2 && to - from <= 4 && allProperNouns(t, from, to)) {
      return Skill.PERSON;
    }
    if (from > 0
        && List.of("in", "at", "from", "to", "into", "near").contains(t.get(from - 1).lower())) {
      return Skill.PLACE;
    }
    return Skill.EVENT;
  }

  private static boolean allProperNouns(List<Token> t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!t.get(i).is("PROPN")
          || t.get(i).text().equals(t.get(i).text().toUpperCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  private boolean isDemonymAt(Sentence s, int i, int to) {
    return demonymLength(s, i, to) > 0;
  }

  private int demonymLength(Sentence s, int i, int to) {
    if (i + 1 < to && gazetteer.isDemonym(s.span(i, i + 2))) {
      return 2;
    }
    return gazetteer.isDemonym(s.tokens().get(i).text()) && i + 1 <= to ? 1 : 0;
  }

  private static Mention mention(Sentence s, int from, int to, Skill skill) {
    String text = s.span(from, to);
    return new Mention(from, to, skill, text, text);
  }

  /** Keeps typed mentions over plain noun phrases, and longer over shorter within a kind. */
  private static List<Mention> withoutOverlaps(List<Mention> all) {
    List<Mention> sorted = new ArrayList<>(all);
    sorted.sort(
        Comparator.comparing((Mention m) -> m.skill() == Skill.VOCABULARY)
            .thenComparing(m -> -m.length()));
    List<Mention> kept = new ArrayList<>();
    for (Mention m : sorted) {
      if (kept.stream().noneMatch(k -> k.overlaps(m))) {
        kept.add(m);
      }
    }
    kept.sort(Comparator.comparingInt(Mention::from));
    return kept;
  }
}
