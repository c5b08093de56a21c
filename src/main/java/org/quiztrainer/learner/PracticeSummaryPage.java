package org.quiztrainer.learner;

import java.util.List;

/** The end of a practice run: the score, evidence found, and each answer to look back at. */
public record PracticeSummaryPage(
    String quizTitle,
    String quizId,
    String mode,
    String practiceUrl,
    int answered,
    int total,
    int right,
    int cited,
    int found,
    List<Item> items,
    int dueNow,
    String csrf) {

  /** One answer of the run; {@code found} is null when the evidence wasn't asked for. */
  public record Item(
      String prompt, String tier, boolean correct, Boolean found, String url, boolean pending) {}
}
