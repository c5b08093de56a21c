package org.quiztrainer.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.quiztrainer.study.Staircase.Position;
import org.quiztrainer.study.Staircase.Tier;

class StaircaseTest {
  @Test
  void two_right_answers_in_a_row_move_up_a_tier_and_a_miss_moves_down() {
    Position p = Position.start();
    p = Staircase.next(p, true);
    assertThat(p).isEqualTo(new Position(Tier.EASY, 1));
    p = Staircase.next(p, true);
    assertThat(p).isEqualTo(new Position(Tier.MEDIUM, 0));
    p = Staircase.next(p, true);
    p = Staircase.next(p, true);
    assertThat(p.tier()).isEqualTo(Tier.HARD);
    p = Staircase.next(p, false);
    assertThat(p).isEqualTo(new Position(Tier.MEDIUM, 0));
  }

  @Test
  void the_top_and_bottom_tiers_hold() {
    assertThat(Staircase.next(new Position(Tier.HARD, 1), true))
        .isEqualTo(new Position(Tier.HARD, 2));
    assertThat(Staircase.next(new Position(Tier.HARD, 2), true))
        .isEqualTo(new Position(Tier.HARD, 2));
    assertThat(Staircase.next(Position.start(), false)).isEqualTo(Position.start());
  }

  @Test
  void a_miss_between_right_answers_resets_the_count() {
    Position p = Staircase.next(Position.start(), true);
    p = Staircase.next(p, false);
    p = Staircase.next(p, true);
    assertThat(p).isEqualTo(new Position(Tier.EASY, 1));
  }

  @Property
  void the_tier_moves_at_most_one_step_per_answer(@ForAll List<Boolean> answers) {
    Position p = Position.start();
    for (boolean right : answers) {
      Position next = Staircase.next(p, right);
      assertThat(Math.abs(next.tier().ordinal() - p.tier().ordinal())).isLessThanOrEqualTo(1);
      if (!right) {
        assertThat(next.tier().ordinal()).isLessThanOrEqualTo(p.tier().ordinal());
      }
      p = next;
    }
  }
}
