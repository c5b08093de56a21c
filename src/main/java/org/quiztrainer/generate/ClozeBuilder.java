package org.quiztrainer.generate;

import java.util.ArrayList;
import java.util.List;
import org.quiztrainer.quiz.QuestionType;

/** Fill-in-the-blank questions: the sentence with one mention taken out. */
final class ClozeBuilder {
  private ClozeBuilder() {}

  static List<Draft> build(Sentence s, List<Mention> mentions) {
    List<Draft> out = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.skill() == Skill.ACTION) {
        continue; // asked as "What did X do?" instead
      }
      if (m.skill() == Skill.NUMBER && Answers.typeFor(m) == QuestionType.NUMERIC) {
        int coreFrom = m.to() - m.core().split(" ").length;
        String prompt =
            "Fill in the blank: "
                + Prompts.clauseAroundBlank(Prompts.blank(s, Math.max(m.from(), coreFrom), m.to()));
        var q = Answers.shortAnswer(s, m, prompt, "cloze");
        q =
            new GeneratedQuestion(
                q.type(),
                q.prompt(),
                q.choices(),
                m.core(),
                List.of(),
                q.evidence(),
                q.skill(),
                q.kind(),
                0);
        out.add(new Draft(q, s, m));
      } else {
        String prompt =
            "Fill in the blank: " + Prompts.clauseAroundBlank(Prompts.blank(s, m.from(), m.to()));
        out.add(new Draft(Answers.shortAnswer(s, m, prompt, "cloze"), s, m));
      }
    }
    return out;
  }
}
