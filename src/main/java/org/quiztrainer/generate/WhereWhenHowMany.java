package org.quiztrainer.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * When, where and how-many questions with the auxiliary moved to the front: "Belousov replaced
 * Shoigu in May" gives "When did Belousov replace Shoigu?", and "North Korea has sent more than
 * 10,000 soldiers to Russia" gives "How many soldiers has North Korea sent to Russia?".
 */
final class WhereWhenHowMany {
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "to", "near", "from");
  private static final Set<String> TIME_PREPOSITIONS = Set.of("in", "on", "since", "during");

  private WhereWhenHowMany() {}

  static List<Draft> build(Sentence s, List<Mention> mentions, LanguageModels models) {
    List<Draft> out = new ArrayList<>();
    Mention subject = WhBuilder.subjectOf(s, mentions);
    if (subject == null) {
      return out;
    }
    int verb = WhBuilder.afterAppositive(s, subject.to());
    Optional<VerbGroup> group = VerbGroup.at(s, verb, models);
    if (group.isEmpty()) {
      return out;
    }
    int clauseEnd = clauseEnd(s, group.get().next());
    for (int i = group.get().next(); i < clauseEnd; i++) {
      if (s.tokens().get(i).is("AUX")) {
        return out; // "Iodine released from milk has been ...": the verb we found was a participle
      }
    }
    String subjectText = subjectText(s, subject);
    for (Mention target : mentions) {
      if (target.from() < group.get().next() || target.to() > clauseEnd) {
        continue;
      }
      question(s, target, group.get(), subjectText, clauseEnd)
          .ifPresent(
              prompt ->
                  out.add(new Draft(Answers.shortAnswer(s, target, prompt, "wh"), s, target)));
    }
    return out;
  }

  private static Optional<String> question(
      Sentence s, Mention target, VerbGroup v, String subject, int clauseEnd) {
    List<Token> t = s.tokens();
    String before = target.from() > 0 ? t.get(target.from() - 1).lower() : "";
    int cutFrom;
    String wh;
    if (target.skill() == Skill.DATE && TIME_PREPOSITIONS.contains(before)) {
      wh = "When";
      cutFrom = target.from() - 1;
    } else if (target.skill() == Skill.PLACE
        && PLACE_PREPOSITIONS.contains(before)
        && !before.equals("to")) {
      wh = "Where";
      cutFrom = target.from() - 1;
    } else if (target.skill() == Skill.NUMBER
        && target.to() < clauseEnd
        && isCountedUnit(t.get(target.to()))
        && org.quiztrainer.grading.NumberParser.firstNumber(target.core()).isPresent()
        && !target.core().contains("-")) {
      wh = "How many " + t.get(target.to()).text();
      cutFrom = target.from();
      String rest = join(s, v.next(), cutFrom) + " " + join(s, target.to() + 1, clauseEnd);
      return Optional.of(ask(wh, v, subject, rest));
    } else {
      return Optional.empty();
    }
    String rest = join(s, v.next(), cutFrom) + " " + join(s, target.to(), clauseEnd);
    return Optional.of(ask(wh, v, subject, rest));
  }

  /** "soldiers", "seconds", "people": a plural noun a number counts. */
  private static boolean isCountedUnit(Token t) {
    String w = t.lower();
    return t.is("NOUN") && w.matches("[a-z]{3,}") && (w.endsWith("s") || w.equals("people"));
  }

  private static String ask(String wh, VerbGroup v, String subject, String rest) {
    String tail = rest.strip().replaceAll("\\s+", " ");
    return wh
        + " "
        + v.auxiliary()
        + " "
        + subject
        + " "
        + v.main()
        + (tail.isEmpty() ? "" : " " + tail)
        + "?";
  }

  private static String join(Sentence s, int from, int to) {
    return from >= to ? "" : Prompts.withoutTrailing(s.span(from, to));
  }

  /** The subject as it reads inside a question: "the council", but "North Korea". */
  private static String subjectText(Sentence s, Mention subject) {
    String text = s.span(0, subject.to());
    Token first = s.tokens().get(0);
    if (first.text().length() > 1
        && first.text().equals(first.text().toUpperCase(java.util.Locale.ROOT))
        && first.text().chars().allMatch(Character::isLetter)) {
      // "RUSSIAN Defence Minister" in a news lede reads "Russian Defence Minister" in a question
      text = Prompts.capitalise(first.lower()) + text.substring(first.text().length());
    }
    return text.startsWith("The ") ? "the " + text.substring(4) : text;
  }

  /** The clause ends at a semicolon, a dash, a comma before a conjunction, or the sentence end. */
  private static int clauseEnd(Sentence s, int from) {
    List<Token> t = s.tokens();
    for (int i = from; i < t.size(); i++) {
      String x = t.get(i).text();
      if (x.equals(";")
          || x.equals("—")
          || x.equals(",")
          || t.get(i).is("SCONJ")
          || x.equals("(")) {
        return i;
      }
      if (x.equals("and") && i + 1 < t.size() && t.get(i + 1).is("VERB", "AUX")) {
        return i;
      }
    }
    return t.size();
  }
}
