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
 */
final class Answers {
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
          "general");

  private static final Set<String> PLACE_TYPES =
      Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");
  private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME");
  private static final Set<String> PLACE_PREPOSITIONS =
      Set.of("in", "at", "to", "into", "from", "near", "inside", "across", "throughout", "outside");
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
          "by",
          "onto",
          "toward",
          "towards",
          "alongside",
          "beside",
          "behind",
          "near");

  private final Mentions mentions;

  Answers(Mentions mentions) {
    this.mentions = mentions;
  }

  /** The answer a noun phrase gives as the subject or object of its clause. */
  Optional<Answer> nounPhrase(Sentence s, Tree np, boolean subject) {
    if (!usable(s, np)) {
      return Optional.empty();
    }
    Optional<Answer> count = howMany(s, np);
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
    if (isPersonNoun(s, np)) {
      if (isBare(s, np)) {
        return Optional.empty(); // "the team", "The President": who, the student can't tell
      }
      return Optional.of(answer(subject ? "who" : "whom", text, List.of(), "GROUP", np, kind));
    }
    if (Clauses.words(np) > 10 || !hasNoun(np) || isGerund(s, np) || isBare(s, np)) {
      return Optional.empty();
    }
    return Optional.of(answer("what", text, alsoAccepted(s, np, text), "PHRASE", np, kind));
  }

  /**
   * A quotation as the object of its verb ("a banner that read: “Complete support …”") asks "what",
   * with the words inside the quotation marks as the key.
   */
  Optional<Answer> quoted(Sentence s, Tree np) {
    List<Token> tokens = Trees.tokens(np, s);
    if (tokens.isEmpty()) {
      return Optional.empty();
    }
    int begin = tokens.get(0).begin();
    int end = tokens.get(tokens.size() - 1).end();
    for (var q : mentions.analysis().quotes()) {
      if (q.begin() <= begin && end <= q.end() && q.inner().length() > 0) {
        String key = q.inner().replaceAll("[.,;:]+$", "");
        if (Draft.words(key) > 16) {
          return Optional.empty();
        }
        return Optional.of(
            new Answer(
                "what",
                key,
                List.of(),
                "QUOTE",
                ReadingSkill.QUOTES,
                QuestionType.SHORT_ANSWER,
                np,
                Kind.QUOTE_CONTENT));
      }
    }
    return Optional.empty();
  }

  /** "in May" asks when, "in North Korea" where, "with a Ukrainian delegation" with whom. */
  Optional<Answer> prepositional(Sentence s, Tree pp) {
    Optional<Tree> object = Trees.firstChild(pp, "NP");
    if (object.isEmpty() || !usable(s, object.get()) || pp.numChildren() != 2) {
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
    Optional<String> person = mentions.personName(s, np);
    if (person.isPresent()
        && Set.of("with", "to", "by", "for", "from", "alongside", "beside", "behind", "against")
            .contains(prep)) {
      return Optional.of(
          answer(
              "who", person.get(), alsoAccepted(s, np, person.get()), "PERSON", np, Kind.OBJECT));
    }
    // "What did Tesla work as?": the object asked, its preposition left where it was.
    if (STRANDABLE.contains(prep)
        && !Mentions.isPronoun(np)
        && hasNoun(np)
        && Clauses.words(np) <= 8
        && !isGerund(s, np)
        && !isBare(s, np)) {
      String what =
          PLACE_TYPES.contains(type) ? placeWord(type) : isPersonNoun(s, np) ? "who" : "what";
      return Optional.of(
          answer(what, text, accepted, type.equals("O") ? "PHRASE" : type, np, Kind.OBJECT));
    }
    return Optional.empty();
  }

  /** "more than 10,000 soldiers" asks "how many soldiers", with 10000 as the key. */
  Optional<Answer> howMany(Sentence s, Tree np) {
    Tree number = null;
    for (Tree c : np.children()) {
      if (Trees.is(c, "QP") || Trees.is(c, "CD")) {
        number = c;
        break;
      }
    }
    Tree head = Trees.headLeaf(np);
    Tree headTag = head == null ? null : head.parent(np);
    boolean countsANoun =
        number != null
            && headTag != null
            && Trees.is(headTag, "NNS", "NN")
            && headTag.parent(np) == np
            && np.objectIndexOf(number) < np.objectIndexOf(headTag);
    if (!countsANoun) {
      return Optional.empty(); // a count comes before a common noun: not "STS-135"
    }
    List<Token> digits = new ArrayList<>();
    for (Token t : Trees.tokens(number, s)) {
      if (t.tag().equals("CD")) {
        digits.add(t);
      }
    }
    boolean dateOrRank =
        digits.stream()
            .anyMatch(
                d ->
                    mentions
                        .analysis()
                        .entityAt(s.index(), d.index())
                        .map(e -> TIME_TYPES.contains(e.type()) || e.type().equals("ORDINAL"))
                        .orElse(false));
    String phrase = Render.of(number, s);
    Optional<String> value = Numbers.digits(phrase);
    if (digits.isEmpty() || dateOrRank || value.isEmpty()) {
      return Optional.empty();
    }
    List<Tree> rest = new ArrayList<>();
    for (Tree c : np.children()) {
      if (c != number && !Trees.is(c, "DT")) {
        rest.add(c);
      }
    }
    String noun = Render.leaves(leaves(rest), s);
    if (noun.isBlank() || Draft.words(noun) > 5) {
      return Optional.empty();
    }
    return Optional.of(
        new Answer(
            "how many " + noun,
            value.get(),
            List.of(phrase),
            "NUMBER",
            ReadingSkill.NUMBERS,
            QuestionType.NUMERIC,
            np,
            Kind.HOW_MANY));
  }

  private static List<Tree> leaves(List<Tree> nodes) {
    List<Tree> out = new ArrayList<>();
    for (Tree n : nodes) {
      out.addAll(n.getLeaves());
    }
    return out;
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

  /**
   * A phrase we can ask about: no lists of names, no pronouns standing alone, nothing pointing back
   * ("some of those troops"), some words.
   */
  private boolean usable(Sentence s, Tree np) {
    if (Clauses.words(np) == 0 || Trees.is(np.firstChild(), "EX")) {
      return false;
    }
    if (cutsAName(s, np)) {
      return false; // "Washington" of "Washington D.C.": a key is never part of a name
    }
    for (Tree leaf : np.getLeaves()) {
      if (Set.of("those", "these", "this", "that", "some", "it", "they", "them", "which")
          .contains(leaf.value().toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    for (Tree c : np.children()) {
      if (Trees.is(c, "CC")) {
        return false;
      }
    }
    return true;
  }

  private boolean isPersonNoun(Sentence s, Tree np) {
    Optional<Token> head = Trees.headToken(np, s);
    return head.isPresent()
        && (PERSON_NOUNS.contains(head.get().lemma().toLowerCase(Locale.ROOT))
            || head.get().ner().equals("TITLE") && head.get().tag().startsWith("NNS"));
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

  /** "the team", "the event", "The President": a determiner and one noun, naming nobody. */
  private boolean isBare(Sentence s, Tree np) {
    List<Token> tokens = Trees.tokens(np, s);
    if (tokens.size() > 2 || tokens.stream().anyMatch(Token::isEntity)) {
      return false;
    }
    return tokens.size() == 1 && !tokens.get(0).tag().startsWith("NNP")
        || tokens.size() == 2 && tokens.get(0).tag().equals("DT");
  }

  /** "clapping" tagged as a noun: asking "What were they seen?" makes no sense. */
  private static boolean isGerund(Sentence s, Tree np) {
    List<Token> tokens = Trees.tokens(np, s);
    return tokens.size() == 1 && tokens.get(0).text().endsWith("ing");
  }

  private static boolean hasNoun(Tree np) {
    for (Tree leaf : np.getLeaves()) {
      Tree pre = leaf.parent(np);
      if (pre != null && Trees.category(pre).startsWith("NN")) {
        return true;
      }
    }
    return false;
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
        String[] parts = e.text().split(" ");
        if (parts.length > 1) {
          out.add(parts[parts.length - 1]);
        }
      }
    }
    String[] keyParts = key.split(" ");
    if (keyParts.length > 1 && mentions.type(s, np).equals("PERSON")) {
      out.add(keyParts[keyParts.length - 1]);
    }
    out.remove(key);
    return List.copyOf(out);
  }
}
