package org.quiztrainer.nlp;

/**
 * Which word of a person's name is the family name. Usually the last ("Vladimir Putin"); in Korean
 * and other East Asian names written family name first, with a hyphenated given name ("Kim
 * Jong-un", "Shin Won-sik"), the first: "Won-sik" is no surname to accept as an answer, and "Kim"
 * is the same person as "Kim Jong-un".
 */
public final class PersonNames {
  private PersonNames() {}

  public static String family(String name) {
    String[] parts = name.strip().split("\\s+");
    if (parts.length == 2 && isGivenName(parts[1])) {
      return parts[0];
    }
    return parts[parts.length - 1];
  }

  /** "Jong-un", "Won-sik", "Hee-Chan": two short syllables joined by a hyphen. */
  private static boolean isGivenName(String word) {
    return word.matches("\\p{Lu}\\p{Ll}{1,4}-\\p{L}\\p{Ll}{0,4}");
  }
}
