package org.quiztrainer.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Numbers, dates and noun phrases as they occur in news sentences. */
class NumbersAndPhrasesTest {
  private static final Analyzer ANALYZER = new Analyzer(LanguageModels.load());

  private static Sentence sentence(String text) {
    return ANALYZER.sentences(text).get(0);
  }

  @Test
  void numbers_keep_their_modifier_and_a_bare_core() {
    assertThat(
            Numbers.find(
                sentence("North Korea sent more than 10,000 soldiers and at least 76 died.")))
        .extracting(Mention::skill, Mention::text, Mention::core)
        .containsExactly(
            tuple(Skill.NUMBER, "more than 10,000", "10,000"),
            tuple(Skill.NUMBER, "at least 76", "76"));
    assertThat(Numbers.find(sentence("Up to 500 came, almost 2.5 million watched.")))
        .extracting(Mention::text, Mention::core)
        .containsExactly(tuple("Up to 500", "500"), tuple("almost 2.5 million", "2.5 million"));
  }

  @Test
  void hyphenated_numbers_and_ordinals_are_numbers() {
    assertThat(Numbers.find(sentence("It may extend an almost three-year war into a fifth term.")))
        .extracting(Mention::text, Mention::core)
        .containsExactly(tuple("almost three-year", "three-year"), tuple("fifth", "fifth"));
  }

  @Test
  void dates_are_read_in_every_common_order_and_may_the_verb_is_not_a_month() {
    assertThat(Numbers.find(sentence("In May 2022, on 12 May 2024 and on May 12, 2024 they met.")))
        .extracting(Mention::skill, Mention::text)
        .containsExactly(
            tuple(Skill.DATE, "May 2022"),
            tuple(Skill.DATE, "12 May 2024"),
            tuple(Skill.DATE, "May 12, 2024"));
    assertThat(Numbers.find(sentence("He may go there in 1856.")))
        .extracting(Mention::skill, Mention::text)
        .containsExactly(tuple(Skill.DATE, "1856"));
  }

  @Test
  void noun_phrases_take_their_article_and_one_of_phrase() {
    List<Mention> phrases =
        NounPhrases.find(
            sentence(
                "Belousov, a former economist, embraced the idea of a new Cold War and air defence missile systems."));
    assertThat(phrases)
        .extracting(Mention::text, Mention::core)
        .contains(
            tuple("a former economist", "former economist"),
            tuple("idea of a new Cold War", "idea of a new Cold War"),
            tuple("air defence missile systems", "air defence missile systems"));
  }
}
