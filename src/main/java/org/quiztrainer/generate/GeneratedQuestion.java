package org.quiztrainer.generate;

import java.util.List;
import org.quiztrainer.quiz.Evidence;
import org.quiztrainer.quiz.QuestionType;

/**
 * A question made from an article. {@code evidence} is the exact span of the article that answers
 * it; {@code kind} says how it was built (cloze, wh, quote, appositive, true_false) and {@code
 * score} how good the ranker thinks it is.
 */
public record GeneratedQuestion(
    QuestionType type,
    String prompt,
    List<String> choices,
    String answer,
    List<String> acceptedAnswers,
    Evidence evidence,
    Skill skill,
    String kind,
    double score) {

  public GeneratedQuestion {
    choices = List.copyOf(choices);
    acceptedAnswers = List.copyOf(acceptedAnswers);
  }

  GeneratedQuestion withScore(double newScore) {
    return new GeneratedQuestion(
        type, prompt, choices, answer, acceptedAnswers, evidence, skill, kind, newScore);
  }

  GeneratedQuestion withPrompt(String newPrompt) {
    return new GeneratedQuestion(
        type, newPrompt, choices, answer, acceptedAnswers, evidence, skill, kind, score);
  }

  GeneratedQuestion asMultipleChoice(List<String> options) {
    return new GeneratedQuestion(
        QuestionType.MULTIPLE_CHOICE,
        prompt,
        options,
        answer,
        List.of(),
        evidence,
        skill,
        kind,
        score + 0.3);
  }
}
