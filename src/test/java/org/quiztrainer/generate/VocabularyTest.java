package org.quiztrainer.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quiztrainer.nlp.Lexicon;

/** Vocabulary in context: which words are asked, and what the choices are. */
class VocabularyTest {
  private static final Map<String, String> MEANINGS =
      Map.of(
          "solidarity", "a union of interests or purposes",
          "isolation", "a state of separation between persons",
          "surveillance", "close observation of a person or group",
          "contravention", "coming into conflict with something",
          "headsets", "receivers made of a pair of headphones");

  private static Article article() {
    return Article.of(
        Fixtures.sentence(
                "(ROOT (S (NP (DT The) (NN banner)) (VP (VBD read) (NP (NN solidarity))) (. .)))")
            .and(
                "(ROOT (S (NP (PRP He)) (VP (VBD broke) (PRT (RP out)) (PP (IN of) (NP (NN"
                    + " isolation)))) (. .)))")
            .and(
                "(ROOT (S (NP (DT The) (NNS officials)) (VP (VBD built) (NP (NN surveillance)))"
                    + " (. .)))")
            .and(
                "(ROOT (S (NP (DT The) (NN salt)) (VP (VBD was) (PP (IN in) (NP (NN"
                    + " contravention)))) (. .)))")
            .and("(ROOT (S (NP (DT The) (NNS players)) (VP (VBD wore) (NP (NNS headsets))) (. .)))")
            .analysis());
  }

  private static Lexicon senses(int each) {
    return (lemma, tag) -> {
      String gloss = MEANINGS.get(lemma);
      if (gloss == null || !tag.startsWith("NN")) {
        return List.of();
      }
      String kind = lemma.equals("headsets") ? "noun.artifact" : "noun.state";
      Lexicon.Sense one = new Lexicon.Sense(gloss, List.of(), 1, kind);
      return each == 1
          ? List.of(one)
          : List.of(one, new Lexicon.Sense("another", List.of(), 1, kind));
    };
  }

  @Test
  void a_one_sense_word_worth_learning_is_asked_with_other_words_meanings_as_wrong_choices() {
    List<Draft> asked = new Vocabulary(senses(1)).build(article());
    assertThat(asked).isNotEmpty().hasSizeLessThanOrEqualTo(2);
    for (Draft d : asked) {
      String word = d.prompt().replaceFirst("^What does “([a-z]+)” mean.*", "$1");
      assertThat(d.answer()).isEqualTo(MEANINGS.get(word));
      assertThat(d.choices()).hasSize(4).doesNotHaveDuplicates().contains(d.answer());
      assertThat(MEANINGS.values()).containsAll(d.choices());
      assertThat(d.kind()).isEqualTo(Kind.VOCABULARY);
    }
    assertThat(asked).extracting(Draft::prompt).noneMatch(p -> p.contains("“headsets”"));
  }

  @Test
  void a_word_with_several_meanings_is_never_asked() {
    assertThat(new Vocabulary(senses(2)).build(article())).isEmpty();
  }
}
