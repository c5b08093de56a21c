package org.quiztrainer.learner;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quiztrainer.generate.ReadingSkill;
import org.quiztrainer.study.Progress;

/**
 * The learner's progress as three charts, each with a table of the same figures: accuracy and
 * evidence found by day, the same by skill, and review cards due over the next two weeks. Bar
 * geometry is worked out here so the SVG in the template only places numbers.
 */
public record ProgressPage(
    int answered,
    int rightPercent,
    int cited,
    int foundPercent,
    int streak,
    int dueNow,
    List<DayBar> days,
    List<SkillBar> skills,
    List<LoadBar> load) {

  /** Height of a 100% bar, in SVG units. */
  static final int FULL = 100;

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.UK);
  private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEE d", Locale.UK);

  /** A day's figures; {@code x} is where its pair of bars starts. */
  public record DayBar(String day, Progress.Tally tally, int x) {
    public int rightTop() {
      return 10 + FULL - tally.rightPercent();
    }

    public int foundTop() {
      return 10 + FULL - tally.foundPercent();
    }
  }

  /** A skill's figures; {@code y} is where its row starts. */
  public record SkillBar(String label, Progress.Tally tally, int y) {
    public int rightWidth() {
      return tally.rightPercent() * 3;
    }

    public int foundWidth() {
      return tally.foundPercent() * 3;
    }
  }

  /** Cards due on a day; {@code height} is scaled to the busiest day. */
  public record LoadBar(String day, int cards, int x, int height) {
    public int top() {
      return 10 + FULL - height;
    }
  }

  public static ProgressPage of(Progress.Report r) {
    List<DayBar> days = new ArrayList<>();
    for (Progress.Tally t : r.days()) {
      days.add(
          new DayBar(java.time.LocalDate.parse(t.key()).format(DAY), t, 40 + days.size() * 40));
    }
    List<SkillBar> skills = new ArrayList<>();
    for (Progress.Tally t : r.skills()) {
      String label = ReadingSkill.fromWireName(t.key()).map(ReadingSkill::label).orElse(t.key());
      skills.add(new SkillBar(label, t, 10 + skills.size() * 34));
    }
    int busiest = r.load().stream().mapToInt(Progress.Load::cards).max().orElse(0);
    List<LoadBar> load = new ArrayList<>();
    for (Progress.Load l : r.load()) {
      int height = busiest == 0 ? 0 : Math.round((float) FULL * l.cards() / busiest);
      String day = load.isEmpty() ? "Today" : l.day().format(WEEKDAY);
      load.add(new LoadBar(day, l.cards(), 40 + load.size() * 36, height));
    }
    return new ProgressPage(
        r.total().answered(),
        r.total().rightPercent(),
        r.total().cited(),
        r.total().foundPercent(),
        r.streak(),
        r.dueNow(),
        days,
        skills,
        load);
  }

  public int daysWidth() {
    return 60 + days.size() * 40;
  }

  public int skillsHeight() {
    return 20 + skills.size() * 34;
  }

  public int loadWidth() {
    return 60 + load.size() * 36;
  }
}
