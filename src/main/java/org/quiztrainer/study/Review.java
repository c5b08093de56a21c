package org.quiztrainer.study;

import java.time.LocalDate;

/**
 * Spaced review with SM-2 (Wozniak, 1990), the algorithm behind the first SuperMemo and early Anki.
 * Chosen over FSRS because its few rules can be checked by hand and explained to a learner ("right
 * twice: see it again in six days"), and because FSRS's advantage comes from weights fitted to
 * thousands of reviews per learner, which a reading-practice app doesn't have.
 *
 * <p>After each review with quality q (0-5):
 *
 * <ul>
 *   <li>q below 3: the card starts again, due tomorrow;
 *   <li>otherwise: due in 1 day after the first success, 6 after the second, then the last interval
 *       times the ease factor, rounded;
 *   <li>ease factor: EF + (0.1 - (5 - q) * (0.08 + (5 - q) * 0.02)), never below 1.3; it changes on
 *       every review, failures included, as in the published algorithm.
 * </ul>
 */
public final class Review {
  public static final double START_EASE = 2.5;
  static final double MIN_EASE = 1.3;

  /**
   * A card comes back within a year however easy it is: intervals grow geometrically, and without a
   * cap a long run of easy reviews would push a card centuries away.
   */
  static final int MAX_INTERVAL_DAYS = 365;

  private Review() {}

  /** A card's schedule: successes in a row, the last interval, its ease, and when it is due. */
  public record Card(int repetitions, int intervalDays, double ease, LocalDate due) {
    public static Card fresh(LocalDate today) {
      return new Card(0, 0, START_EASE, today);
    }

    public boolean dueOn(LocalDate day) {
      return !due.isAfter(day);
    }
  }

  /** How a review went, as SM-2's quality. */
  public enum Outcome {
    /** Wrong. */
    MISSED(1),
    /** Right, but the evidence wasn't found: the learner guessed or half-knew. */
    RIGHT_WITHOUT_EVIDENCE(3),
    /** Right, with the evidence found. */
    RIGHT_WITH_EVIDENCE(4),
    /** Right and sure: nothing to relearn. */
    EASY(5);

    final int quality;

    Outcome(int quality) {
      this.quality = quality;
    }
  }

  public static Card next(Card card, Outcome outcome, LocalDate today) {
    int q = outcome.quality;
    double ease = Math.max(MIN_EASE, card.ease() + (0.1 - (5 - q) * (0.08 + (5 - q) * 0.02)));
    if (q < 3) {
      return new Card(0, 1, ease, today.plusDays(1));
    }
    int interval =
        switch (card.repetitions()) {
          case 0 -> 1;
          case 1 -> 6;
          default ->
              (int) Math.min(MAX_INTERVAL_DAYS, Math.round(card.intervalDays() * card.ease()));
        };
    return new Card(card.repetitions() + 1, interval, ease, today.plusDays(interval));
  }
}
