package org.quiztrainer.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** TextRank over an article's sentences: what many sentences talk about is central. */
class CentralityTest {
  private static final String TROOPS =
      "(ROOT (S (NP (NNP Korea)) (VP (VBD sent) (NP (NNS troops)) (PP (IN to) (NP (NNP Russia))))"
          + " (. .)))";
  private static final String MORE_TROOPS =
      "(ROOT (S (NP (NNP Russia)) (VP (VBD welcomed) (NP (NNS troops)) (PP (IN from) (NP (NNP"
          + " Korea)))) (. .)))";
  private static final String AGAIN =
      "(ROOT (S (NP (DT The) (NNS troops)) (VP (VBD reached) (NP (NNP Russia))) (. .)))";
  private static final String WEATHER =
      "(ROOT (S (NP (DT The) (NN weather)) (VP (VBD stayed) (ADJP (JJ sunny) (JJ warm))) (. .)))";

  @Test
  void
      the_sentence_the_others_share_most_with_is_the_most_central_and_an_unrelated_one_the_least() {
    var sentences =
        Fixtures.sentence(TROOPS).and(MORE_TROOPS).and(AGAIN).and(WEATHER).analysis().sentences();
    Map<Integer, Double> c = Centrality.of(sentences);
    assertThat(c).hasSize(4);
    assertThat(c.values()).contains(1.0).allMatch(v -> v > 0 && v <= 1.0);
    assertThat(c.get(3)).isLessThan(c.get(0)).isLessThan(c.get(1));
    assertThat(c.get(3)).isLessThan(0.3);
  }

  @Test
  void sentences_that_share_nothing_are_all_equally_central() {
    var sentences = Fixtures.sentence(TROOPS).and(WEATHER).analysis().sentences();
    Map<Integer, Double> c = Centrality.of(sentences);
    assertThat(c.get(0)).isEqualTo(c.get(1)).isEqualTo(1.0);
  }
}
