package org.quiztrainer.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Progress figures worked by hand from a week of answers. */
class ProgressTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
  private static final LocalDate YESTERDAY = TODAY.minusDays(1);

  private static Progress.Fact fact(LocalDate day, String skill, boolean right, Boolean found) {
    return new Progress.Fact(day, skill, right, found);
  }

  private final List<Progress.Fact> facts =
      List.of(
          fact(YESTERDAY, "people", true, true),
          fact(YESTERDAY, "people", false, false),
          fact(YESTERDAY, "numbers", true, null), // no evidence asked
          fact(TODAY, "numbers", true, true),
          fact(TODAY, "people", true, false));

  private final Progress.Report report =
      Progress.of(
          facts,
          List.of(
              TODAY.minusDays(3), TODAY, TODAY.plusDays(1), TODAY.plusDays(6), TODAY.plusDays(20)),
          TODAY,
          List.of("people", "places", "numbers"));

  @Test
  void totals_count_answers_right_answers_citations_and_evidence_found() {
    assertThat(report.total()).isEqualTo(new Progress.Tally("all", 5, 4, 4, 2));
    assertThat(report.total().rightPercent()).isEqualTo(80);
    assertThat(report.total().foundPercent()).isEqualTo(50);
  }

  @Test
  void days_are_tallied_in_order() {
    assertThat(report.days())
        .containsExactly(
            new Progress.Tally(YESTERDAY.toString(), 3, 2, 2, 1),
            new Progress.Tally(TODAY.toString(), 2, 2, 2, 1));
  }

  @Test
  void skills_come_in_the_given_order_and_only_when_practised() {
    assertThat(report.skills())
        .containsExactly(
            new Progress.Tally("people", 3, 2, 3, 1), new Progress.Tally("numbers", 2, 2, 1, 1));
    assertThat(report.skills().get(0).rightPercent()).isEqualTo(67);
    assertThat(report.skills().get(0).foundPercent()).isEqualTo(33);
  }

  @Test
  void the_load_counts_overdue_cards_today_and_looks_two_weeks_ahead() {
    assertThat(report.dueNow()).isEqualTo(2);
    assertThat(report.load()).hasSize(14);
    assertThat(report.load().get(0)).isEqualTo(new Progress.Load(TODAY, 2));
    assertThat(report.load().get(1)).isEqualTo(new Progress.Load(TODAY.plusDays(1), 1));
    assertThat(report.load().get(6)).isEqualTo(new Progress.Load(TODAY.plusDays(6), 1));
    assertThat(report.load().stream().mapToInt(Progress.Load::cards).sum())
        .as("the card in 20 days is beyond the chart")
        .isEqualTo(4);
  }

  @Test
  void the_streak_runs_through_today() {
    assertThat(report.streak()).isEqualTo(2);
  }

  @Test
  void only_the_last_fourteen_active_days_are_charted() {
    List<Progress.Fact> many =
        java.util.stream.IntStream.range(0, 20)
            .mapToObj(i -> fact(TODAY.minusDays(i * 2L), "people", true, true))
            .toList();
    Progress.Report r = Progress.of(many, List.of(), TODAY, List.of());
    assertThat(r.days()).hasSize(14);
    assertThat(r.days().get(13).key()).isEqualTo(TODAY.toString());
    assertThat(r.total().answered()).isEqualTo(20);
    assertThat(r.streak()).isEqualTo(1);
  }

  @Test
  void nothing_yet_gives_zeros_not_errors() {
    Progress.Report r = Progress.of(List.of(), List.of(), TODAY, List.of("people"));
    assertThat(r.total().rightPercent()).isZero();
    assertThat(r.total().foundPercent()).isZero();
    assertThat(r.skills()).isEmpty();
    assertThat(r.dueNow()).isZero();
  }
}
