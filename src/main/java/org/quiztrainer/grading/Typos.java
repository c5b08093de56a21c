package org.quiztrainer.grading;

import java.util.List;

/**
 * Word-by-word typo tolerance. Each word may carry a few slips in proportion to its length, but
 * words with digits must match exactly, so "2022" never passes for "2023", and a whole different
 * word ("North" for "South") is never a typo.
 */
final class Typos {
  private Typos() {}

  static boolean sameWords(List<String> expected, List<String> given) {
    if (expected.isEmpty() || expected.size() != given.size()) {
      return false;
    }
    for (int i = 0; i < expected.size(); i++) {
      if (!closeEnough(expected.get(i), given.get(i))) {
        return false;
      }
    }
    return true;
  }

  static int allowedSlips(String word) {
    if (word.chars().anyMatch(Character::isDigit) || word.length() <= 3) {
      return 0;
    }
    return word.length() <= 7 ? 1 : 2;
  }

  private static boolean closeEnough(String expected, String given) {
    if (expected.equals(given)) {
      return true;
    }
    int allowed = allowedSlips(expected);
    return allowed > 0 && EditDistance.between(expected, given) <= allowed;
  }
}
