package org.quiztrainer.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Wrong numbers near the key, in steps the key itself suggests (10,000 gives 8,000, 12,000 and
 * 14,000; 345 gives 305, 325 and 365), never halved or doubled, and placed so that the key is
 * sometimes the smallest, sometimes the largest and sometimes in between.
 */
final class NumberChoices {
  /** Offsets, in steps, of the three wrong answers: the key's rank among the four varies. */
  private static final int[][] PATTERNS = {
    {-3, -2, -1}, {-2, -1, 1}, {-1, 1, 2}, {1, 2, 3}, {-2, 1, 2}, {-1, 1, 3}
  };

  private NumberChoices() {}

  /** Three wrong values for a key written in digits, or none for a key we can't vary. */
  static Optional<List<String>> wrong(String key, String seedText) {
    BigDecimal n;
    try {
      n = new BigDecimal(key);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    if (n.signum() <= 0 || n.scale() > 0) {
      return Optional.empty();
    }
    long value = n.longValueExact();
    long step = step(value);
    int[] pattern = PATTERNS[Math.floorMod(seedText.hashCode(), PATTERNS.length)];
    List<String> out = new ArrayList<>();
    for (int k : pattern) {
      long v = value + k * step;
      if (v <= 0 || isYear(value) != isYear(v)) {
        v = value + (Math.abs(k) + 3) * step;
      }
      out.add(Long.toString(v));
    }
    return Optional.of(List.copyOf(out));
  }

  /** A round step a little under a fifth of the key: 2,000 for 10,000; 20 for 345; 5 for 73. */
  static long step(long value) {
    if (isYear(value)) {
      return 1 + Math.floorMod(value, 3);
    }
    if (value < 10) {
      return 1;
    }
    long magnitude = 1;
    while (magnitude * 10 <= value) {
      magnitude *= 10;
    }
    long step = magnitude / 5;
    return Math.max(1, step);
  }

  private static boolean isYear(long v) {
    return v >= 1800 && v <= 2100;
  }

  /** A number as the article would write it: "10,000" if the key had a thousands separator. */
  static String formatLike(String original, long value) {
    return original.contains(",") ? String.format("%,d", value) : Long.toString(value);
  }
}
