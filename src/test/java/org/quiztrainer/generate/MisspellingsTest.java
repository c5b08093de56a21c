package org.quiztrainer.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quiztrainer.nlp.WordNet;

/** A quiz does not teach the article's misspellings of ordinary words. */
class MisspellingsTest {
  private static final WordNet WORDNET = new WordNet();

  @Test
  void a_misspelt_word_is_corrected_in_the_question_and_a_misspelt_key_is_still_accepted() {
    Fixtures f =
        Fixtures.sentence(
                "(ROOT (S (NP (DT The) (JJ Brazillian) (NN team)) (VP (VBD won) (SBAR (IN after) (S"
                    + " (NP (DT the) (NN roof)) (VP (VBD collasped))))) (. .)))")
            .entity("Brazillian", "NATIONALITY")
            .lemma("won", "win");
    Misspellings m = new Misspellings(f.analysis(), WORDNET);
    assertThat(m.fix("The Brazillian team won after the roof collasped."))
        .isEqualTo("The Brazilian team won after the roof collapsed.");
    Draft d =
        f.drafts(WORDNET).stream()
            .filter(x -> x.answer().contains("Brazil"))
            .findFirst()
            .orElseThrow();
    assertThat(d.answer()).contains("Brazilian team");
    assertThat(d.accepted()).anyMatch(a -> a.contains("Brazillian team"));
  }

  @Test
  void names_and_words_wordnet_knows_are_left_as_they_are() {
    Fixtures f =
        Fixtures.sentence(
                "(ROOT (S (NP (NNP Ghaza)) (VP (VBD visited) (NP (DT the) (NN museum))) (. .)))")
            .entity("Ghaza", "PERSON")
            .lemma("visited", "visit");
    Misspellings m = new Misspellings(f.analysis(), WORDNET);
    assertThat(m.fix("Ghaza visited the museum.")).isEqualTo("Ghaza visited the museum.");
  }
}
