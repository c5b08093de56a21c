package org.quiztrainer.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quiztrainer.generate.StoredArticleTest.ONE_SENSE;
import static org.quiztrainer.generate.StoredArticleTest.SEED;
import static org.quiztrainer.generate.StoredArticleTest.generate;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quiztrainer.nlp.Lexicon;

/**
 * The seed article with another dictionary, again, and as training data for the ranker. Apart from
 * StoredArticleTest because each of these generates the article again or trains a ranker: mutation
 * testing runs this class for no mutant (its generator checks are in StoredArticleTest,
 * VocabularyTest and RankerFitTest, which run in a fraction of the time).
 */
class DictionaryAndRankerOnTheSeedTest {
  @Test
  void the_same_analysis_gives_the_same_questions() {
    assertThat(generate(ONE_SENSE)).isEqualTo(generate(ONE_SENSE));
  }

  @Test
  void a_word_with_several_meanings_is_never_asked() {
    Lexicon twoSenses =
        (lemma, tag) ->
            ONE_SENSE.senses(lemma, tag).isEmpty()
                ? List.of()
                : List.of(
                    ONE_SENSE.senses(lemma, tag).get(0),
                    new Lexicon.Sense("another meaning of the word", List.of(), 1, "noun.act"));

    assertThat(generate(twoSenses)).noneMatch(q -> q.kind().equals("vocabulary"));
  }

  @Test
  void the_ranker_learns_to_prefer_what_people_asked_about() {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    Map<String, Double> weights =
        RankerTraining.train(
            List.of(
                new RankerTraining.Paragraph(
                    SEED, List.of(List.of("Andrei Belousov"), List.of("Sergei Shoigu")))),
            (human, answer) -> human.contains(answer),
            new PrintStream(log, true, StandardCharsets.UTF_8));
    Ranker learned = new Ranker(weights);

    assertThat(log.toString(StandardCharsets.UTF_8))
        .matches("(?s)\\d+ examples, [1-9]\\d* asked.*");
    Article article = Article.of(SEED);
    List<Draft> drafts = new Drafting(article, new Gazetteer(), Lexicon.NONE).drafts();
    Features.Facts facts = Features.Facts.of(article);
    Map<String, Double> person = Features.of(answering(drafts, "Sergei Shoigu"), facts);
    Map<String, Double> number = Features.of(answering(drafts, "10,000"), facts);
    assertThat(learned.score(person)).isGreaterThan(learned.score(number));
  }

  private static Draft answering(List<Draft> drafts, String answer) {
    return drafts.stream().filter(d -> d.answer().equals(answer)).findFirst().orElseThrow();
  }
}
