package org.quiztrainer.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quiztrainer.quiz.QuestionType;

/** The three facts the product is known for, generated from the first article. */
class SeedArticleGoldenTest {
  private final List<GeneratedQuestion> questions = Generators.seed();

  @Test
  void asks_who_replaced_shoigu_with_andrei_belousov_as_the_answer() {
    assertThat(questions)
        .anySatisfy(
            q -> {
              assertThat(q.prompt()).startsWith("Who replaced Sergei Shoigu as defence minister");
              assertThat(q.answer()).isEqualTo("Andrei Belousov");
              assertThat(q.evidence().text()).contains("replaced Sergei Shoigu");
            });
  }

  @Test
  void asks_how_many_troops_were_sent_with_more_than_ten_thousand_as_the_answer() {
    assertThat(questions)
        .anySatisfy(
            q -> {
              assertThat(q.answer()).isEqualTo("10,000");
              assertThat(q.prompt()).contains("more than _____ soldiers");
              assertThat(q.type()).isIn(QuestionType.NUMERIC, QuestionType.MULTIPLE_CHOICE);
            });
  }

  @Test
  void asks_what_the_banner_read() {
    assertThat(questions)
        .anySatisfy(
            q -> {
              assertThat(q.prompt()).isEqualTo("What did the banner read?");
              assertThat(q.answer())
                  .isEqualTo(
                      "Complete support and solidarity with the fighting Russian army and people");
              assertThat(q.skill()).isEqualTo(Skill.QUOTE);
            });
  }

  @Test
  void every_paragraph_of_the_article_is_asked_about() {
    String text = Generators.read(Generators.SEED);
    int offset = 0;
    for (String paragraph : text.split("\n")) {
      int start = offset;
      int end = offset + paragraph.length();
      assertThat(questions)
          .as("a question about: %s", paragraph)
          .anySatisfy(q -> assertThat(q.evidence().start()).isBetween(start, end));
      offset = end + 1;
    }
  }

  @Test
  void the_output_mixes_question_types() {
    assertThat(questions)
        .extracting(GeneratedQuestion::type)
        .contains(
            QuestionType.MULTIPLE_CHOICE,
            QuestionType.SHORT_ANSWER,
            QuestionType.TRUE_FALSE,
            QuestionType.NUMERIC);
  }
}
