package org.quiztrainer.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TyposTest {

  @ParameterizedTest
  @CsvSource({"may,0", "shin,1", "seventy,1", "belousov,2", "pyongyang,2", "2022,0", "b52x,0"})
  void longer_words_may_carry_more_slips_and_numbers_none(String word, int slips) {
    assertThat(Typos.allowedSlips(word)).isEqualTo(slips);
  }

  @Test
  void a_word_may_differ_by_exactly_its_allowance() {
    assertThat(Typos.sameWords(List.of("shin"), List.of("shim"))).isTrue();
    assertThat(Typos.sameWords(List.of("shin"), List.of("shimm"))).isFalse();
    assertThat(Typos.sameWords(List.of("seventy"), List.of("sevnty"))).isTrue();
    assertThat(Typos.sameWords(List.of("seventy"), List.of("svnty"))).isFalse();
    assertThat(Typos.sameWords(List.of("belousov"), List.of("belusov"))).isTrue();
    assertThat(Typos.sameWords(List.of("belousov"), List.of("blusov"))).isTrue();
    assertThat(Typos.sameWords(List.of("belousov"), List.of("blsov"))).isFalse();
  }

  @Test
  void word_counts_must_match() {
    assertThat(Typos.sameWords(List.of("no", "kwang", "chol"), List.of("no", "kwang"))).isFalse();
    assertThat(Typos.sameWords(List.of(), List.of())).isFalse();
  }

  @Test
  void swapping_two_letters_is_one_slip() {
    assertThat(EditDistance.between("ab", "ba")).isEqualTo(1);
    assertThat(EditDistance.between("belousov", "beluosov")).isEqualTo(1);
    assertThat(EditDistance.between("abc", "")).isEqualTo(3);
    assertThat(EditDistance.between("kitten", "sitting")).isEqualTo(3);
  }
}
