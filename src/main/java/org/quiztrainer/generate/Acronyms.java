package org.quiztrainer.generate;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.quiztrainer.nlp.Sentence;
import org.quiztrainer.nlp.Token;
import org.quiztrainer.quiz.QuestionType;

/**
 * "the Very high-speed Backbone Network Service (vBNS)": "What does vBNS stand for?", when the
 * letters in brackets are the initials of the words before them.
 */
final class Acronyms {
  private Acronyms() {}

  /**
   * "the Very high-speed Backbone Network Service (vBNS)": "What does vBNS stand for?", when the
   * letters in brackets are the initials of the name before them.
   */
  /** The question the brackets opening at token {@code open} ask, if they hold initials. */
  static Optional<Draft> at(Sentence s, int open) {
    List<Token> tokens = s.tokens();
    if (!tokens.get(open).text().equals("(") || !tokens.get(open + 2).text().equals(")")) {
      return Optional.empty();
    }
    String letters = tokens.get(open + 1).text();
    if (!letters.matches("[A-Za-z]{2,8}")
        || letters.chars().filter(Character::isUpperCase).count() < 2) {
      return Optional.empty();
    }
    // Right to left, each letter the initial of a word; a small or lower-case word between them
    // ("high-speed" in "Very high-speed Backbone Network Service") may be passed over.
    String upper = letters.toUpperCase(Locale.ROOT);
    int letter = upper.length() - 1;
    int first = open;
    for (int i = open - 1; i >= 0 && letter >= 0 && i >= open - 12; i--) {
      String w = tokens.get(i).text();
      if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
        return Optional.empty();
      }
      if (Character.toUpperCase(w.charAt(0)) == upper.charAt(letter)) {
        letter--;
        first = i;
      } else if (!SMALL.contains(w.toLowerCase(Locale.ROOT))
          && Character.isUpperCase(w.charAt(0))) {
        return Optional.empty();
      }
    }
    if (letter >= 0) {
      return Optional.empty();
    }
    String key = s.text(first, open);
    if (Draft.words(key) < 2) {
      return Optional.empty();
    }
    return Optional.of(
        new Draft(
            QuestionType.SHORT_ANSWER,
            "What does " + letters + " stand for?",
            List.of(),
            key,
            List.of(),
            s,
            tokens.get(first).begin(),
            tokens.get(open + 2).end(),
            ReadingSkill.VOCABULARY,
            Kind.DEFINITION,
            "PHRASE",
            "attribute"));
  }

  private static final Set<String> SMALL = Set.of("of", "and", "the", "for", "in", "on", "&");
}
