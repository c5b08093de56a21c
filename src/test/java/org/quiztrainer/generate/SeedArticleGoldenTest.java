package org.quiztrainer.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quiztrainer.testing.TestGenerator;

/**
 * The facts the first article is known for, asked by the real generator on the real language
 * analysis: who replaced Shoigu and when, how many soldiers were sent, what the banner said, the
 * ministers and the president who met, the sanctions, and why Kim prioritised Russia.
 */
@Tag("nlp")
class SeedArticleGoldenTest {
  static final Path SEED = Path.of("questions/belousov-pyongyang.txt");

  private final List<GeneratedQuestion> questions;

  SeedArticleGoldenTest() throws IOException {
    questions = TestGenerator.GENERATOR.generate(Files.readString(SEED));
  }

  private GeneratedQuestion asked(String prompt) {
    return questions.stream()
        .filter(q -> q.prompt().equals(prompt))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    prompt
                        + " not among "
                        + questions.stream().map(GeneratedQuestion::prompt).toList()));
  }

  @Test
  void asks_who_replaced_shoigu_with_his_full_name_as_the_key() {
    GeneratedQuestion q = asked("Who replaced Sergei Shoigu as defence minister in May?");
    assertThat(q.answer()).isEqualTo("Andrei Belousov");
    assertThat(q.evidence().text()).contains("replaced Sergei Shoigu");
    assertThat(q.skill()).isEqualTo(ReadingSkill.PEOPLE);
  }

  @Test
  void asks_the_month_he_replaced_him() {
    assertThat(asked("When did Belousov replace Sergei Shoigu as defence minister?").answer())
        .isEqualTo("May");
  }

  @Test
  void asks_how_many_soldiers_were_sent_with_the_hedged_number_as_the_key() {
    GeneratedQuestion q =
        asked(
            "According to the United States and its allies, how many soldiers has North Korea"
                + " sent to Russia in recent weeks?");
    assertThat(q.answer()).isIn("10000", "10,000", "more than 10,000");
    assertThat(q.skill()).isEqualTo(ReadingSkill.NUMBERS);
  }

  @Test
  void asks_what_the_banner_read() {
    GeneratedQuestion q = asked("What did the banner read?");
    assertThat(q.answer())
        .isEqualTo("Complete support and solidarity with the fighting Russian army and people");
    assertThat(q.skill()).isEqualTo(ReadingSkill.QUOTES);
  }

  @Test
  void asks_about_the_ministers_and_the_president_who_met() {
    assertThat(asked("Who was Belousov walking alongside?").answer()).isEqualTo("No Kwang-chol");
    assertThat(asked("Who met with a Ukrainian delegation?").answer()).isEqualTo("Yoon Suk-yeol");
    assertThat(asked("Who led the Ukrainian delegation?").answer()).isEqualTo("Rustem Umerov");
  }

  @Test
  void asks_about_the_us_led_sanctions_and_what_russia_provided_according_to_shin() {
    assertThat(questions)
        .anySatisfy(q -> assertThat(q.answer()).isEqualTo("US-led sanctions against Moscow"));
    assertThat(
            asked("According to Shin Won-sik, what has Russia provided to North Korea?").answer())
        .isEqualTo("air defence missile systems");
  }

  @Test
  void asks_why_with_the_reason_the_article_gives() {
    assertThat(questions)
        .anySatisfy(
            q -> {
              assertThat(q.prompt()).startsWith("Why has North Korean leader Kim Jong-un");
              assertThat(q.answer())
                  .isEqualTo("to break out of isolation and strengthen his international footing");
              assertThat(q.skill()).isEqualTo(ReadingSkill.CAUSE_EFFECT);
            });
  }

  @Test
  void asks_what_the_article_is_mostly_about_with_the_lead_as_the_key() {
    GeneratedQuestion q = asked("Which sentence best sums up what the article is mostly about?");
    assertThat(q.answer())
        .startsWith("Russian Defence Minister Andrei Belousov arrived in North Korea");
    assertThat(q.choices()).hasSize(4).contains(q.answer());
    assertThat(questions.indexOf(q)).isLessThan(3);
  }

  @Test
  void the_top_ten_mix_kinds_and_every_question_says_why_it_was_chosen() {
    assertThat(questions.subList(0, 10).stream().map(GeneratedQuestion::kind).distinct().count())
        .isGreaterThanOrEqualTo(4);
    assertThat(questions).allSatisfy(q -> assertThat(q.reasons()).isNotEmpty());
  }

  @Test
  void every_paragraph_of_the_article_is_asked_about() throws IOException {
    String text = Files.readString(SEED);
    int offset = 0;
    for (String paragraph : text.split("\n")) {
      int start = offset;
      int end = offset + paragraph.length();
      if (!paragraph.equals("— AP") && !paragraph.isBlank()) {
        assertThat(questions)
            .as("a question about: %s", paragraph)
            .anySatisfy(q -> assertThat(q.evidence().start()).isBetween(start, end));
      }
      offset = end + 1;
    }
  }
}
