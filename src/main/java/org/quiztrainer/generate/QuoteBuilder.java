package org.quiztrainer.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Questions about quoted words: "a banner that read: “...”" gives "What did the banner read?", and
 * "Shin said: “...”" gives "What did Shin say?".
 */
final class QuoteBuilder {
  /** Speech verbs and the form a "What did X ...?" question needs. */
  private static final Map<String, String> SPEECH =
      Map.ofEntries(
          Map.entry("read", "read"),
          Map.entry("reads", "read"),
          Map.entry("reading", "read"),
          Map.entry("said", "say"),
          Map.entry("says", "say"),
          Map.entry("saying", "say"),
          Map.entry("stated", "state"),
          Map.entry("declared", "declare"),
          Map.entry("wrote", "write"),
          Map.entry("added", "add"),
          Map.entry("told", "tell"));

  private QuoteBuilder() {}

  static List<Draft> build(Sentence s, List<Mention> mentions) {
    List<Draft> out = new ArrayList<>();
    for (Mention quote : mentions) {
      if (quote.skill() != Skill.QUOTE) {
        continue;
      }
      List<Token> t = s.tokens();
      int i = quote.from() - 2; // skip the opening quote mark
      while (i >= 0 && t.get(i).is("PUNCT")) {
        i--;
      }
      if (i < 0 || !SPEECH.containsKey(t.get(i).lower())) {
        continue;
      }
      String verb = SPEECH.get(t.get(i).lower());
      String who = speaker(s, mentions, i);
      if (who == null) {
        continue;
      }
      String prompt = "What did " + who + " " + verb + "?";
      out.add(new Draft(Answers.shortAnswer(s, quote, prompt, "quote"), s, quote));
    }
    return out;
  }

  /** The noun or person before the speech verb: "a banner that read" names "the banner". */
  private static String speaker(Sentence s, List<Mention> mentions, int verb) {
    List<Token> t = s.tokens();
    int j = verb - 1;
    if (j >= 0 && t.get(j).lower().matches("that|which|who")) {
      j--;
    }
    if (j < 0) {
      return null;
    }
    for (Mention m : mentions) {
      if (m.to() == j + 1 && (m.skill() == Skill.PERSON || m.skill() == Skill.ORGANISATION)) {
        return m.text();
      }
    }
    if (t.get(j).is("NOUN")) {
      return "the " + t.get(j).text();
    }
    return null;
  }
}
