package org.quiztrainer.analysis;

import java.util.Map;

/**
 * One student's attempt as the statistics see it: per question id, the answer given and whether it
 * was right. A question left out was not answered.
 */
public record Response(String attemptId, Map<String, Given> answers) {

  /** An answer and its grade. */
  public record Given(String answer, boolean correct) {}

  public Response {
    answers = Map.copyOf(answers);
  }

  public int score() {
    return (int) answers.values().stream().filter(Given::correct).count();
  }

  /** 1 if right, 0 if wrong or not answered: how classical test theory scores an item. */
  int itemScore(String questionId) {
    Given g = answers.get(questionId);
    return g != null && g.correct() ? 1 : 0;
  }
}
