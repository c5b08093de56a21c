package org.quiztrainer.study;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A learner's progress from their answers and review cards: accuracy and evidence-finding by day
 * and by skill, and how many cards fall due on each of the coming days.
 */
public final class Progress {
  /** Days of activity shown on the chart of accuracy over time. */
  static final int DAYS_SHOWN = 14;

  /** Days ahead the review-load chart looks. */
  static final int LOAD_DAYS = 14;

  /** One answer: when (as a local day), its skill, right or not, and the evidence found or not. */
  public record Fact(LocalDate day, String skill, boolean correct, Boolean found) {}

  /** Counts for a day or a skill: answers, right answers, citations, evidence found. */
  public record Tally(String key, int answered, int right, int cited, int found) {
    Tally plus(Fact f) {
      boolean cite = f.found() != null;
      return new Tally(
          key,
          answered + 1,
          right + (f.correct() ? 1 : 0),
          cited + (cite ? 1 : 0),
          found + (cite && f.found() ? 1 : 0));
    }

    /** Percent right, rounded; 0 with no answers. */
    public int rightPercent() {
      return percent(right, answered);
    }

    /** Percent of citations that found the evidence, rounded; 0 with no citations. */
    public int foundPercent() {
      return percent(found, cited);
    }
  }

  /** Cards due on a day; the first day, today, also counts the overdue ones. */
  public record Load(LocalDate day, int cards) {}

  public record Report(
      Tally total, List<Tally> days, List<Tally> skills, List<Load> load, int dueNow, int streak) {}

  private Progress() {}

  /**
   * @param skillOrder the order skills are listed in; skills not in it come after, by name
   */
  public static Report of(
      List<Fact> facts, List<LocalDate> cardsDue, LocalDate today, List<String> skillOrder) {
    Tally total = new Tally("all", 0, 0, 0, 0);
    TreeMap<LocalDate, Tally> byDay = new TreeMap<>();
    Map<String, Tally> bySkill = new LinkedHashMap<>();
    skillOrder.forEach(s -> bySkill.put(s, new Tally(s, 0, 0, 0, 0)));
    for (Fact f : facts) {
      total = total.plus(f);
      byDay.merge(f.day(), new Tally(f.day().toString(), 0, 0, 0, 0).plus(f), Progress::sum);
      bySkill.merge(f.skill(), new Tally(f.skill(), 0, 0, 0, 0).plus(f), Progress::sum);
    }
    List<Tally> days = new ArrayList<>(byDay.values());
    days = days.subList(Math.max(0, days.size() - DAYS_SHOWN), days.size());
    List<Tally> skills = bySkill.values().stream().filter(t -> t.answered() > 0).toList();
    List<Load> load = new ArrayList<>();
    int dueNow = 0;
    for (int i = 0; i < LOAD_DAYS; i++) {
      LocalDate day = today.plusDays(i);
      int first = i;
      int n =
          (int)
              cardsDue.stream().filter(d -> first == 0 ? !d.isAfter(today) : d.equals(day)).count();
      if (i == 0) {
        dueNow = n;
      }
      load.add(new Load(day, n));
    }
    Set<LocalDate> studied = facts.stream().map(Fact::day).collect(Collectors.toSet());
    return new Report(total, List.copyOf(days), skills, load, dueNow, Streak.days(studied, today));
  }

  private static Tally sum(Tally a, Tally b) {
    return new Tally(
        a.key(),
        a.answered() + b.answered(),
        a.right() + b.right(),
        a.cited() + b.cited(),
        a.found() + b.found());
  }

  static int percent(int part, int whole) {
    return whole == 0 ? 0 : Math.round(100f * part / whole);
  }
}
