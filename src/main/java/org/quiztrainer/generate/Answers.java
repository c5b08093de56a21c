package org.quiztrainer.generate;

import java.util.ArrayList;
import java.util.List;
import org.quiztrainer.quiz.Evidence;
import org.quiztrainer.quiz.QuestionType;

/** Shared pieces for building questions: evidence spans and the answers a grader should accept. */
final class Answers {
  private Answers() {}

  static Evidence evidence(Sentence s) {
    return new Evidence(s.start(), s.end(), s.text());
  }

  /** Other ways to say the answer: a person's surname, a number without its modifier. */
  static List<String> accepted(Mention m) {
    List<String> out = new ArrayList<>();
    String answer = answerOf(m);
    if (m.skill() == Skill.PERSON && answer.contains(" ")) {
      out.add(answer.substring(answer.lastIndexOf(' ') + 1));
    }
    for (String other : List.of(m.text(), m.core())) {
      if (!other.equals(answer) && !out.contains(other)) {
        out.add(other);
      }
    }
    if (m.skill() == Skill.VOCABULARY && m.text().matches("(?i)(a|an) .*")) {
      out.add(m.text().substring(m.text().indexOf(' ') + 1));
    }
    return out;
  }

  /** People are answered by their full name when the article gave it; others by their text. */
  static String answerOf(Mention m) {
    return m.skill() == Skill.PERSON ? m.core() : m.text();
  }

  static QuestionType typeFor(Mention m) {
    return m.skill() == Skill.NUMBER
            && org.quiztrainer.grading.NumberParser.firstNumber(m.core()).isPresent()
        ? QuestionType.NUMERIC
        : QuestionType.SHORT_ANSWER;
  }

  static GeneratedQuestion shortAnswer(Sentence s, Mention m, String prompt, String kind) {
    return new GeneratedQuestion(
        typeFor(m), prompt, List.of(), answerOf(m), accepted(m), evidence(s), m.skill(), kind, 0);
  }
}
