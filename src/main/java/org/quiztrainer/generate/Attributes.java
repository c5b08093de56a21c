package org.quiztrainer.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.quiztrainer.nlp.Entity;
import org.quiztrainer.nlp.Sentence;
import org.quiztrainer.nlp.Token;
import org.quiztrainer.quiz.QuestionType;

/**
 * Facts an article gives about a person in passing, which no clause states: the dates in brackets
 * after a name ("Nikola Tesla (10 July 1856 – 7 January 1943)") say when the person was born and
 * died, and a nationality before a description of them ("the Italian physicist Galileo Ferraris",
 * "Tesla was a Serbian American inventor") says what nationality they are. One question of each
 * kind a person.
 */
final class Attributes {
  private static final java.util.regex.Pattern YEAR =
      java.util.regex.Pattern.compile("\\b(1[0-9]|20)\\d{2}\\b");

  private final Article article;
  private final Spellings spellings;

  Attributes(Article article, Spellings spellings) {
    this.article = article;
    this.spellings = spellings;
  }

  List<Draft> build() {
    List<Draft> out = new ArrayList<>();
    Set<String> asked = new HashSet<>();
    for (Sentence s : article.usable()) {
      for (int i = 0; i + 2 < s.size(); i++) {
        Acronyms.at(s, i).filter(d -> asked.add(d.prompt())).ifPresent(out::add);
      }
      List<Entity> entities = article.analysis().entitiesIn(s.index());
      for (Entity e : entities) {
        if (e.type().equals("PERSON")) {
          String name = spellings.of(e.text());
          if (asked.add("life " + name)) {
            lifeDates(s, e, name, entities, out);
          }
        }
        if (e.type().equals("NATIONALITY")) {
          nationality(s, e, entities)
              .filter(d -> asked.add("nationality " + d.prompt()))
              .ifPresent(out::add);
        }
      }
    }
    return out;
  }

  /** "Name (10 July 1856 – 7 January 1943)" and "Name (born 1950)". */
  private void lifeDates(
      Sentence s, Entity person, String name, List<Entity> all, List<Draft> out) {
    List<Token> tokens = s.tokens();
    int open = person.end();
    if (open >= tokens.size() || !tokens.get(open).text().equals("(")) {
      return;
    }
    int close = open + 1;
    while (close < tokens.size() && close < open + 30 && !tokens.get(close).text().equals(")")) {
      close++;
    }
    if (close >= tokens.size() || !tokens.get(close).text().equals(")")) {
      return;
    }
    List<Entity> dates = new ArrayList<>();
    for (Entity d : all) {
      if (d.type().equals("DATE") && d.start() > open && d.end() <= close) {
        dates.add(d);
      }
    }
    if (dates.isEmpty()) {
      return;
    }
    int begin = tokens.get(person.start()).begin();
    int end = tokens.get(close).end();
    Entity first = dates.get(0);
    boolean born = first.start() > open + 1 && tokens.get(first.start() - 1).lemma().equals("bear");
    // "(10 July 1856 – 7 January 1943)" closes the brackets, right after "(" or "…;": a life.
    // "(president, 1933–1953)" is a term of office.
    String before = tokens.get(first.start() - 1).text();
    boolean range =
        dates.size() >= 2
            && between(tokens, first, dates.get(1))
            && dates.get(1).end() == close
            && Set.of("(", ";").contains(before);
    if (born || range) {
      out.add(draft("When was " + name + " born?", first.text(), s, begin, end));
    }
    if (range) {
      out.add(draft("When did " + name + " die?", dates.get(1).text(), s, begin, end));
    }
  }

  /** True if only a dash or "to" stands between two dates: a span of a life. */
  private static boolean between(List<Token> tokens, Entity a, Entity b) {
    if (b.start() - a.end() != 1) {
      return false;
    }
    String w = tokens.get(a.end()).text();
    return Set.of("–", "-", "—", "to", "--").contains(w);
  }

  private static Draft draft(String prompt, String date, Sentence s, int begin, int end) {
    java.util.regex.Matcher year = YEAR.matcher(date);
    List<String> accepted =
        year.find() && !year.group().equals(date) ? List.of(year.group()) : List.of();
    return new Draft(
        QuestionType.SHORT_ANSWER,
        prompt,
        List.of(),
        date,
        accepted,
        s,
        begin,
        end,
        ReadingSkill.DATES,
        Kind.TIME,
        "DATE",
        "attribute");
  }

  /**
   * "the Italian physicist Galileo Ferraris": a nationality, a noun for what the person is, and the
   * name. Also "Tesla was a Serbian American inventor", the nationality in what the subject is.
   */
  private Optional<Draft> nationality(Sentence s, Entity nationality, List<Entity> all) {
    List<Token> tokens = s.tokens();
    int i = nationality.end();
    // Further nationalities and the description: "Serbian American inventor".
    while (i < tokens.size() && tokens.get(i).ner().equals("NATIONALITY")) {
      i++;
    }
    int nouns = i;
    while (i < tokens.size() && tokens.get(i).tag().matches("NNS?|JJ") && i < nouns + 3) {
      i++;
    }
    if (i == nouns || !tokens.get(i - 1).tag().startsWith("NN")) {
      return Optional.empty(); // "Serbian Cyrillic", "Russian troops": no person described
    }
    String noun = tokens.get(i - 1).lemma().toLowerCase(Locale.ROOT);
    if (!Phrases.PERSON_NOUNS.contains(noun)
        && !tokens.get(i - 1).ner().equals("TITLE")
        && !PROFESSIONS.contains(noun)) {
      return Optional.empty();
    }
    Optional<Entity> person = personAt(all, i);
    boolean past = tokens.stream().anyMatch(t -> t.tag().equals("VBD"));
    if (person.isEmpty()) {
      // "Tesla was a Serbian American inventor": the subject, before a form of "be".
      int be = nationality.start() - 1;
      while (be >= 0 && tokens.get(be).tag().equals("DT")) {
        be--;
      }
      if (be < 1 || !tokens.get(be).lemma().equals("be")) {
        return Optional.empty();
      }
      int subjectEnd = be;
      person =
          all.stream().filter(e -> e.type().equals("PERSON") && e.end() == subjectEnd).findFirst();
      if (person.isEmpty()) {
        return Optional.empty();
      }
    }
    String name = spellings.of(person.get().text());
    String key = s.text(nationality.start(), nouns);
    int begin = tokens.get(Math.min(person.get().start(), nationality.start())).begin();
    int end = tokens.get(Math.max(person.get().end(), i) - 1).end();
    String prompt = "What nationality " + (past ? "was " : "is ") + name + "?";
    return Optional.of(
        new Draft(
            QuestionType.SHORT_ANSWER,
            prompt,
            List.of(),
            key,
            List.of(),
            s,
            begin,
            end,
            ReadingSkill.PEOPLE,
            Kind.DEFINITION,
            "NATIONALITY",
            "attribute"));
  }

  private static Optional<Entity> personAt(List<Entity> all, int index) {
    return all.stream().filter(e -> e.type().equals("PERSON") && e.start() == index).findFirst();
  }

  /** What people are, for "the Italian physicist Galileo Ferraris". */
  private static final Set<String> PROFESSIONS =
      Set.of(
          "physicist",
          "mathematician",
          "chemist",
          "inventor",
          "writer",
          "poet",
          "painter",
          "composer",
          "philosopher",
          "historian",
          "novelist",
          "actor",
          "actress",
          "singer",
          "musician",
          "artist",
          "architect",
          "sculptor",
          "explorer",
          "astronomer",
          "biologist",
          "economist",
          "businessman",
          "businesswoman",
          "entrepreneur",
          "playwright",
          "director",
          "footballer",
          "athlete",
          "cyclist",
          "swimmer",
          "boxer",
          "engineer",
          "scientist",
          "lawyer",
          "judge",
          "priest",
          "monk",
          "king",
          "queen",
          "emperor",
          "general",
          "soldier",
          "journalist",
          "photographer",
          "designer",
          "producer",
          "filmmaker",
          "conductor");
}
