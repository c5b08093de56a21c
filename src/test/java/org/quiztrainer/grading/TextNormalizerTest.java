package org.quiztrainer.grading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  @Test
  void drops_case_punctuation_and_articles() {
    assertThat(TextNormalizer.normalize("The Complete support, and   solidarity!"))
        .isEqualTo("complete support and solidarity");
  }

  @Test
  void joins_thousands_but_keeps_decimals() {
    assertThat(TextNormalizer.normalize("10,000 and 2.5 and 1,5"))
        .isEqualTo("10000 and 2.5 and 1 5");
  }

  @Test
  void removes_apostrophes_of_both_kinds() {
    assertThat(TextNormalizer.normalize("Russia’s Kim's")).isEqualTo("russias kims");
  }

  @Test
  void splits_hyphenated_words() {
    assertThat(TextNormalizer.normalize("Kim Jong-un")).isEqualTo("kim jong un");
  }
}
