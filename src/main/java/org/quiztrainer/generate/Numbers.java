package org.quiztrainer.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Numbers and dates: "more than 10,000", "almost three", "2022", "May 12, 2024", "a fifth". The
 * mention keeps the modifier so a cloze reads naturally; its core is the bare number.
 */
final class Numbers {
  private static final Set<String> MODIFIERS =
      Set.of(
          "than",
          "almost",
          "nearly",
          "about",
          "around",
          "over",
          "approximately",
          "roughly",
          "some",
          "least",
          "to");
  private static final Set<String> ORDINALS =
      Set.of(
          "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
          "tenth");

  private Numbers() {}

  static List<Mention> find(Sentence s) {
    List<Mention> out = new ArrayList<>();
    List<Token> t = s.tokens();
    for (int i = 0; i < t.size(); i++) {
      Token tok = t.get(i);
      if (Gazetteer.MONTHS.contains(tok.lower()) && tok.isCapitalized() && !isModalMay(t, i)) {
        int end = dateEnd(t, i + 1);
        String text = s.span(i, end);
        out.add(new Mention(i, end, Skill.DATE, text, text));
        i = end - 1;
      } else if (isYear(tok)) {
        out.add(new Mention(i, i + 1, Skill.DATE, tok.text(), tok.text()));
      } else if (tok.text().matches("\\d{1,2}")
          && i + 1 < t.size()
          && Gazetteer.MONTHS.contains(t.get(i + 1).lower())) {
        int end = dateEnd(t, i + 2);
        String text = s.span(i, end);
        out.add(new Mention(i, end, Skill.DATE, text, text));
        i = end - 1;
      } else if (tok.is("NUM") && Character.isDigit(tok.text().charAt(0)) || isNumberWord(tok)) {
        int from = modifierStart(t, i);
        int end = i + 1;
        while (end < t.size()
            && (t.get(end).is("NUM")
                || t.get(end).lower().matches("million|billion|thousand|hundred"))) {
          end++;
        }
        out.add(new Mention(from, end, Skill.NUMBER, s.span(from, end), s.span(i, end)));
        i = end - 1;
      } else if (isHyphenatedNumber(tok)) {
        int from = modifierStart(t, i);
        out.add(new Mention(from, i + 1, Skill.NUMBER, s.span(from, i + 1), tok.text()));
      } else if (ORDINALS.contains(tok.lower())) {
        out.add(new Mention(i, i + 1, Skill.NUMBER, tok.text(), tok.text()));
      }
    }
    return out;
  }

  private static boolean isModalMay(List<Token> t, int i) {
    return t.get(i).lower().equals("may") && (t.get(i).is("AUX") || i == 0);
  }

  private static boolean isYear(Token t) {
    return t.text().matches("(1[5-9]|20)\\d\\d");
  }

  /** "three-year", "10-day": a number joined to its unit. */
  private static boolean isHyphenatedNumber(Token t) {
    return t.lower()
        .matches(
            "(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|fifty|hundred)-[a-z]+");
  }

  private static boolean isNumberWord(Token t) {
    return t.is("NUM")
        && t.lower()
            .matches(
                "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozen");
  }

  private static int dateEnd(List<Token> t, int i) {
    int end = i;
    if (end < t.size() && t.get(end).text().matches("\\d{1,2}") && !isYear(t.get(end))) {
      end++;
    }
    if (end + 1 < t.size() && t.get(end).text().equals(",") && isYear(t.get(end + 1))) {
      end += 2;
    } else if (end < t.size() && isYear(t.get(end))) {
      end++;
    }
    return end;
  }

  private static int modifierStart(List<Token> t, int i) {
    int from = i;
    while (from > 0 && MODIFIERS.contains(t.get(from - 1).lower())) {
      from--;
      if (t.get(from).lower().equals("than")
          && from > 0
          && t.get(from - 1).lower().matches("more|less|fewer")) {
        from--;
      }
      if (t.get(from).lower().equals("least") && from > 0 && t.get(from - 1).lower().equals("at")) {
        from--;
      }
      if (t.get(from).lower().equals("to") && !(from > 0 && t.get(from - 1).lower().equals("up"))) {
        return from + 1;
      }
      if (t.get(from).lower().equals("to")) {
        from--;
      }
    }
    return from;
  }
}
