package org.quiztrainer.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Wrong answers that are plausible: the same kind of thing, from the article first. */
class DistractorsTest {
  private static final Gazetteer GAZETTEER = new Gazetteer();

  private static Mention m(Skill skill, String text) {
    return new Mention(0, 1, skill, text, text);
  }

  private static Distractors pool(Mention... mentions) {
    return new Distractors(GAZETTEER, List.of(List.of(mentions)));
  }

  @Test
  void numbers_are_halved_doubled_and_divided_by_ten_keeping_their_format() {
    assertThat(pool().forAnswer(Skill.NUMBER, "10,000", ""))
        .contains(List.of("5,000", "20,000", "1,000"));
    assertThat(pool().forAnswer(Skill.NUMBER, "76", "")).contains(List.of("38", "152", "7"));
    assertThat(pool().forAnswer(Skill.NUMBER, "3", "")).contains(List.of("4", "5", "2"));
  }

  @Test
  void years_move_a_little_and_number_words_stay_words() {
    assertThat(pool().forAnswer(Skill.DATE, "2022", "")).contains(List.of("2020", "2023", "2017"));
    assertThat(pool().forAnswer(Skill.NUMBER, "two", ""))
        .contains(List.of("three", "four", "five"));
  }

  @Test
  void people_come_from_the_article_by_their_fullest_name_and_never_the_answer_again() {
    Distractors d =
        pool(
            m(Skill.PERSON, "Belousov"),
            m(Skill.PERSON, "Andrei Belousov"),
            m(Skill.PERSON, "Sergei Shoigu"),
            m(Skill.PERSON, "Vladimir Putin"),
            m(Skill.PERSON, "Vladmir Putin"),
            m(Skill.PERSON, "Kim Jong-un"),
            m(Skill.PERSON, "Rustem Umerov"));
    assertThat(d.forAnswer(Skill.PERSON, "Vladimir Putin", "Who spoke?"))
        .contains(List.of("Andrei Belousov", "Sergei Shoigu", "Kim Jong-un"));
  }

  @Test
  void a_choice_already_named_in_the_prompt_is_not_offered() {
    Distractors d =
        pool(
            m(Skill.PERSON, "Andrei Belousov"),
            m(Skill.PERSON, "Sergei Shoigu"),
            m(Skill.PERSON, "Kim Jong-un"),
            m(Skill.PERSON, "Rustem Umerov"),
            m(Skill.PERSON, "Shin Won-sik"));
    assertThat(
            d.forAnswer(Skill.PERSON, "Andrei Belousov", "Who replaced Sergei Shoigu?")
                .orElseThrow())
        .doesNotContain("Sergei Shoigu")
        .hasSize(3);
  }

  @Test
  void countries_stand_in_for_countries_and_cities_for_cities() {
    Distractors d =
        pool(
            m(Skill.PLACE, "Russia"),
            m(Skill.PLACE, "Seoul"),
            m(Skill.PLACE, "Ukraine"),
            m(Skill.PLACE, "Moscow"),
            m(Skill.PLACE, "Kyiv"),
            m(Skill.PLACE, "Pyongyang"));
    assertThat(d.forAnswer(Skill.PLACE, "Seoul", "").orElseThrow())
        .containsExactly("Moscow", "Kyiv", "Pyongyang");
    assertThat(d.forAnswer(Skill.PLACE, "North Korea", "").orElseThrow())
        .startsWith("Russia", "Ukraine")
        .hasSize(3)
        .allSatisfy(c -> assertThat(GAZETTEER.isCountry(c)).isTrue());
  }

  @Test
  void too_few_of_a_kind_gives_no_multiple_choice() {
    assertThat(
            pool(m(Skill.ORGANISATION, "NATO"))
                .forAnswer(Skill.ORGANISATION, "Defence Ministry", ""))
        .isEmpty();
  }
}
