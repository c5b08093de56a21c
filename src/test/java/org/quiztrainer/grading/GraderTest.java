package org.quiztrainer.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GraderTest {
  private final Grader grader = new Grader();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Andrei Belousov",
        "andrei belousov",
        "ANDREI BELOUSOV.",
        "  Andrei   Belousov!  ",
        "Andrei Belousov's"
      })
  void short_answers_ignore_case_spacing_and_punctuation(String given) {
    assertThat(grader.grade(Questions.shortAnswer("Andrei Belousov"), given)).isTrue();
  }

  @Test
  void short_answers_ignore_surrounding_articles() {
    var q = Questions.shortAnswer("a new Cold War");
    assertThat(grader.grade(q, "new cold war")).isTrue();
    assertThat(grader.grade(q, "The new Cold War")).isTrue();
  }

  @Test
  void short_answers_accept_any_listed_variant() {
    var q = Questions.shortAnswer("Andrei Belousov", "Belousov");
    assertThat(grader.grade(q, "belousov")).isTrue();
    assertThat(grader.grade(q, "Andrei")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Belusov", "Belousvo", "Andrei Belousow", "Andrey Belousov"})
  void short_answers_forgive_small_typos(String given) {
    assertThat(grader.grade(Questions.shortAnswer("Andrei Belousov", "Belousov"), given)).isTrue();
  }

  @Test
  void a_different_word_is_not_a_typo() {
    var q = Questions.shortAnswer("South Korea");
    assertThat(grader.grade(q, "North Korea")).isFalse();
    assertThat(grader.grade(q, "Korea")).isFalse();
  }

  @Test
  void short_words_and_numbers_must_be_exact() {
    assertThat(grader.grade(Questions.shortAnswer("May"), "Mai")).isFalse();
    assertThat(grader.grade(Questions.shortAnswer("in 2022"), "in 2023")).isFalse();
  }

  @Test
  void curly_and_straight_apostrophes_are_the_same() {
    assertThat(grader.grade(Questions.shortAnswer("Russia’s army"), "Russia's army")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "10,000",
        "10000",
        "ten thousand",
        "Ten Thousand",
        "more than 10,000",
        "10 thousand",
        "10k"
      })
  void numeric_answers_accept_digits_and_words(String given) {
    assertThat(grader.grade(Questions.numeric("10,000", 0), given)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1000", "100,000", "ten", "many", ""})
  void numeric_answers_reject_other_numbers_and_non_numbers(String given) {
    assertThat(grader.grade(Questions.numeric("10,000", 0), given)).isFalse();
  }

  @Test
  void numeric_answers_may_have_a_tolerance() {
    var q = Questions.numeric("3.5", 0.5);
    assertThat(grader.grade(q, "4")).isTrue();
    assertThat(grader.grade(q, "three")).isTrue();
    assertThat(grader.grade(q, "4.1")).isFalse();
  }

  @Test
  void multiple_choice_matches_the_choice_text_leniently() {
    var q = Questions.multipleChoice("Pyongyang", "Pyongyang", "Seoul", "Moscow");
    assertThat(grader.grade(q, "Pyongyang")).isTrue();
    assertThat(grader.grade(q, " pyongyang ")).isTrue();
    assertThat(grader.grade(q, "Seoul")).isFalse();
  }

  @Test
  void a_multiple_choice_answer_that_is_no_choice_is_unreadable() {
    var q = Questions.multipleChoice("Pyongyang", "Pyongyang", "Seoul");
    assertThatThrownBy(() -> grader.grade(q, "Tokyo")).isInstanceOf(Grader.UnreadableAnswer.class);
  }

  @Test
  void true_false_reads_true_and_false_in_any_case() {
    assertThat(grader.grade(Questions.trueFalse(true), "true")).isTrue();
    assertThat(grader.grade(Questions.trueFalse(true), "TRUE")).isTrue();
    assertThat(grader.grade(Questions.trueFalse(true), "false")).isFalse();
    assertThat(grader.grade(Questions.trueFalse(false), "False")).isTrue();
    assertThatThrownBy(() -> grader.grade(Questions.trueFalse(false), "maybe"))
        .isInstanceOf(Grader.UnreadableAnswer.class);
  }

  @Test
  void phrases_are_the_same_words_up_to_small_typos() {
    assertThat(
            Grader.sameWords(
                TextNormalizer.words("Vladimir Putin"), TextNormalizer.words("Vladmir Putin")))
        .isTrue();
    assertThat(
            Grader.sameWords(
                TextNormalizer.words("North Korea"), TextNormalizer.words("South Korea")))
        .isFalse();
  }
}
