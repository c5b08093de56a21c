package org.quiztrainer.study;

/**
 * Grades "cite the evidence": the learner selects the part of the article that supports the answer,
 * and the selection is compared with the question's evidence span by character overlap. A citation
 * counts when it covers at least half of the evidence and at least a third of it is evidence, so
 * selecting a whole paragraph around the sentence doesn't count, and neither does a single word of
 * it.
 */
public final class EvidenceCitation {
  static final double MIN_RECALL = 0.5;
  static final double MIN_PRECISION = 1.0 / 3;

  private EvidenceCitation() {}

  /** The grade, and the two overlaps it came from, for feedback. */
  public record Grade(boolean found, double recall, double precision) {}

  /**
   * Grades a whole sentence picked from the article. A sentence is the unit offered, so its length
   * is not held against it: picking it counts when it holds at least half of the evidence, or, for
   * evidence that runs over several sentences, when at least half of it is evidence.
   */
  public static Grade gradeSentence(
      int evidenceStart, int evidenceEnd, int sentenceStart, int sentenceEnd) {
    Grade g = grade(evidenceStart, evidenceEnd, sentenceStart, sentenceEnd);
    return new Grade(
        g.recall() >= MIN_RECALL || g.precision() >= MIN_RECALL, g.recall(), g.precision());
  }

  public static Grade grade(int evidenceStart, int evidenceEnd, int citedStart, int citedEnd) {
    int evidence = evidenceEnd - evidenceStart;
    int cited = citedEnd - citedStart;
    if (evidence <= 0 || cited <= 0) {
      return new Grade(false, 0, 0);
    }
    int overlap =
        Math.max(0, Math.min(evidenceEnd, citedEnd) - Math.max(evidenceStart, citedStart));
    double recall = (double) overlap / evidence;
    double precision = (double) overlap / cited;
    return new Grade(recall >= MIN_RECALL && precision >= MIN_PRECISION, recall, precision);
  }
}
