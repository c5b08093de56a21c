package org.quiztrainer.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Classical item analysis, as in Moodle's quiz statistics and the usual teacher's handbook:
 *
 * <ul>
 *   <li>facility: the share of answers that are right;
 *   <li>discrimination index: facility in the top 27% of attempts by total score minus facility in
 *       the bottom 27% (Kelley's groups);
 *   <li>point-biserial: the correlation between the item (1 right, 0 not) and the score on the rest
 *       of the test, so an item does not correlate with itself;
 *   <li>distractor frequency: how often each choice was picked.
 * </ul>
 *
 * Flags need at least {@link #MIN_ATTEMPTS} attempts: with fewer, any figure is noise.
 */
public final class ItemAnalysis {
  public static final int MIN_ATTEMPTS = 5;
  static final double EASY = 0.9;
  static final double HARD = 0.2;
  static final double WEAK_DISCRIMINATION = 0.2;

  private ItemAnalysis() {}

  public static List<ItemStats> analyse(List<Item> items, List<Response> responses) {
    List<Response> ranked = new ArrayList<>(responses);
    ranked.sort(Comparator.comparingInt(Response::score).reversed());
    int group = (int) Math.round(0.27 * ranked.size());
    List<Response> upper = group == 0 ? List.of() : ranked.subList(0, group);
    List<Response> lower =
        group == 0 ? List.of() : ranked.subList(ranked.size() - group, ranked.size());
    List<ItemStats> out = new ArrayList<>();
    for (Item item : items) {
      out.add(stats(item, responses, upper, lower));
    }
    return out;
  }

  private static ItemStats stats(
      Item item, List<Response> all, List<Response> upper, List<Response> lower) {
    int answered = 0;
    int right = 0;
    Map<String, Integer> counts = new LinkedHashMap<>();
    item.choices().forEach(c -> counts.put(c, 0));
    for (Response r : all) {
      Response.Given g = r.answers().get(item.id());
      if (g != null) {
        answered++;
        right += g.correct() ? 1 : 0;
        counts.computeIfPresent(g.answer(), (k, v) -> v + 1);
      }
    }
    OptionalDouble facility =
        answered == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) right / answered);
    OptionalDouble discrimination =
        upper.isEmpty()
            ? OptionalDouble.empty()
            : OptionalDouble.of(share(item, upper) - share(item, lower));
    OptionalDouble pointBiserial = pointBiserial(item, all);
    List<ItemStats.Flag> flags = new ArrayList<>();
    if (all.size() >= MIN_ATTEMPTS && facility.isPresent()) {
      if (facility.getAsDouble() > EASY) {
        flags.add(ItemStats.Flag.TOO_EASY);
      } else if (facility.getAsDouble() < HARD) {
        flags.add(ItemStats.Flag.TOO_HARD);
      }
      double d = discrimination.orElse(0);
      if (d < 0) {
        flags.add(ItemStats.Flag.NEGATIVE_DISCRIMINATION);
      } else if (d < WEAK_DISCRIMINATION && !flags.contains(ItemStats.Flag.TOO_EASY)) {
        // an item everyone gets right can't discriminate; TOO_EASY already says so
        flags.add(ItemStats.Flag.DOES_NOT_DISCRIMINATE);
      }
      boolean unused =
          counts.entrySet().stream()
              .anyMatch(e -> !e.getKey().equals(item.answer()) && e.getValue() == 0);
      if (unused && item.choices().size() > 2) {
        flags.add(ItemStats.Flag.UNUSED_DISTRACTOR);
      }
    }
    return new ItemStats(
        item.id(), answered, facility, discrimination, pointBiserial, counts, flags);
  }

  /** The share of a group, answered or not, who got the item right. */
  private static double share(Item item, List<Response> group) {
    return group.stream().mapToInt(r -> r.itemScore(item.id())).sum() / (double) group.size();
  }

  /**
   * Pearson's r between the item score and the rest score, which for a 0/1 item is the
   * point-biserial: (M1 - M0) / s * sqrt(p q).
   */
  static OptionalDouble pointBiserial(Item item, List<Response> all) {
    int n = all.size();
    if (n < 2) {
      return OptionalDouble.empty();
    }
    double sumRight = 0;
    double sumWrong = 0;
    int nRight = 0;
    double mean = 0;
    double[] rest = new double[n];
    for (int i = 0; i < n; i++) {
      Response r = all.get(i);
      int x = r.itemScore(item.id());
      rest[i] = r.score() - x;
      mean += rest[i];
      if (x == 1) {
        sumRight += rest[i];
        nRight++;
      } else {
        sumWrong += rest[i];
      }
    }
    mean /= n;
    double variance = 0;
    for (double y : rest) {
      variance += (y - mean) * (y - mean);
    }
    double sd = Math.sqrt(variance / n);
    if (nRight == 0 || nRight == n || sd == 0) {
      return OptionalDouble.empty(); // no spread in the item or in the rest: r is undefined
    }
    double p = (double) nRight / n;
    double m1 = sumRight / nRight;
    double m0 = sumWrong / (n - nRight);
    return OptionalDouble.of((m1 - m0) / sd * Math.sqrt(p * (1 - p)));
  }
}
