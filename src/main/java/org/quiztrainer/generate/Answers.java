package org.quiztrainer.generate;

import edu.stanford.nlp.trees.Tree;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.quiztrainer.nlp.Entity;
import org.quiztrainer.nlp.Sentence;
import org.quiztrainer.nlp.Token;
import org.quiztrainer.quiz.QuestionType;

/**
 * Chooses the question words for a phrase from what it is: the entity type of its head and its head
 * noun. People are asked with who, places with where or "which country", dates with when, counted
 * things with "how many" and the noun, anything else with what. Answers are always whole phrases,
 * so a key is never part of a name, and lists of names are not asked at all.
 *
 * <p>Over 250 lines: the question word, the noun it asks about and the shape of the key are one
 * decision, made from the same head and entity type.
 */
final class Answers {
  private static final Set<String> PLACE_TYPES =
      Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");
  private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME");

  /** A minute or second of a game or a clock time: a "when" nobody needs to remember. */
  private static final java.util.regex.Pattern CLOCK =
      java.util.regex.Pattern.compile(
          "\\b\\d+(?:st|nd|rd|th)? (?:minute|second)s?\\b|\\binjury time\\b|\\b\\d{1,2}[:.]\\d{2}\\b");

  /** A minute of a game or a clock time ("the 33rd minute", "22:30"): never worth a question. */
  static boolean isClockTime(String text) {
    return CLOCK.matcher(text).find();
  }

  private static final Set<String> PLACE_PREPOSITIONS =
      Set.of("in", "at", "to", "into", "from", "near", "inside", "across", "throughout", "outside");

  /** Nouns for places that have no name in the text ("in a university", "at the airport"). */
  private static final Set<String> PLACE_NOUNS =
      Set.of(
          "school",
          "university",
          "college",
          "academy",
          "hospital",
          "church",
          "mosque",
          "temple",
          "stadium",
          "arena",
          "airport",
          "city",
          "town",
          "village",
          "country",
          "region",
          "building",
          "house",
          "office",
          "museum",
          "library",
          "prison",
          "camp",
          "hotel",
          "restaurant",
          "park",
          "street",
          "market",
          "station",
          "port",
          "harbour",
          "harbor",
          "base",
          "lab",
          "laboratory",
          "factory",
          "plant",
          "capital",
          "province",
          "district",
          "centre",
          "center",
          "hall",
          "theater",
          "theatre",
          "studio",
          "farm",
          "forest",
          "mountain",
          "river",
          "sea",
          "ocean",
          "island",
          "coast",
          "desert",
          "border",
          "embassy",
          "parliament",
          "palace",
          "square",
          "bridge",
          "garden",
          "classroom",
          "courthouse",
          "headquarters",
          "cathedral",
          "shrine");

  private static final Set<String> PIED_PIPED = Set.of("to", "from", "against", "with");

  /**
   * Prepositions a question can leave behind ("Who was Belousov walking alongside?"). Not "of",
   * "as" or "in", whose stranded questions read wrongly ("Who did Belousov replace Shoigu as?").
   */
  private static final Set<String> STRANDABLE =
      Set.of(
          "on",
          "for",
          "with",
          "about",
          "into",
          "from",
          "to",
          "against",
          "over",
          "through",
          "at",
          "onto",
          "toward",
          "towards",
          "alongside",
          "beside",
          "behind",
          "near",
          "in",
          "by",
          "between",
          "among",
          "under",
          "within",
          "upon",
          "across",
          "around",
          "throughout",
          "like",
          "than");

  private final Mentions mentions;
  private final Phrases phrases;
  private final Counts counts;

  Answers(Mentions mentions) {
    this.mentions = mentions;
    this.phrases = new Phrases(mentions);
    this.counts = new Counts(mentions);
  }

  /** A quotation as the answer: see {@link Counts#quoted}. */
  Optional<Answer> quoted(Sentence s, Tree np) {
    return counts.quoted(s, np);
  }

  /** The answer a noun phrase gives as the subject or object of its clause. */
  Optional<Answer> nounPhrase(Sentence s, Tree np, boolean subject) {
    if (!phrases.usable(s, np)) {
      return Optional.empty();
    }
    Optional<Answer> count = counts.howMany(s, np);
    if (count.isPresent()) {
      return count;
    }
    String type = mentions.type(s, np);
    Optional<String> person = mentions.personName(s, np);
    Kind kind = subject ? Kind.SUBJECT : Kind.OBJECT;
    if (person.isPresent() || type.equals("PERSON")) {
      String key = person.orElse(Render.of(np, s));
      return Optional.of(
          answer(subject ? "who" : "whom", key, alsoAccepted(s, np, key), "PERSON", np, kind));
    }
    if (Mentions.isPronoun(np)) {
      return Optional.empty();
    }
    String text = Render.of(np, s);
    if (PLACE_TYPES.contains(type)) {
      String wh = placeWord(type);
      return Optional.of(answer(wh, keyText(np, s), alsoAccepted(s, np, text), type, np, kind));
    }
    if (type.equals("ORGANIZATION")) {
      return Optional.of(
          answer(organisationWord(s, np), text, alsoAccepted(s, np, text), type, np, kind));
    }
    if (TIME_TYPES.contains(type) || type.equals("DURATION") || type.equals("SET")) {
      return Optional.empty(); // asked as "when" through its prepositional phrase
    }
    if (type.equals("MONEY") && !subject && isAllMoney(s, np)) {
      // "The company paid $5 million": "How much did the company pay?"
      return Optional.of(
          answer("how much", text, alsoAccepted(s, np, text), "MONEY", np, Kind.HOW_MANY));
    }
    if (phrases.isPersonNoun(s, np)) {
      if (phrases.isBare(s, np) || Clauses.words(np) > 8 || phrases.nameAfterHead(s, np)) {
        // "the team", "The President": who, the student can't tell. "The 22nd Fan Expo
        // Canada": the noun before a name is no group of people.
        return Optional.empty();
      }
      return Optional.of(answer(subject ? "who" : "whom", text, List.of(), "GROUP", np, kind));
    }
    Tree core = subject ? np : withoutAdjunct(s, np);
    if (Clauses.words(core) > 10
        || !Phrases.hasNoun(core)
        || Phrases.isGerund(s, core)
        || phrases.isBare(s, core)) {
      return Optional.empty();
    }
    String key = core == np ? text : Render.of(core, s);
    return Optional.of(answer("what", key, alsoAccepted(s, core, key), "PHRASE", core, kind));
  }

  /** "in May" asks when, "in North Korea" where, "with a Ukrainian delegation" with whom. */
  Optional<Answer> prepositional(Sentence s, Tree pp) {
    Optional<Answer> gerund = gerund(s, pp);
    if (gerund.isPresent()) {
      return gerund;
    }
    Optional<Tree> object = Trees.firstChild(pp, "NP");
    if (object.isEmpty() || !phrases.usable(s, object.get()) || pp.numChildren() != 2) {
      return Optional.empty();
    }
    Tree np = object.get();
    String prep = Trees.firstWord(pp);
    String type = mentions.type(s, np);
    String text = keyText(np, s);
    List<String> accepted = new ArrayList<>(alsoAccepted(s, np, text));
    accepted.add(Render.of(pp, s));
    if (TIME_TYPES.contains(type) && !prep.equals("for")) {
      if (Distractors.isVague(text)) {
        return Optional.empty(); // "When was it published? This week.": true of any news
      }
      if (CLOCK.matcher(text).find()) {
        return Optional.empty(); // "When did Kane score? The 69th minute.": a match report's trivia
      }
      return Optional.of(answer("when", text, accepted, type, pp, Kind.TIME));
    }
    if (!PLACE_TYPES.contains(type)
        && (prep.equals("at") || prep.equals("in"))
        && Trees.headToken(np, s).map(t -> t.tag().startsWith("NNP")).orElse(false)
        && !type.equals("PERSON")) {
      // "at the Kennedy Space Center Visitor Complex": a named place the entity model missed.
      return Optional.of(answer("where", text, accepted, "LOCATION", pp, Kind.PLACE));
    }
    if (PLACE_TYPES.contains(type) && PLACE_PREPOSITIONS.contains(prep)) {
      if (PIED_PIPED.contains(prep) && !type.equals("LOCATION")) {
        String wh = prep + " " + placeWord(type);
        return Optional.of(answer(wh, text, accepted, type, pp, Kind.PLACE));
      }
      if (prep.equals("in") || prep.equals("at") || prep.equals("to") || prep.equals("into")) {
        return Optional.of(answer("where", text, accepted, type, pp, Kind.PLACE));
      }
    }
    if (!PLACE_TYPES.contains(type)
        && (prep.equals("at") || prep.equals("in"))
        && type.equals("O")
        && Trees.headToken(np, s).map(t -> PLACE_NOUNS.contains(t.lemma())).orElse(false)
        && !phrases.isBare(s, np)) {
      // "educated in a university or college": a place by what it is, not by its name.
      return Optional.of(answer("where", Render.of(np, s), accepted, "LOCATION", pp, Kind.PLACE));
    }
    if (prep.equals("as") && type.equals("O") && describable(s, np)) {
      // "What did Tesla work as?" and "What did Belousov replace Shoigu as?": a role, asked
      // with "what" ("Who did Belousov replace Shoigu as?" reads as a person).
      Tree role = withoutAdjunct(s, np);
      return Optional.of(
          answer(
              "what", Render.of(role, s), List.of(Render.of(np, s)), "PHRASE", role, Kind.OBJECT));
    }
    Optional<String> person = mentions.personName(s, np);
    if (person.isPresent()
        && Set.of("with", "to", "by", "for", "from", "alongside", "beside", "behind", "against")
            .contains(prep)) {
      return Optional.of(
          answer(
              "who", person.get(), alsoAccepted(s, np, person.get()), "PERSON", np, Kind.OBJECT));
    }
    // "What did Tesla work as?": the object asked, its preposition left where it was.
    Tree core = withoutAdjunct(s, np);
    if (STRANDABLE.contains(prep)
        && !Mentions.isPronoun(core)
        && Phrases.hasNoun(core)
        && Clauses.words(core) <= 8
        && !Phrases.isGerund(s, core)
        && !phrases.isBare(s, core)) {
      String what =
          PLACE_TYPES.contains(type)
              ? placeWord(type)
              : phrases.isPersonNoun(s, core) ? "who" : "what";
      String key = core == np ? text : keyText(core, s);
      return Optional.of(
          answer(what, key, accepted, type.equals("O") ? "PHRASE" : type, core, Kind.OBJECT));
    }
    return Optional.empty();
  }

  /**
   * "good at creating beneficial relations with their students": an action after a preposition asks
   * "What are enthusiastic teachers good at?", the action as the key.
   */
  private Optional<Answer> gerund(Sentence s, Tree pp) {
    if (pp.numChildren() != 2 || !Trees.is(pp.getChild(1), "S")) {
      return Optional.empty();
    }
    Tree clause = pp.getChild(1);
    Optional<Tree> vp = Trees.firstChild(clause, "VP");
    String prep = Trees.firstWord(pp);
    if (Clauses.subject(clause).isPresent()
        || vp.isEmpty()
        || !Trees.is(vp.get().firstChild(), "VBG")
        || !STRANDABLE.contains(prep)
        || Set.of("by", "after", "before", "while", "without").contains(prep)
        || Clauses.words(clause) > 10) {
      return Optional.empty(); // "by proposing …" is how; "after hearing …" is when
    }
    String key = Render.of(clause, s);
    return Optional.of(answer("what", key, List.of(), "PHRASE", clause, Kind.OBJECT));
  }

  /** Every word of the phrase is the amount: "$5 million", not "$5 million in aid". */
  private boolean isAllMoney(Sentence s, Tree np) {
    return Trees.tokens(np, s).stream()
        .allMatch(t -> t.ner().equals("MONEY") || t.tag().equals("DT") || t.tag().equals("$"));
  }

  /**
   * "a draftsman for 60 florins a month": the thing itself, without a phrase that says where, when
   * or for how much, which stays in the question ("What did Tesla work as for 60 florins a
   * month?"). A phrase of what the noun is ("the output of the Tesla Coil") stays in the key.
   */
  Tree withoutAdjunct(Sentence s, Tree np) {
    Tree[] kids = np.children();
    Tree last = kids.length == 0 ? null : kids[kids.length - 1];
    boolean examples =
        kids.length >= 2
            && Trees.is(kids[0], "NP")
            && Trees.is(last, "PP")
            && Set.of("including", "such").contains(Trees.firstWord(last));
    if (examples && Phrases.hasNoun(kids[0])) {
      return kids[0]; // "serious health problems including brain damage …": the examples aside
    }
    if (kids.length != 2 || !Trees.is(kids[0], "NP") || !Trees.is(kids[1], "PP")) {
      return np;
    }
    String prep = Trees.firstWord(kids[1]);
    Optional<Tree> object = Trees.firstChild(kids[1], "NP");
    if (!Set.of("for", "in", "at", "on", "during").contains(prep) || object.isEmpty()) {
      return np;
    }
    String type = mentions.type(s, object.get());
    boolean where =
        PLACE_TYPES.contains(type)
            || Trees.headToken(object.get(), s)
                .map(t -> PLACE_NOUNS.contains(t.lemma()))
                .orElse(false);
    boolean amount =
        Set.of("DATE", "TIME", "NUMBER", "MONEY", "DURATION").contains(type)
            || Trees.tokens(object.get(), s).stream().anyMatch(t -> t.tag().equals("CD"));
    return (where || amount) && Phrases.hasNoun(kids[0]) ? kids[0] : np;
  }

  /** A noun phrase of a few words, with a noun, that names something rather than nothing. */
  private boolean describable(Sentence s, Tree np) {
    return Phrases.hasNoun(np)
        && Clauses.words(np) <= 8
        && !Mentions.isPronoun(np)
        && !Phrases.isGerund(s, np)
        && !phrases.isBare(s, np);
  }

  private Answer answer(
      String wh, String key, List<String> accepted, String type, Tree removed, Kind kind) {
    return new Answer(
        wh, key, accepted, type, skillOf(type), QuestionType.SHORT_ANSWER, removed, kind);
  }

  static ReadingSkill skillOf(String type) {
    return switch (type) {
      case "PERSON", "GROUP" -> ReadingSkill.PEOPLE;
      case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> ReadingSkill.PLACES;
      case "DATE", "TIME", "DURATION" -> ReadingSkill.DATES;
      case "NUMBER", "MONEY", "PERCENT" -> ReadingSkill.NUMBERS;
      case "QUOTE" -> ReadingSkill.QUOTES;
      case "REASON" -> ReadingSkill.CAUSE_EFFECT;
      default -> ReadingSkill.DETAILS;
    };
  }

  private static String placeWord(String type) {
    return switch (type) {
      case "COUNTRY" -> "which country";
      case "CITY" -> "which city";
      case "STATE_OR_PROVINCE" -> "which state";
      default -> "what place";
    };
  }

  /** "which ministry" for "Russia's Defence Ministry", else "which organisation". */
  private String organisationWord(Sentence s, Tree np) {
    Optional<Token> head = Trees.headToken(np, s);
    if (head.isPresent()) {
      String w = head.get().text().toLowerCase(Locale.ROOT);
      if (Set.of(
              "ministry",
              "museum",
              "agency",
              "council",
              "party",
              "university",
              "company",
              "department",
              "committee",
              "court",
              "bank",
              "army",
              "government",
              "center",
              "centre",
              "administration",
              "organisation",
              "organization",
              "union",
              "league")
          .contains(w)) {
        return "which " + w;
      }
    }
    return "which organisation";
  }

  /** The phrase as the article writes it, without a leading "the" before a name. */
  static String keyText(Tree np, Sentence s) {
    String text = Render.of(np, s);
    List<Token> tokens = Trees.tokens(np, s);
    if (tokens.size() > 1
        && tokens.get(0).text().equalsIgnoreCase("the")
        && tokens.get(1).tag().startsWith("NNP")) {
      return text.substring(text.indexOf(' ') + 1);
    }
    return text;
  }

  /** Other ways to write the answer: the phrase itself, a person's surname, no article. */
  private List<String> alsoAccepted(Sentence s, Tree np, String key) {
    Set<String> out = new LinkedHashSet<>();
    String text = Render.of(np, s);
    out.add(text);
    for (Entity e : mentions.entitiesInside(s, np)) {
      if (e.type().equals("PERSON")) {
        out.add(e.text());
        if (e.text().contains(" ")) {
          out.add(org.quiztrainer.nlp.PersonNames.family(e.text()));
        }
      }
    }
    if (key.contains(" ") && mentions.type(s, np).equals("PERSON")) {
      out.add(org.quiztrainer.nlp.PersonNames.family(key));
    }
    out.remove(key);
    return List.copyOf(out);
  }
}
