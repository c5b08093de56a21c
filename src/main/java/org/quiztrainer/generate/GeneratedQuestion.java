package org.quiztrainer.generate;

import java.util.List;
import org.quiztrainer.quiz.Evidence;
import org.quiztrainer.quiz.QuestionType;

/**
 * A question made from an article. {@code evidence} is the exact span of the article that answers
 * it; {@code skill} the reading skill it practises; {@code kind} the rule that built it; {@code
 * score} the ranker's estimate and {@code reasons} the features that weighed most in it, in words,
 * for the teacher reviewing the draft.
 */
public record GeneratedQuestion(
    QuestionType type,
    String prompt,
    List<String> choices,
    String answer,
    List<String> acceptedAnswers,
    Evidence evidence,
    ReadingSkill skill,
    String kind,
    double score,
    List<String> reasons) {

  public GeneratedQuestion {
    choices = List.copyOf(choices);
    acceptedAnswers = List.copyOf(acceptedAnswers);
    reasons = List.copyOf(reasons);
  }
}
