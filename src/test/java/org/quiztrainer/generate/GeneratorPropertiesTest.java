package org.quiztrainer.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.quiztrainer.grading.TextNormalizer;
import org.quiztrainer.quiz.QuestionType;

/** Rules every generated question keeps, checked over all the dev data and random input. */
class GeneratorPropertiesTest {

  private static List<String> allDevTexts() throws IOException {
    List<String> texts = new ArrayList<>();
    texts.add(Generators.read(Generators.SEED));
    Generators.devArticles().forEach(p -> texts.add(Generators.read(p)));
    JsonNode squad =
        new ObjectMapper().readTree(Generators.DEV.resolve("squad-dev-sample.json").toFile());
    squad.forEach(p -> texts.add(p.get("context").asText()));
    return texts;
  }

  static void assertValid(String text, GeneratedQuestion q) {
    var e = q.evidence();
    assertThat(text.substring(e.start(), e.end())).as("evidence span").isEqualTo(e.text());
    assertThat(q.prompt()).isNotBlank();
    assertThat(q.answer()).isNotBlank();
    switch (q.type()) {
      case MULTIPLE_CHOICE -> {
        assertThat(q.choices()).hasSize(4);
        assertThat(new HashSet<>(q.choices().stream().map(TextNormalizer::normalize).toList()))
            .as("distinct choices in %s", q.choices())
            .hasSize(4);
        assertThat(q.choices().stream().filter(c -> c.equals(q.answer()))).hasSize(1);
      }
      case TRUE_FALSE -> assertThat(q.answer()).isIn("true", "false");
      default -> assertThat(q.choices()).isEmpty();
    }
    if (q.type() != QuestionType.TRUE_FALSE) {
      assertThat(Ranker.givesAway(q.prompt(), q.answer()))
          .as("prompt %s gives away %s", q.prompt(), q.answer())
          .isFalse();
    }
    assertThat(q.prompt())
        .doesNotContainPattern("^(Fill in the blank: |True or false: )?(He|She|It|They) ");
  }

  @Test
  void every_question_on_all_dev_data_is_valid() throws IOException {
    int count = 0;
    for (String text : allDevTexts()) {
      for (GeneratedQuestion q : Generators.GENERATOR.generate(text)) {
        assertValid(text, q);
        count++;
      }
    }
    assertThat(count).isGreaterThan(500);
  }

  @Test
  void no_sentence_gets_more_than_its_share_of_questions() throws IOException {
    for (String text : allDevTexts()) {
      var perSentence = new java.util.HashMap<Integer, Integer>();
      for (GeneratedQuestion q : Generators.GENERATOR.generate(text)) {
        perSentence.merge(q.evidence().start(), 1, Integer::sum);
      }
      assertThat(perSentence.values())
          .allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(Ranker.PER_SENTENCE));
    }
  }

  @Test
  void a_repeated_paragraph_does_not_repeat_its_questions() {
    String seed = Generators.read(Generators.SEED);
    int once = Generators.GENERATOR.generate(seed).size();
    List<GeneratedQuestion> twice = Generators.GENERATOR.generate(seed + "\n\n" + seed);
    assertThat(twice).hasSizeLessThanOrEqualTo(once + 2);
    assertThat(twice.stream().map(q -> q.type() + q.prompt() + q.answer()).distinct().count())
        .isEqualTo(twice.size());
  }

  @Property(tries = 200)
  void any_text_gives_valid_questions_or_none_and_never_a_crash(
      @ForAll @StringLength(max = 400) String text) {
    for (GeneratedQuestion q : Generators.GENERATOR.generate(text)) {
      assertValid(text, q);
    }
  }

  @Property(tries = 100)
  void news_like_text_with_random_names_and_numbers_gives_valid_questions(
      @ForAll("sentences") String text) {
    for (GeneratedQuestion q : Generators.GENERATOR.generate(text)) {
      assertValid(text, q);
    }
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> sentences() {
    var names =
        net.jqwik.api.Arbitraries.of(
            "Anna Petrova", "Kim Jong-un", "the council", "Seoul", "NASA", "He", "It", "They");
    var verbs = net.jqwik.api.Arbitraries.of("met", "said", "replaced", "visited", "sent", "read:");
    var objects =
        net.jqwik.api.Arbitraries.of(
            "10,000 soldiers",
            "“a new Cold War”",
            "Russia’s army",
            "in May 2022",
            "a former economist",
            "Ukraine");
    var sentence =
        net.jqwik.api.Combinators.combine(names, verbs, objects)
            .as((n, v, o) -> n + " " + v + " " + o + ".");
    return sentence.list().ofMinSize(1).ofMaxSize(6).map(l -> String.join(i(l) ? "\n" : " ", l));
  }

  private static boolean i(List<String> l) {
    return l.size() % 2 == 0;
  }
}
