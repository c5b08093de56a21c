package org.quiztrainer.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quiztrainer.quiz.QuestionType;

class SkillTaggerTest {
  private final SkillTagger tagger = new SkillTagger();

  @ParameterizedTest(name = "{0} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Who replaced Sergei Shoigu as Russia's defence minister?|Andrei Belousov|PEOPLE",
        "What is the name of President Yoon's national security adviser?|Shin Won-sik|PEOPLE",
        "Days before the visit, whom did South Korean President Yoon Suk-yeol meet?|A Ukrainian delegation|PEOPLE",
        "In which city was the airport where the red carpet was laid out?|Pyongyang|PLACES",
        "Where did Belousov arrive?|North Korea|PLACES",
        "North Korea has sent more than how many soldiers to Russia?|10,000|NUMBERS",
        "In which month did Belousov replace Shoigu?|May|DATES",
        "When did the war begin?|2022|DATES",
        "What did the banner at the airport read?|Complete support and solidarity.|QUOTES",
        "What did Shin say?|It is a matter of time|QUOTES",
        "Why did Belousov travel to North Korea?|For talks|CAUSE_EFFECT",
        "According to the article, why has Kim Jong-un prioritised relations with Russia?|To break out of isolation|CAUSE_EFFECT",
        "What does Seoul fear North Korea could receive in exchange for its troops and arms?|Russian technology transfers|CAUSE_EFFECT",
        "What does the word \"alignment\" mean in the first paragraph?|closeness|VOCABULARY",
        "Which word is closest in meaning to \"dispatch\"?|sending|VOCABULARY",
        "What is the article mainly about?|A visit|MAIN_IDEA",
        "Which headline fits the article best?|Russia and North Korea draw closer|MAIN_IDEA",
        "What were the North Korean military officials seen doing?|Clapping|DETAILS",
      })
  void tags_a_question_by_what_it_asks(String prompt, String answer, ReadingSkill expected) {
    assertThat(tagger.tag(QuestionType.SHORT_ANSWER, prompt, answer)).isEqualTo(expected);
  }

  @Test
  void a_cloze_is_tagged_by_the_kind_of_its_answer() {
    String cloze = "Fill in the blank: _____ replaced Sergei Shoigu as defence minister in May.";
    assertThat(tagger.tag(QuestionType.SHORT_ANSWER, cloze, "Andrei Belousov"))
        .isEqualTo(ReadingSkill.PEOPLE);
    assertThat(tagger.tag(QuestionType.SHORT_ANSWER, cloze, "Pyongyang"))
        .isEqualTo(ReadingSkill.PLACES);
    assertThat(tagger.tag(QuestionType.SHORT_ANSWER, cloze, "2024")).isEqualTo(ReadingSkill.DATES);
    assertThat(tagger.tag(QuestionType.SHORT_ANSWER, cloze, "November 5"))
        .isEqualTo(ReadingSkill.DATES);
    assertThat(tagger.tag(QuestionType.SHORT_ANSWER, cloze, "10,000"))
        .isEqualTo(ReadingSkill.NUMBERS);
    assertThat(tagger.tag(QuestionType.SHORT_ANSWER, cloze, "red carpet"))
        .isEqualTo(ReadingSkill.DETAILS);
  }

  @Test
  void a_numeric_question_is_about_numbers_even_when_its_wording_does_not_say() {
    assertThat(tagger.tag(QuestionType.NUMERIC, "Give the figure the allies cited.", "12"))
        .isEqualTo(ReadingSkill.NUMBERS);
  }

  @Test
  void true_or_false_statements_are_tagged_by_what_they_claim() {
    assertThat(
            tagger.tag(
                QuestionType.TRUE_FALSE,
                "True or false: the banner read “Complete support and solidarity”.",
                "true"))
        .isEqualTo(ReadingSkill.QUOTES);
    assertThat(
            tagger.tag(
                QuestionType.TRUE_FALSE,
                "True or false: Shin Won-sik made his comments in a newspaper interview.",
                "false"))
        .isEqualTo(ReadingSkill.DETAILS);
  }

  @Test
  void every_skill_has_a_wire_name_that_reads_back() {
    for (ReadingSkill s : ReadingSkill.values()) {
      assertThat(ReadingSkill.fromWireName(s.wireName())).contains(s);
    }
    assertThat(ReadingSkill.fromWireName("nonsense")).isEmpty();
  }
}
