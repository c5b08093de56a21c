package org.quiztrainer.study;

/**
 * Adaptive difficulty: a 2-up/1-down staircase. Two right answers in a row at a tier move the
 * learner up a tier; one miss moves them down. Such a staircase settles where the learner gets
 * about 71% right (Levitt, 1971): hard enough to learn from, easy enough to keep going.
 */
public final class Staircase {
  /** The tiers one article's questions come in. */
  public enum Tier {
    /** Multiple choice with distant distractors. */
    EASY,
    /** Close distractors, and true/false on subtle swaps. */
    MEDIUM,
    /** Short answer, cloze and numeric. */
    HARD
  }

  /** Where the learner is: the tier, and right answers in a row at it. */
  public record Position(Tier tier, int streak) {
    public static Position start() {
      return new Position(Tier.EASY, 0);
    }
  }

  private Staircase() {}

  public static Position next(Position p, boolean correct) {
    Tier[] tiers = Tier.values();
    if (!correct) {
      return new Position(tiers[Math.max(0, p.tier().ordinal() - 1)], 0);
    }
    if (p.streak() + 1 >= 2 && p.tier().ordinal() < tiers.length - 1) {
      return new Position(tiers[p.tier().ordinal() + 1], 0);
    }
    return new Position(p.tier(), Math.min(p.streak() + 1, 2));
  }
}
