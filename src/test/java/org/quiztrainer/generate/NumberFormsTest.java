package org.quiztrainer.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The other ways a student writes an amount are accepted answers. */
class NumberFormsTest {
  @Test
  void a_percentage_is_also_accepted_with_the_sign_in_words_and_bare() {
    assertThat(NumberForms.forms("46 percent"))
        .containsExactlyInAnyOrder("46%", "46 per cent", "46");
    assertThat(NumberForms.forms("10%")).contains("10 percent", "10");
  }

  @Test
  void a_sum_of_money_is_also_accepted_without_its_space_or_its_sign() {
    assertThat(NumberForms.forms("$ 50,000")).containsExactlyInAnyOrder("$50,000", "50,000");
  }

  @Test
  void a_number_in_words_before_a_scale_is_also_accepted_in_figures() {
    assertThat(NumberForms.forms("two billion")).containsExactly("2 billion");
  }

  @Test
  void a_key_that_is_no_amount_gets_no_other_forms() {
    assertThat(NumberForms.forms("Mexico City")).isEmpty();
  }
}
