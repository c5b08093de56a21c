package org.quiztrainer.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * "Belousov, a former economist, replaced ..." gives two questions: who is described as a former
 * economist, and how the article describes Belousov.
 */
final class AppositiveBuilder {
  private AppositiveBuilder() {}

  static List<Draft> build(Sentence s, List<Mention> mentions) {
    List<Draft> out = new ArrayList<>();
    List<Token> t = s.tokens();
    for (Mention person : mentions) {
      int comma = person.to();
      if (person.skill() != Skill.PERSON
          || comma + 2 >= t.size()
          || !t.get(comma).text().equals(",")) {
        continue;
      }
      if (!t.get(comma + 1).lower().matches("a|an|the")) {
        continue;
      }
      int close = comma + 2;
      while (close < t.size() && close < comma + 9 && !t.get(close).text().equals(",")) {
        close++;
      }
      if (close >= t.size() || !t.get(close).text().equals(",") || !t.get(close - 1).is("NOUN")) {
        continue;
      }
      String description = s.span(comma + 1, close);
      Mention desc = new Mention(comma + 1, close, Skill.DESCRIPTION, description, description);
      out.add(
          new Draft(
              Answers.shortAnswer(
                  s,
                  person,
                  "Who is described in the article as " + description + "?",
                  "appositive"),
              s,
              person));
      var q =
          Answers.shortAnswer(
              s, desc, "How does the article describe " + person.text() + "?", "appositive");
      List<String> accepted = List.of(s.span(comma + 2, close));
      out.add(
          new Draft(
              new GeneratedQuestion(
                  q.type(),
                  q.prompt(),
                  q.choices(),
                  q.answer(),
                  accepted,
                  q.evidence(),
                  q.skill(),
                  q.kind(),
                  0),
              s,
              desc));
    }
    return out;
  }
}
