package org.quiztrainer.generate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.quiztrainer.nlp.Entity;
import org.quiztrainer.nlp.Sentence;

/**
 * What the ranker knows about a draft: how it was built, what its answer is, how long it is, how
 * much it copies, where in the article it is, and how central its answer is to the article. Every
 * feature has a name a teacher can read ({@link #describe}).
 */
final class Features {
  /** Facts about the whole article that a draft's features are measured against. */
  record Facts(
      int sentences,
      int paragraphs,
      Set<String> leadWords,
      Map<String, Integer> counts,
      Set<String> topicWords,
      int firstUsable,
      Set<String> commonNouns,
      Map<Integer, Double> centrality) {

    static Facts of(Article article) {
      var a = article.analysis();
      Map<String, Integer> counts = new HashMap<>();
      Set<String> nouns = new HashSet<>();
      for (Sentence s : a.sentences()) {
        for (String w : words(s.text())) {
          counts.merge(w, 1, Integer::sum);
        }
        for (var t : s.tokens()) {
          if (t.tag().equals("NN") || t.tag().equals("NNS")) {
            nouns.add(t.text().toLowerCase(Locale.ROOT));
          }
        }
      }
      Set<String> lead = new HashSet<>(words(article.headlineText()));
      int first = article.usable().isEmpty() ? 0 : article.usable().get(0).index();
      if (!article.usable().isEmpty()) {
        lead.addAll(words(article.usable().get(0).text()));
      }
      Map<String, Integer> entityCounts = new HashMap<>();
      for (Entity e : a.entities()) {
        if (Set.of("PERSON", "ORGANIZATION", "COUNTRY", "CITY", "LOCATION").contains(e.type())) {
          entityCounts.merge(e.text(), 1, Integer::sum);
        }
      }
      String topic =
          entityCounts.entrySet().stream()
              .max(Map.Entry.comparingByValue())
              .map(Map.Entry::getKey)
              .orElse("");
      // What the article is about may be no name at all ("iodine"): its most frequent noun, if it
      // recurs, counts too.
      Map<String, Integer> nounCounts = new HashMap<>();
      for (Sentence s : a.sentences()) {
        for (var t : s.tokens()) {
          if (t.tag().startsWith("NN") && t.text().length() > 2) {
            nounCounts.merge(t.lemma().toLowerCase(Locale.ROOT), 1, Integer::sum);
          }
        }
      }
      String noun =
          nounCounts.entrySet().stream()
              .filter(e -> e.getValue() >= 3)
              .max(Map.Entry.comparingByValue())
              .map(Map.Entry::getKey)
              .orElse("");
      topic = topic + " " + noun;
      return new Facts(
          a.sentences().size(),
          a.paragraphs().size(),
          lead,
          counts,
          new HashSet<>(words(topic)),
          first,
          nouns,
          Centrality.of(article.usable()));
    }
  }

  private static final Set<String> SMALL_WORDS = Set.of("the", "and", "for", "with", "was", "has");

  private Features() {}

  static Map<String, Double> of(Draft d, Facts facts) {
    Map<String, Double> f = new LinkedHashMap<>();
    f.put("bias", 1.0);
    f.put("kind:" + d.kind().name().toLowerCase(Locale.ROOT), 1.0);
    f.put("answer:" + answerClass(d.answerType()), 1.0);
    f.put("origin:" + d.origin(), 1.0);
    f.put("type:" + d.type().wireName(), 1.0);
    int aw = d.answerWords();
    int pw = d.promptWords();
    f.put("answer words", Math.min(aw, 12) / 10.0);
    f.put(
        "answer length:"
            + (aw <= 1 ? "1" : aw == 2 ? "2" : aw <= 4 ? "3-4" : aw <= 7 ? "5-7" : "8+"),
        1.0);
    f.put(
        "answer form:"
            + d.kind().name().toLowerCase(Locale.ROOT)
            + "/"
            + answerClass(d.answerType()),
        1.0);
    f.put("answer has digits", d.answer().matches(".*\\d.*") ? 1.0 : 0.0);
    f.put("answer capitalised", capitalised(d.answer()) ? 1.0 : 0.0);
    f.put("answer at sentence end", atEnd(d) ? 1.0 : 0.0);
    f.put("short answer", aw <= 3 ? 1.0 : 0.0);
    f.put("prompt words", Math.min(pw, 40) / 10.0);
    f.put("long prompt", pw > 20 ? 1.0 : 0.0);
    f.put("verbatim", verbatim(d));
    Sentence s = d.sentence();
    f.put("sentence position", s.index() / (double) Math.max(1, facts.sentences() - 1));
    f.put("first sentence", s.index() == facts.firstUsable() ? 1.0 : 0.0);
    f.put("paragraph position", s.paragraph() / (double) Math.max(1, facts.paragraphs() - 1));
    List<String> answer = words(d.answer());
    f.put("lead overlap", share(answer, facts.leadWords()));
    // How much the sentence is about what the headline and lead are about: the facts that matter.
    f.put(
        "sentence about the lead",
        s.index() == facts.firstUsable() ? 1.0 : share(words(s.text()), facts.leadWords()));
    double frequency = 0;
    for (String w : answer) {
      frequency = Math.max(frequency, facts.counts().getOrDefault(w, 0));
    }
    f.put("answer frequency", Math.log1p(frequency) / 3);
    f.put("answer is topic", share(answer, facts.topicWords()) > 0 ? 1.0 : 0.0);
    f.put("according to", d.prompt().startsWith("According to") ? 1.0 : 0.0);
    f.put("bare reference", bareReference(d.prompt(), facts) ? 1.0 : 0.0);
    f.put("sentence centrality", facts.centrality().getOrDefault(s.index(), 0.0));
    return f;
  }

  /** True if every word of the answer of three letters or more begins with a capital. */
  private static boolean capitalised(String answer) {
    boolean any = false;
    for (String w : answer.split("\\s+")) {
      if (w.length() >= 3 && Character.isLetter(w.charAt(0))) {
        if (!Character.isUpperCase(w.charAt(0))) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  /** True if the answer stands at the end of its sentence: the new information of a clause. */
  private static boolean atEnd(Draft d) {
    String text = d.sentence().text().replaceAll("[\\s.!?\"”’')]+$", "");
    return text.endsWith(d.answer());
  }

  /**
   * "the match", "the banner", "the nations": a thing the question names only by a common noun that
   * the article uses more than once, so that which one is meant needs the sentence it came from
   * ("Which country had greater ball possession in the match?" of a report on three matches).
   */
  static boolean bareReference(String prompt, Facts facts) {
    String[] w = prompt.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'-]+");
    for (int i = 0; i + 1 < w.length; i++) {
      boolean definite = w[i].equals("the") || w[i].equals("this") || w[i].equals("these");
      String noun = w[i + 1];
      boolean alone = i + 2 >= w.length || !facts.commonNouns().contains(w[i + 2]);
      if (definite
          && facts.commonNouns().contains(noun)
          && alone
          && facts.counts().getOrDefault(noun, 0) >= 2) {
        return true;
      }
    }
    return false;
  }

  /** Answer types grouped as the ranker learns them. */
  static String answerClass(String type) {
    return switch (type) {
      case "PERSON" -> "person";
      case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> "place";
      case "ORGANIZATION" -> "organisation";
      case "DATE", "TIME", "DURATION" -> "date";
      case "NUMBER", "MONEY", "PERCENT" -> "number";
      case "QUOTE" -> "quote";
      case "REASON" -> "reason";
      case "METHOD" -> "method";
      case "PHRASE" -> "phrase";
      default -> "other";
    };
  }

  /** Share of the prompt's word pairs that stand, in that order, in its sentence. */
  static double verbatim(Draft d) {
    List<String> p = words(d.prompt());
    List<String> s = words(d.sentence().text());
    if (p.size() < 2) {
      return 0;
    }
    Set<String> pairs = new HashSet<>();
    for (int i = 0; i + 1 < s.size(); i++) {
      pairs.add(s.get(i) + " " + s.get(i + 1));
    }
    int copied = 0;
    for (int i = 0; i + 1 < p.size(); i++) {
      if (pairs.contains(p.get(i) + " " + p.get(i + 1))) {
        copied++;
      }
    }
    return copied / (double) (p.size() - 1);
  }

  private static double share(List<String> words, Set<String> in) {
    if (words.isEmpty()) {
      return 0;
    }
    int n = 0;
    for (String w : words) {
      if (in.contains(w)) {
        n++;
      }
    }
    return n / (double) words.size();
  }

  static List<String> words(String text) {
    List<String> out = new java.util.ArrayList<>();
    for (String w : Distractors.NON_WORD.split(text.toLowerCase(Locale.ROOT))) {
      if (w.length() > 2 && !SMALL_WORDS.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }
}
