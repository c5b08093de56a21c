package org.quiztrainer.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Wh-questions from declarative sentences. Subject: "Belousov, a former economist, replaced Sergei
 * Shoigu ..." gives "Who replaced Sergei Shoigu ...?". Object: "Belousov replaced Sergei Shoigu
 * ..." gives "Who did Belousov replace ...?", using the verb's lemma.
 */
final class WhBuilder {
  private static final Set<Skill> SUBJECTS =
      Set.of(Skill.PERSON, Skill.ORGANISATION, Skill.PLACE, Skill.EVENT);

  private WhBuilder() {}

  static List<Draft> build(
      Sentence s, List<Mention> mentions, Gazetteer places, LanguageModels models) {
    List<Draft> out = new ArrayList<>();
    if (mentions.isEmpty()) {
      return out;
    }
    Mention subject = subjectOf(s, mentions);
    if (subject == null) {
      return out;
    }
    int verb = afterAppositive(s, subject.to());
    if (verb >= s.tokens().size() || !s.tokens().get(verb).is("VERB", "AUX")) {
      return out;
    }
    String prompt = wh(subject, places) + " " + Prompts.rest(s, verb) + "?";
    out.add(new Draft(Answers.shortAnswer(s, subject, prompt, "wh"), s, subject));
    objectQuestion(s, mentions, subject, verb, places, models).ifPresent(out::add);
    return out;
  }

  /** The mention the sentence opens with, allowing a leading nationality and title. */
  static Mention subjectOf(Sentence s, List<Mention> mentions) {
    return subjectOf(s, mentions, 0);
  }

  /** The mention a clause starting at token {@code start} opens with. */
  static Mention subjectOf(Sentence s, List<Mention> mentions, int start) {
    for (Mention m : mentions) {
      if (!SUBJECTS.contains(m.skill())) {
        if (m.skill() == Skill.NATIONALITY && m.from() == start) {
          continue;
        }
        return null;
      }
      for (int i = start; i < m.from(); i++) {
        Token t = s.tokens().get(i);
        boolean lead =
            t.isCapitalized() || Gazetteer.TITLES.contains(t.lower()) || t.lower().equals("the");
        if (!lead) {
          return null;
        }
      }
      return m;
    }
    return null;
  }

  static String wh(Mention m, Gazetteer places) {
    return switch (m.skill()) {
      case PERSON -> "Who";
      case PLACE ->
          places.isCountry(m.text())
              ? "Which country"
              : places.isCity(m.text()) ? "Which city" : "Which place";
      case ORGANISATION -> "Which organisation";
      default -> "What";
    };
  }

  /** Skips ", a former economist," after the subject. */
  static int afterAppositive(Sentence s, int i) {
    List<Token> t = s.tokens();
    if (i < t.size() && t.get(i).text().equals(",")) {
      for (int j = i + 1; j < t.size() && j < i + 10; j++) {
        if (t.get(j).text().equals(",")) {
          return j + 1;
        }
      }
    }
    return i;
  }

  private static java.util.Optional<Draft> objectQuestion(
      Sentence s,
      List<Mention> mentions,
      Mention subject,
      int verb,
      Gazetteer places,
      LanguageModels models) {
    Token v = s.tokens().get(verb);
    if (!v.is("VERB") || !v.lower().endsWith("ed")) {
      return java.util.Optional.empty();
    }
    for (Mention object : mentions) {
      if (object.from() == verb + 1 && SUBJECTS.contains(object.skill())) {
        String lemma = models.lemma(v.text(), v.tag());
        if (lemma.equals(v.lower())) {
          return java.util.Optional.empty();
        }
        String wh = object.skill() == Skill.PERSON ? "Who" : "What";
        String after = Prompts.rest(s, object.to());
        String prompt =
            wh
                + " did "
                + subject.text()
                + " "
                + lemma
                + (after.isEmpty() ? "" : " " + after)
                + "?";
        return java.util.Optional.of(
            new Draft(Answers.shortAnswer(s, object, prompt, "wh"), s, object));
      }
    }
    return java.util.Optional.empty();
  }
}
