package org.quiztrainer.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Questions about quoted words: "a banner that read: “...”" gives "What did the banner read?", and
 * "Shin said: “...”" gives "What did Shin say?".
 */
final class QuoteBuilder {
  private static final Set<String> SPEECH =
      Set.of(
          "read",
          "reads",
          "said",
          "says",
          "stated",
          "declared",
          "wrote",
          "added",
          "told",
          "reading",
          "saying");

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
      if (i < 0 || !SPEECH.contains(t.get(i).lower())) {
        continue;
      }
      String verb = t.get(i).lemma().equals("reading") ? "read" : t.get(i).lemma();
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
