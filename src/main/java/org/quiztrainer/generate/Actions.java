package org.quiztrainer.generate;

import java.util.List;
import java.util.Optional;

/**
 * What a sentence's subject did: "In December 1878, Tesla left Graz and severed all relations with
 * his family" gives the action "left Graz" for the question "What did Tesla do in December 1878?".
 */
final class Actions {
  private static final int MAX_WORDS = 8;

  /** The action, with the question that asks for it. */
  record Found(Mention action, String prompt) {}

  private Actions() {}

  static Optional<Found> find(Sentence s, List<Mention> mentions, LanguageModels models) {
    List<Token> t = s.tokens();
    int start = afterLeadingPhrase(t);
    List<Mention> rest = mentions.stream().filter(m -> m.from() >= start).toList();
    Mention subject = WhBuilder.subjectOf(s, rest, start);
    if (subject == null
        || subject.skill() != Skill.PERSON && subject.skill() != Skill.ORGANISATION) {
      return Optional.empty();
    }
    int verb = WhBuilder.afterAppositive(s, subject.to());
    Optional<VerbGroup> group = VerbGroup.at(s, verb, models);
    if (group.isEmpty() || !group.get().auxiliary().equals("did")) {
      return Optional.empty();
    }
    int end = Math.min(t.size(), verb + MAX_WORDS);
    int prepositions = 0;
    for (int i = verb + 1; i < end; i++) {
      // the verb, its object and one prepositional phrase: "arrived in North Korea"
      boolean clauseGoesOn = t.get(i).is("PUNCT", "CCONJ", "SCONJ", "VERB", "AUX", "PART");
      if (clauseGoesOn || t.get(i).is("ADP") && ++prepositions == 2) {
        end = i;
      }
    }
    while (end > verb + 1 && !t.get(end - 1).is("NOUN", "PROPN", "NUM")) {
      end--;
    }
    if (end <= verb + 1) {
      return Optional.empty();
    }
    String text = s.span(verb, end);
    String when =
        start > 0
            ? " " + Prompts.withoutTrailing(s.span(0, start)).toLowerCase(java.util.Locale.ROOT)
            : "";
    String prompt = "What did " + subjectText(s, start, subject) + " do" + when + "?";
    return Optional.of(new Found(new Mention(verb, end, Skill.ACTION, text, text), prompt));
  }

  private static String subjectText(Sentence s, int start, Mention subject) {
    Token first = s.tokens().get(start);
    String text = s.span(start, subject.to());
    boolean shouting =
        first.text().length() > 1
            && first.text().equals(first.text().toUpperCase(java.util.Locale.ROOT));
    return shouting
        ? Prompts.capitalise(first.lower()) + text.substring(first.text().length())
        : text;
  }

  /** "In December 1878," at the start of a sentence: where the subject really begins. */
  private static int afterLeadingPhrase(List<Token> t) {
    if (t.isEmpty() || !t.get(0).is("ADP")) {
      return 0;
    }
    for (int i = 1; i < Math.min(t.size(), 7); i++) {
      if (t.get(i).text().equals(",")) {
        return i + 1;
      }
    }
    return 0;
  }
}
