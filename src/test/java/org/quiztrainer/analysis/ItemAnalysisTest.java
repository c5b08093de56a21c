package org.quiztrainer.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quiztrainer.analysis.ItemStats.Flag;

/**
 * Five students, five items, every figure worked out by hand:
 *
 * <pre>
 *         A(key x)  B   C   D   E   total
 *   s1    x  1      1   1   1   0   4
 *   s2    x  1      1   0   1   0   3
 *   s3    x  1      0   1   1   0   3
 *   s4    y  0      1   0   1   0   2
 *   s5    y  0      0   0   1   0   1
 * </pre>
 *
 * The 27% groups hold round(0.27 * 5) = 1 student: s1 above, s5 below.
 */
class ItemAnalysisTest {
  private static final List<Item> ITEMS =
      List.of(
          new Item("A", List.of("x", "y", "z", "w"), "x"),
          new Item("B", List.of(), "b"),
          new Item("C", List.of("true", "false"), "true"),
          new Item("D", List.of(), "d"),
          new Item("E", List.of(), "e"));

  private static Response student(String id, String a, int b, int c, int d, int e) {
    Map<String, Response.Given> answers = new LinkedHashMap<>();
    answers.put("A", new Response.Given(a, a.equals("x")));
    answers.put("B", new Response.Given(b == 1 ? "b" : "nope", b == 1));
    answers.put("C", new Response.Given(c == 1 ? "true" : "false", c == 1));
    answers.put("D", new Response.Given("d", d == 1));
    answers.put("E", new Response.Given("nope", e == 1));
    return new Response(id, answers);
  }

  private static final List<Response> CLASS =
      List.of(
          student("s1", "x", 1, 1, 1, 0),
          student("s2", "x", 1, 0, 1, 0),
          student("s3", "x", 0, 1, 1, 0),
          student("s4", "y", 1, 0, 1, 0),
          student("s5", "y", 0, 0, 1, 0));

  private final List<ItemStats> stats = ItemAnalysis.analyse(ITEMS, CLASS);

  private ItemStats item(String id) {
    return stats.stream().filter(s -> s.questionId().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void facility_is_the_share_of_right_answers() {
    assertThat(item("A").facility().getAsDouble()).isEqualTo(0.6);
    assertThat(item("B").facility().getAsDouble()).isEqualTo(0.6);
    assertThat(item("C").facility().getAsDouble()).isEqualTo(0.4);
    assertThat(item("D").facility().getAsDouble()).isEqualTo(1.0);
    assertThat(item("E").facility().getAsDouble()).isEqualTo(0.0);
  }

  @Test
  void discrimination_compares_the_top_and_bottom_27_percent() {
    assertThat(item("A").discrimination().getAsDouble()).isEqualTo(1.0);
    assertThat(item("C").discrimination().getAsDouble()).isEqualTo(1.0);
    assertThat(item("D").discrimination().getAsDouble()).isEqualTo(0.0);
    assertThat(item("E").discrimination().getAsDouble()).isEqualTo(0.0);
  }

  @Test
  void the_point_biserial_correlates_the_item_with_the_rest_of_the_test() {
    // A: rest scores 3,2,2,2,1; right M1 = 7/3, wrong M0 = 1.5, s = sqrt(0.4), p = 0.6
    assertThat(item("A").pointBiserial().getAsDouble()).isCloseTo(0.6455, within(1e-4));
    // C: rest scores 3,3,2,2,1; right M1 = 2.5, wrong M0 = 2, s = sqrt(0.56), p = 0.4
    assertThat(item("C").pointBiserial().getAsDouble()).isCloseTo(0.3273, within(1e-4));
    assertThat(item("D").pointBiserial()).as("everyone right: undefined").isEmpty();
  }

  @Test
  void choice_counts_show_which_distractors_were_picked() {
    assertThat(item("A").choiceCounts())
        .containsExactly(
            Map.entry("x", 3), Map.entry("y", 2), Map.entry("z", 0), Map.entry("w", 0));
    assertThat(item("C").choiceCounts())
        .containsExactly(Map.entry("true", 2), Map.entry("false", 3));
  }

  @Test
  void flags_point_at_the_questions_to_look_at_again() {
    assertThat(item("A").flags()).containsExactly(Flag.UNUSED_DISTRACTOR);
    assertThat(item("B").flags()).isEmpty();
    assertThat(item("C").flags()).isEmpty();
    assertThat(item("D").flags()).containsExactly(Flag.TOO_EASY);
    assertThat(item("E").flags()).containsExactly(Flag.TOO_HARD, Flag.DOES_NOT_DISCRIMINATE);
  }

  @Test
  void with_fewer_than_five_attempts_nothing_is_flagged() {
    List<ItemStats> few = ItemAnalysis.analyse(ITEMS, CLASS.subList(0, 4));
    assertThat(few).allSatisfy(s -> assertThat(s.flags()).isEmpty());
  }

  @Test
  void a_key_that_weaker_readers_get_right_more_often_is_flagged() {
    // ten students; K is right for the bottom three only, the rest of the test ranks them
    List<Item> items = List.of(new Item("K", List.of(), "k"), new Item("R", List.of(), "r"));
    List<Response> ten = new java.util.ArrayList<>();
    for (int i = 0; i < 10; i++) {
      boolean weak = i >= 7;
      Map<String, Response.Given> a = new LinkedHashMap<>();
      a.put("K", new Response.Given("k", weak));
      for (int j = 0; j < 10 - i; j++) {
        a.put("R" + j, new Response.Given("r", true));
      }
      ten.add(new Response("s" + i, a));
    }
    ItemStats k = ItemAnalysis.analyse(items, ten).get(0);
    assertThat(k.discrimination().getAsDouble()).isEqualTo(-1.0);
    assertThat(k.flags()).contains(Flag.NEGATIVE_DISCRIMINATION);
    assertThat(k.pointBiserial().getAsDouble()).isNegative();
  }

  @Test
  void no_attempts_gives_empty_figures_not_errors() {
    List<ItemStats> none = ItemAnalysis.analyse(ITEMS, List.of());
    assertThat(none)
        .allSatisfy(
            s -> {
              assertThat(s.answered()).isZero();
              assertThat(s.facility()).isEmpty();
              assertThat(s.discrimination()).isEmpty();
              assertThat(s.pointBiserial()).isEmpty();
            });
  }
}
