package org.quiztrainer.analysis;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One question's statistics over a class.
 *
 * @param answered how many attempts answered it
 * @param facility the share of those answers that were right, 0 to 1; empty if none
 * @param discrimination the upper 27% group's facility minus the lower 27% group's, -1 to 1
 * @param pointBiserial the correlation of this item with the rest of the test, -1 to 1
 * @param choiceCounts for choice questions, how often each choice was picked, in choice order
 * @param flags what a teacher should look at
 */
public record ItemStats(
    String questionId,
    int answered,
    OptionalDouble facility,
    OptionalDouble discrimination,
    OptionalDouble pointBiserial,
    Map<String, Integer> choiceCounts,
    List<Flag> flags) {

  /** Reasons to look at a question again. */
  public enum Flag {
    TOO_EASY("too easy: almost everyone gets it right"),
    TOO_HARD("too hard: few get it right; check the key and the wording"),
    DOES_NOT_DISCRIMINATE("does not separate stronger from weaker readers"),
    NEGATIVE_DISCRIMINATION("weaker readers do better than stronger ones: check the key"),
    UNUSED_DISTRACTOR("a wrong choice nobody picks: replace it with a plausible one");

    private final String explanation;

    Flag(String explanation) {
      this.explanation = explanation;
    }

    public String explanation() {
      return explanation;
    }
  }
}
