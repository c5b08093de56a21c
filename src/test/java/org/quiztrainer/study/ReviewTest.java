package org.quiztrainer.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.quiztrainer.study.Review.Card;
import org.quiztrainer.study.Review.Outcome;

/** SM-2 against values worked out by hand from Wozniak's published description. */
class ReviewTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 28);

  @Test
  void three_good_reviews_come_back_after_1_then_6_then_15_days() {
    Card c = Card.fresh(DAY);
    c = Review.next(c, Outcome.RIGHT_WITH_EVIDENCE, DAY);
    assertThat(c).isEqualTo(new Card(1, 1, 2.5, DAY.plusDays(1)));
    c = Review.next(c, Outcome.RIGHT_WITH_EVIDENCE, DAY.plusDays(1));
    assertThat(c).isEqualTo(new Card(2, 6, 2.5, DAY.plusDays(7)));
    c = Review.next(c, Outcome.RIGHT_WITH_EVIDENCE, DAY.plusDays(7));
    assertThat(c).isEqualTo(new Card(3, 15, 2.5, DAY.plusDays(22)));
  }

  @Test
  void answers_right_without_the_evidence_lower_the_ease_by_0_14_each_time() {
    Card c = Card.fresh(DAY);
    c = Review.next(c, Outcome.RIGHT_WITHOUT_EVIDENCE, DAY);
    assertThat(c.ease()).isCloseTo(2.36, within(1e-9));
    assertThat(c.intervalDays()).isEqualTo(1);
    c = Review.next(c, Outcome.RIGHT_WITHOUT_EVIDENCE, DAY);
    assertThat(c.ease()).isCloseTo(2.22, within(1e-9));
    assertThat(c.intervalDays()).isEqualTo(6);
    c = Review.next(c, Outcome.RIGHT_WITHOUT_EVIDENCE, DAY);
    // the interval uses the ease before this review's change: round(6 * 2.22) = 13
    assertThat(c.intervalDays()).isEqualTo(13);
    assertThat(c.ease()).isCloseTo(2.08, within(1e-9));
  }

  @Test
  void an_easy_answer_raises_the_ease_by_a_tenth() {
    assertThat(Review.next(Card.fresh(DAY), Outcome.EASY, DAY).ease()).isCloseTo(2.6, within(1e-9));
  }

  @Test
  void a_miss_starts_the_card_again_tomorrow_and_costs_0_54_of_ease_down_to_1_3() {
    Card c = new Card(4, 40, 2.5, DAY);
    c = Review.next(c, Outcome.MISSED, DAY);
    assertThat(c.repetitions()).isZero();
    assertThat(c.due()).isEqualTo(DAY.plusDays(1));
    assertThat(c.ease()).isCloseTo(1.96, within(1e-9));
    c = Review.next(c, Outcome.MISSED, DAY);
    assertThat(c.ease()).isCloseTo(1.42, within(1e-9));
    c = Review.next(c, Outcome.MISSED, DAY);
    assertThat(c.ease()).isEqualTo(1.3);
  }

  @Test
  void however_easy_a_card_is_it_comes_back_within_a_year() {
    Card c = Card.fresh(DAY);
    for (int i = 0; i < 30; i++) {
      c = Review.next(c, Outcome.EASY, DAY);
    }
    assertThat(c.intervalDays()).isEqualTo(365);
    assertThat(c.due()).isEqualTo(DAY.plusDays(365));
  }

  @Property
  void a_card_is_never_due_before_tomorrow_and_ease_stays_at_least_1_3(
      @ForAll List<Outcome> outcomes) {
    Card c = Card.fresh(DAY);
    LocalDate today = DAY;
    for (Outcome o : outcomes) {
      c = Review.next(c, o, today);
      assertThat(c.due()).isAfter(today);
      assertThat(c.ease()).isGreaterThanOrEqualTo(1.3);
      today = c.due();
    }
  }
}
