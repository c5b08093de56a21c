package org.quiztrainer.quiz;

import java.util.List;

/**
 * One question as a student meets it, with its answer key. {@code versionId} names the stored
 * version of this content, so an answer keeps pointing at exactly what the student saw.
 *
 * <p>For {@link QuestionType#TRUE_FALSE} the choices are {@code ["true", "false"]}; for {@link
 * QuestionType#NUMERIC} the answer is a number written in digits, optionally with a tolerance.
 */
public record Question(
    String id,
    QuestionType type,
    String prompt,
    List<String> choices,
    String answer,
    List<String> acceptedAnswers,
    double tolerance,
    String explanation,
    Evidence evidence,
    long versionId) {

  public Question {
    choices = List.copyOf(choices);
    acceptedAnswers = List.copyOf(acceptedAnswers);
  }
}
