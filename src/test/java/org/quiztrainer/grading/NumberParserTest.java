package org.quiztrainer.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberParserTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "10,000|10000",
        "10000|10000",
        "ten thousand|10000",
        "twenty-one|21",
        "a hundred and five|105",
        "two hundred thousand|200000",
        "1.5 million|1500000",
        "3|3",
        "more than 10,000 soldiers|10000",
        "in 2022|2022",
        "one million two hundred thousand|1200000",
        "a thousand|1000",
        "zero|0",
        "2.5|2.5"
      })
  void reads_the_first_number_in_digits_or_words(String text, String expected) {
    assertThat(NumberParser.firstNumber(text))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(new BigDecimal(expected)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "none", "many soldiers", "thousands of troops", "bn", "k"})
  void finds_nothing_where_there_is_no_number(String text) {
    assertThat(NumberParser.firstNumber(text)).isEmpty();
  }
}
