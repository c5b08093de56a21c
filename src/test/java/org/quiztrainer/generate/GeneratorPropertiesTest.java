package org.quiztrainer.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quiztrainer.grading.TextNormalizer;
import org.quiztrainer.quiz.QuestionType;
import org.quiztrainer.testing.StoredAnalyses;

/**
 * Rules every generated question keeps, over the first article, the news reports and the dev data,
 * on CoreNLP's stored analyses of them (see {@link StoredAnalyses}); {@link GeneratorOnAnyTextTest}
 * runs the models themselves on random text.
 */
class GeneratorPropertiesTest {
  private static final QuestionGenerator GENERATOR =
      new QuestionGenerator(
          StoredAnalyses.analyzer(
              java.util.stream.Stream.of(
                      "/generate/belousov-analysis.txt",
                      "/dev-data/articles-analysis.txt",
                      "/dev-data/squad-dev-analysis.txt")
                  .flatMap(r -> StoredAnalyses.read(r).stream())
                  .toList()));

  static final Path DEV = Path.of("src/test/resources/dev-data");

  static List<String> allTexts() {
    try {
      List<String> texts = new ArrayList<>();
      texts.add(Files.readString(SeedArticleGoldenTest.SEED));
      try (var files = Files.list(DEV.resolve("articles"))) {
        for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          texts.add(Files.readString(p));
        }
      }
      JsonNode squad = new ObjectMapper().readTree(DEV.resolve("squad-dev-sample.json").toFile());
      squad.forEach(p -> texts.add(p.get("context").asText()));
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void assertValid(String text, GeneratedQuestion q) {
    var e = q.evidence();
    assertThat(text.substring(e.start(), e.end())).as("evidence span").isEqualTo(e.text());
    assertThat(q.prompt()).isNotBlank();
    assertThat(q.answer()).isNotBlank();
    switch (q.type()) {
      case MULTIPLE_CHOICE -> {
        assertThat(q.choices()).hasSizeBetween(3, 4);
        assertThat(new HashSet<>(q.choices().stream().map(TextNormalizer::normalize).toList()))
            .as("distinct choices in %s", q.choices())
            .hasSameSizeAs(q.choices());
        assertThat(q.choices().stream().filter(c -> c.equals(q.answer()))).hasSize(1);
      }
      case TRUE_FALSE -> assertThat(q.answer()).isIn("true", "false");
      case NUMERIC ->
          assertThat(q.answer()).as("a numeric key in digits").matches("\\d+(\\.\\d+)?");
      default -> assertThat(q.choices()).isEmpty();
    }
    if (q.type() != QuestionType.TRUE_FALSE && !q.kind().equals("main_idea")) {
      assertThat(Prompts.mentionsAnswer(q.prompt(), q.answer()))
          .as("prompt %s gives away %s", q.prompt(), q.answer())
          .isFalse();
    }
    // The source of "According to the United States and its allies, …" may point inside itself,
    // and is what a pronoun after it may point to ("According to Cres Eastman, … his calls");
    // a blank stands for a name ("_____ was making his final appearance").
    String asked =
        q.prompt()
            .replaceAll("“[^”]*”", "")
            .replaceFirst("^(Fill in the blank|True or false): ", "")
            .replaceFirst("^According to [^,]+, ", "Source ")
            .replace("_____", "Blank");
    assertThat(pointsOutside(asked)).as("a pronoun that points outside %s", q.prompt()).isFalse();
    if (q.kind().equals("cloze")) {
      assertThat(q.prompt().split("\\s+").length).isLessThanOrEqualTo(28);
    }
  }

  /**
   * A pronoun with nothing before it to point at: "he" reads fine after "Who" or "Which
   * organisation" (the question's own subject, also asked in place) or after a name, never at the
   * start ("What did he produce?").
   */
  private static final java.util.Set<String> NOT_NAMES =
      java.util.Set.of(
          "the", "a", "an", "this", "that", "these", "those", "what", "which", "when", "where",
          "how", "why", "whom", "in", "on", "at", "to", "for", "of", "by", "with", "from", "after",
          "before", "during", "is", "are", "was", "were", "did", "does", "do", "has", "have", "had",
          "i");

  private static boolean pointsOutside(String question) {
    boolean antecedent = false;
    String[] words = question.split("[^\\p{L}']+");
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (Resolver.dangles(w) && !antecedent) {
        return true;
      }
      // A question word in place ("… of which mayor that received his …") is one too.
      antecedent |=
          java.util.Set.of("who", "which", "what", "whom")
                  .contains(w.toLowerCase(java.util.Locale.ROOT))
              || !w.isEmpty()
                  && Character.isUpperCase(w.charAt(0))
                  && !NOT_NAMES.contains(w.toLowerCase(java.util.Locale.ROOT));
    }
    return false;
  }

  @Test
  void every_question_on_all_the_texts_is_valid() {
    int count = 0;
    for (String text : allTexts()) {
      for (GeneratedQuestion q : GENERATOR.generate(text)) {
        assertValid(text, q);
        count++;
      }
    }
    assertThat(count).isGreaterThan(500);
  }

  @Test
  void no_sentence_gets_a_third_question_before_every_sentence_has_had_its_turn() {
    for (String text : allTexts().subList(0, 9)) {
      QuestionGenerator.Analyzed a = GENERATOR.analyze(text, org.quiztrainer.nlp.Progress.NONE);
      List<GeneratedQuestion> all = a.map(GENERATOR::generate);
      long sentences = all.stream().map(q -> sentenceOf(a, q)).distinct().count();
      Map<Integer, Integer> perSentence = new HashMap<>();
      for (GeneratedQuestion q : all.subList(0, (int) sentences)) {
        perSentence.merge(sentenceOf(a, q), 1, Integer::sum);
      }
      assertThat(perSentence.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(2));
    }
  }

  private static int sentenceOf(QuestionGenerator.Analyzed a, GeneratedQuestion q) {
    for (var s : a.analysis().sentences()) {
      if (q.evidence().start() >= s.begin() && q.evidence().start() < s.end()) {
        return s.index();
      }
    }
    return -1;
  }

  @Test
  void fill_in_the_blanks_are_at_most_one_in_five_of_the_top_questions() {
    for (String text : allTexts().subList(0, 9)) {
      List<GeneratedQuestion> top = GENERATOR.generate(text);
      top = top.subList(0, Math.min(30, top.size()));
      long cloze = top.stream().filter(q -> q.kind().equals("cloze")).count();
      assertThat(cloze)
          .as("cloze in %s", text.substring(0, 40))
          .isLessThanOrEqualTo(top.size() / 5 + 1);
    }
  }
}
