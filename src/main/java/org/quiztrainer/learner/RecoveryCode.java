package org.quiztrainer.learner;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * A learner's recovery code: 12 characters of Crockford's base 32 (60 random bits), written {@code
 * XXXX-XXXX-XXXX}. The alphabet has no I, L, O or U, and reading a code back forgives the mix-ups
 * those letters cause, lower case, and missing or extra dashes.
 */
final class RecoveryCode {
  static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  static final int LENGTH = 12;

  private RecoveryCode() {}

  static String fresh(SecureRandom random) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < LENGTH; i++) {
      if (i > 0 && i % 4 == 0) {
        out.append('-');
      }
      out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return out.toString();
  }

  /** The code's 12 characters, or empty if the text can't be one. */
  static Optional<String> canonical(String typed) {
    if (typed == null || typed.length() > 40) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder();
    for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
      char k =
          switch (c) {
            case 'O' -> '0';
            case 'I', 'L' -> '1';
            default -> c;
          };
      if (ALPHABET.indexOf(k) >= 0) {
        out.append(k);
      } else if (c != '-' && c != ' ') {
        return Optional.empty();
      }
    }
    return out.length() == LENGTH ? Optional.of(out.toString()) : Optional.empty();
  }
}
