package org.quiztrainer.generate;

import java.util.ArrayList;
import java.util.List;
import org.quiztrainer.quiz.QuestionType;

/**
 * True/false statements from a sentence. Half are the sentence as written; the others swap one fact
 * for another of the same kind from the article, so a false statement is never absurd.
 */
final class TrueFalseBuilder {
  private static final int MAX_WORDS = 32;

  private TrueFalseBuilder() {}

  static List<Draft> build(Sentence s, List<Mention> mentions, Distractors distractors) {
    List<Draft> out = new ArrayList<>();
    if (s.tokens().size() > MAX_WORDS) {
      return out;
    }
    for (Mention m : mentions) {
      if (!Distractors.KINDS.contains(m.skill())) {
        continue;
      }
      var wrong = distractors.forAnswer(m.skill(), m.core(), "");
      if (wrong.isEmpty()) {
        continue;
      }
      boolean makeFalse = (s.index() + m.from()) % 2 == 0;
      String statement = Prompts.withoutTrailing(s.text());
      if (makeFalse) {
        int coreFrom = m.to() - m.core().split(" ").length;
        int from = m.skill() == Skill.NUMBER ? Math.max(m.from(), coreFrom) : m.from();
        String text = s.text();
        statement =
            Prompts.withoutTrailing(
                text.substring(0, s.charStart(from))
                    + wrong.get().get(0)
                    + text.substring(s.charEnd(m.to() - 1)));
      }
      String prompt = "True or false: " + statement + ".";
      out.add(
          new Draft(
              new GeneratedQuestion(
                  QuestionType.TRUE_FALSE,
                  prompt,
                  List.of("true", "false"),
                  makeFalse ? "false" : "true",
                  List.of(),
                  Answers.evidence(s),
                  m.skill(),
                  "true_false",
                  0),
              s,
              m));
      return out;
    }
    return out;
  }
}
