package org.quiztrainer.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Verb forms for inversion and statements, and wrong numbers of the key's own kind. */
class WordFormsTest {
  @ParameterizedTest(name = "{0}: {1}, {2}, {3}")
  @CsvSource({
    "replace, replaced, replaced, replaces",
    "try, tried, tried, tries",
    "stop, stopped, stopped, stops",
    "lead, led, led, leads",
    "give, gave, given, gives",
    "embrace, embraced, embraced, embraces",
    "push, pushed, pushed, pushes",
    "have, had, had, has",
    "visit, visited, visited, visits"
  })
  void verbs_take_their_past_participle_and_third_person_forms(
      String lemma, String past, String participle, String third) {
    assertThat(Inflection.past(lemma)).isEqualTo(past);
    assertThat(Inflection.participle(lemma)).isEqualTo(participle);
    assertThat(Inflection.thirdPerson(lemma)).isEqualTo(third);
  }

  @Test
  void wrong_numbers_step_like_the_key_and_are_never_halves_or_doubles() {
    List<String> wrong = NumberChoices.wrong("10000", "How many soldiers?").orElseThrow();
    assertThat(wrong).hasSize(3).doesNotContain("10000", "5000", "20000");
    for (String w : wrong) {
      assertThat(Long.parseLong(w) % 1000).isZero();
    }
    assertThat(NumberChoices.formatLike("10,000", 12000)).isEqualTo("12,000");
    assertThat(NumberChoices.formatLike("345", 365)).isEqualTo("365");
  }

  @Test
  void a_year_gets_nearby_years() {
    for (String w : NumberChoices.wrong("1981", "When?").orElseThrow()) {
      assertThat(Long.parseLong(w)).isBetween(1970L, 1995L);
    }
  }

  @Test
  void the_key_is_sometimes_the_smallest_sometimes_the_largest_and_sometimes_between() {
    Set<Integer> ranks = new HashSet<>();
    for (int i = 0; i < 40; i++) {
      List<Long> all = new ArrayList<>();
      all.add(345L);
      NumberChoices.wrong("345", "question " + i)
          .orElseThrow()
          .forEach(w -> all.add(Long.parseLong(w)));
      all.sort(null);
      ranks.add(all.indexOf(345L));
    }
    assertThat(ranks).contains(0, 3).hasSizeGreaterThanOrEqualTo(3);
  }

  @Property(tries = 300)
  void wrong_numbers_are_positive_distinct_and_not_the_key(
      @ForAll @IntRange(min = 1, max = 5_000_000) int key) {
    List<String> wrong = NumberChoices.wrong(Integer.toString(key), "q" + key).orElseThrow();
    assertThat(new HashSet<>(wrong)).hasSize(3).doesNotContain(Integer.toString(key));
    assertThat(wrong).allSatisfy(w -> assertThat(Long.parseLong(w)).isPositive());
  }

  @Test
  void numbers_in_words_become_digits() {
    assertThat(Numbers.digits("more than 10,000")).contains("10000");
    assertThat(Numbers.digits("two")).contains("2");
    assertThat(Numbers.digits("2.5 million")).contains("2500000");
    assertThat(Numbers.digits("none")).isEmpty();
  }

  @Test
  void a_hedge_is_read_from_the_words_before_the_number() {
    assertThat(NumberChoices.Hedge.of("more than 10,000")).isEqualTo(NumberChoices.Hedge.AT_LEAST);
    assertThat(NumberChoices.Hedge.of("at least 76")).isEqualTo(NumberChoices.Hedge.AT_LEAST);
    assertThat(NumberChoices.Hedge.of("nearly two thousand"))
        .isEqualTo(NumberChoices.Hedge.AT_MOST);
    assertThat(NumberChoices.Hedge.of("fewer than 20")).isEqualTo(NumberChoices.Hedge.AT_MOST);
    assertThat(NumberChoices.Hedge.of("about 500")).isEqualTo(NumberChoices.Hedge.ABOUT);
    assertThat(NumberChoices.Hedge.of("10,000")).isEqualTo(NumberChoices.Hedge.EXACT);
    assertThat(NumberChoices.Hedge.before("The study of  MORE   than"))
        .isEqualTo(NumberChoices.Hedge.AT_LEAST);
    assertThat(NumberChoices.Hedge.before("the clover")).isEqualTo(NumberChoices.Hedge.EXACT);
  }

  @Test
  void wrong_numbers_stay_outside_what_a_hedged_key_allows() {
    for (int i = 0; i < 20; i++) {
      String seed = "How many soldiers? " + i;
      assertThat(NumberChoices.wrong("10000", seed, NumberChoices.Hedge.AT_LEAST).orElseThrow())
          .allSatisfy(w -> assertThat(Long.parseLong(w)).isLessThan(10000));
      assertThat(NumberChoices.wrong("80", seed, NumberChoices.Hedge.AT_MOST).orElseThrow())
          .allSatisfy(w -> assertThat(Long.parseLong(w)).isGreaterThan(80));
      assertThat(NumberChoices.wrong("500", seed, NumberChoices.Hedge.ABOUT).orElseThrow())
          .allSatisfy(
              w -> assertThat(Math.abs(Long.parseLong(w) - 500)).isGreaterThanOrEqualTo(100));
    }
    assertThat(NumberChoices.wrong("2", "q", NumberChoices.Hedge.AT_LEAST)).isEmpty();
  }

  @Test
  void a_hedged_key_keeps_its_hedge_beside_ranges_that_rule_each_other_out() {
    assertThat(NumberChoices.key("10000", "more than 10,000 soldiers"))
        .isEqualTo("more than 10,000");
    assertThat(NumberChoices.key("10000", "10,000 soldiers")).isEqualTo("10,000");
    assertThat(NumberChoices.choices("10000", "more than 10,000 soldiers", "q").orElseThrow())
        .containsExactly("about 3,000", "about 1,000", "fewer than 500");
    assertThat(NumberChoices.choices("80", "nearly 80 people", "q").orElseThrow())
        .containsExactly("about 200", "about 600", "more than 2000");
    assertThat(NumberChoices.choices("500", "about 500 people", "q").orElseThrow())
        .hasSize(3)
        .allSatisfy(c -> assertThat(c).startsWith("about "))
        .doesNotContain("about 500");
    // Too small to have three ranges below it: asked without choices.
    assertThat(NumberChoices.choices("3", "at least 3 people", "q")).isEmpty();
  }

  @Test
  void a_number_rounds_to_one_significant_digit() {
    assertThat(NumberChoices.round(3333)).isEqualTo(3000);
    assertThat(NumberChoices.round(1250)).isEqualTo(1000);
    assertThat(NumberChoices.round(550)).isEqualTo(600);
    assertThat(NumberChoices.round(7)).isEqualTo(7);
  }
}
