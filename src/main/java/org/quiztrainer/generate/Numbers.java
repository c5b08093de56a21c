package org.quiztrainer.generate;

import java.math.BigDecimal;
import java.util.Optional;
import org.quiztrainer.grading.NumberParser;

/**
 * Numbers as a numeric question's key: digits only ("10000", "2.5"), whatever the article wrote.
 */
final class Numbers {
  private Numbers() {}

  /** The first number in the text ("more than 10,000", "two", "2.5 million"), in digits. */
  static Optional<String> digits(String text) {
    return NumberParser.firstNumber(text).map(Numbers::plain);
  }

  static String plain(BigDecimal n) {
    BigDecimal stripped = n.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
  }
}
