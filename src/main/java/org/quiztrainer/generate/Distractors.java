package org.quiztrainer.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quiztrainer.nlp.Analysis;
import org.quiztrainer.nlp.Entity;
import org.quiztrainer.nlp.Referent;

/**
 * Wrong answers of the answer's own kind: people for a person, countries for a country, months for
 * a month, numbers near the number, reasons for a reason. The article's own names come first, then
 * the shipped lists. A wrong answer that shares a word with the key, or that the article states as
 * an answer to the same question, is never offered; a question without three good ones (two for a
 * reason or a quotation) gets none.
 *
 * <p>A little over 250 lines: each kind's source of wrong answers is short, and the filters that
 * all of them share read best next to them.
 */
final class Distractors {
  /** Wrong answers a multiple-choice question offers beside the key. */
  static final int WANTED = 3;

  /** Kinds of answer whose wrong answers can be told apart from the key only by reading. */
  private static final Set<String> FEW_OF_A_KIND =
      Set.of("REASON", "QUOTE", "ROLE", "DESCRIPTION", "METHOD");

  /** Dates that are true of almost anything an article reports, so never a wrong answer. */
  private static final Set<String> VAGUE_DATES =
      Set.of(
          "now",
          "today",
          "yesterday",
          "tomorrow",
          "this week",
          "last week",
          "next week",
          "this year",
          "last year",
          "next year",
          "recently",
          "currently",
          "this month",
          "last month",
          "the day",
          "the time",
          "tonight",
          "this morning");

  private static final Set<String> SMALL_WORDS =
      Set.of("the", "and", "for", "with", "from", "that");

  /** Runs of what is not a letter or a digit (compiled once: these run for every pair). */
  static final java.util.regex.Pattern NON_WORD =
      java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

  private final Map<String, Set<String>> pools = new LinkedHashMap<>();
  private final Gazetteer gazetteer;
  private final Map<String, Set<String>> answersByPrompt = new LinkedHashMap<>();

  Distractors(Article article, Gazetteer gazetteer, Spellings spellings, List<Draft> drafts) {
    this.gazetteer = gazetteer;
    Analysis analysis = article.analysis();
    Set<Integer> body = new HashSet<>();
    article.usable().forEach(s -> body.add(s.index()));
    for (Entity e : analysis.entities()) {
      if (!body.contains(e.sentence())) {
        continue; // not the dateline, the headline or a caption
      }
      if (insidePersonName(analysis, e) || e.type().equals("DATE") && isVague(e.text())) {
        continue; // "Christmas" in "Johnnie Christmas"; "this week"
      }
      String name = e.text();
      if (e.type().equals("PERSON")) {
        name =
            analysis
                .coreference()
                .of(e.sentence(), e.end() - 1)
                .filter(r -> r.type().equals("PERSON"))
                .map(Referent::name)
                .map(spellings::of)
                .orElse(spellings.of(name));
      }
      if (name.length() > 1 && !name.equals(name.toLowerCase(Locale.ROOT))
          || e.type().equals("TITLE")) {
        pools.computeIfAbsent(poolOf(e.type()), k -> new LinkedHashSet<>()).add(titleCase(name));
      }
    }
    for (Draft d : drafts) {
      if (FEW_OF_A_KIND.contains(d.answerType())) {
        pools.computeIfAbsent(d.answerType(), k -> new LinkedHashSet<>()).add(d.answer());
      }
      answersByPrompt
          .computeIfAbsent(normalized(d.prompt()), k -> new HashSet<>())
          .add(normalized(d.answer()));
    }
  }

  /** More wrong answers of a kind the article offers ("to formulate countermeasures"). */
  void add(String type, List<String> phrases) {
    pools.computeIfAbsent(type, k -> new LinkedHashSet<>()).addAll(phrases);
  }

  /** Wrong answers for the draft, or none if there are not enough good ones of its kind. */
  Optional<List<String>> forDraft(Draft d) {
    if (d.answerType().equals("NUMBER")) {
      String phrase = d.accepted().isEmpty() ? d.answer() : d.accepted().get(0);
      return NumberChoices.choices(d.answer(), phrase, d.prompt());
    }
    String pool = poolOf(d.answerType());
    if (pool.equals("PHRASE") || pool.equals("O")) {
      return Optional.empty(); // any other phrase of the article is the wrong kind of thing
    }
    Random rng = new Random(d.prompt().hashCode());
    List<String> candidates = new ArrayList<>(pools.getOrDefault(pool, Set.of()));
    if (pool.equals("REASON")) {
      candidates.removeIf(c -> !sameForm(c, d.answer()));
    }
    if (pool.equals("PERSON") && d.answer().contains(" ")) {
      candidates.removeIf(c -> !c.contains(" ")); // full names beside a full name
    }
    if (pool.equals("LOCATION") || pool.equals("ORGANIZATION")) {
      // A museum beside museums, a state beside states: "Florida" beside "Kennedy Space Center
      // Visitor Complex" is a region (and also true), "Pacific Northwest" no museum at all.
      boolean building = isBuilding(d.answer());
      candidates.removeIf(c -> isBuilding(c) != building);
    }
    List<String> shipped =
        new ArrayList<>(gazetteer.ofType(monthOf(d.answer()) != null ? "MONTH" : pool));
    rng.shuffle(candidates);
    rng.shuffle(shipped);
    candidates.addAll(shipped);
    Set<String> madeTrue = answersByPrompt.getOrDefault(normalized(d.prompt()), Set.of());
    List<String> chosen = new ArrayList<>();
    for (String c : candidates) {
      if (chosen.size() == WANTED) {
        break;
      }
      if (acceptable(c, d, madeTrue, chosen)) {
        chosen.add(c);
      }
    }
    int enough = FEW_OF_A_KIND.contains(pool) ? 2 : WANTED;
    return chosen.size() >= enough ? Optional.of(List.copyOf(chosen)) : Optional.empty();
  }

  /** The answers the article gives to the draft's question: none of them is a wrong answer. */
  Set<String> madeTrue(Draft d) {
    return answersByPrompt.getOrDefault(normalized(d.prompt()), Set.of());
  }

  /** "to …" beside "to …", "in response to …" beside "in exchange for …". */
  private static boolean sameForm(String candidate, String key) {
    return firstWord(candidate).equals("to") == firstWord(key).equals("to")
        && perfect(candidate) == perfect(key);
  }

  /**
   * "to have given economic assistance": a reason that only read as one after "appeared"; among
   * plain "to break out of isolation" reasons it is ungrammatical as an answer to "why".
   */
  private static final java.util.regex.Pattern PERFECT =
      java.util.regex.Pattern.compile("^to have (?:been|\\w+ed|\\w+en|\\w+wn)\\b");

  private static boolean perfect(String reason) {
    return PERFECT.matcher(reason.toLowerCase(Locale.ROOT)).find();
  }

  private boolean acceptable(String c, Draft d, Set<String> madeTrue, List<String> chosen) {
    if (madeTrue.contains(normalized(c)) || overlap(c, d.answer())) {
      return false;
    }
    for (String a : d.accepted()) {
      if (overlap(c, a)) {
        return false;
      }
    }
    for (String other : chosen) {
      if (overlap(c, other)) {
        return false;
      }
    }
    if (Prompts.mentionsAnswer(d.prompt(), c)) {
      return false; // the question itself names it
    }
    if (!FEW_OF_A_KIND.contains(d.answerType()) && inSentence(c, d.sentence().text())) {
      // "Which country shipped support to Kyiv?" beside "United States" from "US-led sanctions"
      // in the same sentence: what the sentence names beside the key is often also true of it.
      return false;
    }
    int lengthGap = Math.abs(Draft.words(c) - d.answerWords());
    return lengthGap <= Math.max(3, d.answerWords());
  }

  /** Last words of the names of buildings and institutions, as opposed to regions and bodies. */
  private static final Set<String> BUILDINGS =
      Set.of(
          "center",
          "centre",
          "complex",
          "museum",
          "planetarium",
          "stadium",
          "arena",
          "hall",
          "airport",
          "station",
          "hotel",
          "hospital",
          "university",
          "college",
          "school",
          "library",
          "institute",
          "bridge",
          "tower",
          "palace",
          "cathedral",
          "church",
          "mosque",
          "temple",
          "theatre",
          "theater",
          "park",
          "square",
          "building",
          "house",
          "base",
          "lab",
          "laboratory",
          "port",
          "harbour",
          "harbor",
          "studio",
          "gallery",
          "zoo");

  private static boolean isBuilding(String name) {
    String[] words = normalized(name).split(" ");
    return BUILDINGS.contains(words[words.length - 1]);
  }

  /** True if the sentence names the candidate, in full or by its initials ("US"). */
  private static boolean inSentence(String candidate, String sentence) {
    String s = " " + normalized(sentence) + " ";
    if (s.contains(" " + normalized(candidate) + " ")) {
      return true;
    }
    String[] words = candidate.strip().split("\\s+");
    if (words.length < 2) {
      return false;
    }
    StringBuilder initials = new StringBuilder();
    for (String w : words) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        initials.append(w.charAt(0));
      }
    }
    return initials.length() >= 2
        && java.util.regex.Pattern.compile("(?<!\\p{L})" + initials + "(?!\\p{L})")
            .matcher(sentence)
            .find();
  }

  private static boolean insidePersonName(Analysis a, Entity e) {
    if (e.type().equals("PERSON")) {
      return false;
    }
    for (Entity p : a.entitiesIn(e.sentence())) {
      if (p.type().equals("PERSON") && p.start() <= e.end() && e.start() <= p.end()) {
        return true;
      }
    }
    return false;
  }

  /** A day of the week alone ("Tuesday", "on Friday"): when the news happened, nothing more. */
  private static final java.util.regex.Pattern WEEKDAY =
      java.util.regex.Pattern.compile(
          "(?:(?:last|next|this|on|early|late) )?(?:mon|tues|wednes|thurs|fri|satur|sun)day"
              + "(?: (?:morning|afternoon|evening|night))?");

  static boolean isVague(String date) {
    String d = date.toLowerCase(Locale.ROOT).strip();
    return VAGUE_DATES.contains(d)
        || WEEKDAY.matcher(d).matches()
        || d.startsWith("this ")
        || d.startsWith("last ")
        || d.startsWith("next ")
        || d.startsWith("the weekend")
        || d.endsWith(" ago")
        || d.startsWith("recent");
  }

  private static String firstWord(String s) {
    String t = s.strip().toLowerCase(Locale.ROOT);
    int space = t.indexOf(' ');
    return space < 0 ? t : t.substring(0, space);
  }

  /** The content words of each phrase met, kept: a pool's phrases are compared many times. */
  private final Map<String, Set<String>> wordsOf = new java.util.HashMap<>();

  /** As {@link #overlaps}, with each phrase's words worked out once. */
  private boolean overlap(String a, String b) {
    Set<String> x = wordsOf.computeIfAbsent(a, Distractors::contentWords);
    for (String w : wordsOf.computeIfAbsent(b, Distractors::contentWords)) {
      if (x.contains(w)) {
        return true;
      }
    }
    return normalized(a).equals(normalized(b));
  }

  /** Two answers overlap when they share a word that is not a small word. */
  static boolean overlaps(String a, String b) {
    Set<String> x = contentWords(a);
    for (String w : contentWords(b)) {
      if (x.contains(w)) {
        return true;
      }
    }
    return normalized(a).equals(normalized(b));
  }

  static Set<String> contentWords(String s) {
    Set<String> out = new HashSet<>();
    for (String w : normalized(s).split(" ")) {
      if (w.length() > 2 && !SMALL_WORDS.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /** "RUSSIAN" as the article's first word shouts; as a wrong answer it is "Russian". */
  static String titleCase(String name) {
    StringBuilder out = new StringBuilder();
    for (String w : name.split(" ", -1)) {
      if (out.length() > 0) {
        out.append(' ');
      }
      boolean shouted = w.length() > 4 && w.equals(w.toUpperCase(Locale.ROOT));
      out.append(shouted ? w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT) : w);
    }
    return out.toString();
  }

  static String normalized(String s) {
    return NON_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  private static String monthOf(String answer) {
    String a = answer.strip().toLowerCase(Locale.ROOT);
    return Gazetteer.monthNumbers().containsKey(a) ? a : null;
  }

  /** People, places and things of a kind share one pool of wrong answers. */
  static String poolOf(String type) {
    return switch (type) {
      case "LOCATION", "STATE_OR_PROVINCE" -> "LOCATION";
      case "DATE", "TIME" -> "DATE";
      default -> type;
    };
  }

  /** A small seeded random source, so the same article always gets the same choices. */
  static final class Random {
    private final java.util.Random random;

    Random(long seed) {
      random = new java.util.Random(seed);
    }

    void shuffle(List<?> list) {
      java.util.Collections.shuffle(list, random);
    }
  }
}
