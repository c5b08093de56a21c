package org.quiztrainer.generate;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.quiztrainer.grading.NumberParser;
import org.quiztrainer.quiz.QuestionType;

/**
 * Tags any question, generated, written by hand or imported, with the reading skill it practises.
 * It reads what the question asks ("Who…", "How many…", "Why…", "What does … mean") and, when the
 * wording doesn't tell, what kind of answer it wants. The rules are ordered from the most specific
 * question form to the least, so "Why did X say…" is cause and effect, not a quote.
 */
public final class SkillTagger {
  private record Rule(ReadingSkill skill, Pattern prompt) {}

  private static final List<Rule> RULES =
      List.of(
          rule(
              ReadingSkill.MAIN_IDEA,
              "\\bmain (idea|point|topic)\\b|\\bmainly about\\b|\\bbest summar|\\bbest title\\b"
                  + "|\\bheadline\\b|\\bmostly about\\b"),
          rule(
              ReadingSkill.VOCABULARY,
              "\\bwhat does (the word |the phrase |the term )?\\S+( \\S+)? mean\\b|\\bmeans?\\b.*\\?$"
                  + "|\\bclosest in meaning\\b|\\bmeaning of\\b|\\bthe term\\b|\\bthe phrase\\b"
                  + "|\\bin other words\\b"),
          rule(
              ReadingSkill.CAUSE_EFFECT,
              "^(according to [^,]+, )?why\\b|\\bbecause\\b|\\breason\\b|\\bin exchange for\\b"
                  + "|\\bled to\\b|\\bcaused?\\b|\\bresult(ed)? (of|in)\\b|\\bin response to\\b"
                  + "|\\bin return\\b"),
          rule(
              ReadingSkill.QUOTES,
              "\\b(said|say|says|told|quoted?|read|reads|slogan|called for|words)\\b.*[\"“”]"
                  + "|[\"“”].*\\b(said|say|says|told|read|reads)\\b|\\bwhat did .* (say|read)\\b"
                  + "|\\bwho said\\b|[\"“][^\"”]+ [^\"”]+[\"”]"),
          rule(
              ReadingSkill.DATES,
              "^when\\b|\\b(in )?(what|which) (year|month|day|date|week|century|decade)\\b"
                  + "|\\bhow long ago\\b|\\bsince when\\b"),
          rule(
              ReadingSkill.NUMBERS,
              "\\bhow (many|much|long|old|far|big|large)\\b|\\b(what|which) (number|percentage|share"
                  + "|amount|total)\\b"),
          rule(
              ReadingSkill.PLACES,
              "^where\\b|\\b(in|to|from|at)? ?(what|which) (country|city|capital|region|place|town"
                  + "|province|state|airport|border)\\b"),
          rule(
              ReadingSkill.PEOPLE,
              "^(according to [^,]+, )?(who|whom|whose)\\b|[,;] (who|whom|whose)\\b|\\b(what|which)"
                  + " (official|minister|leader|person|president|man|woman|group|delegation"
                  + "|organi[sz]ation|country's leader)\\b|\\bwhat is the name of\\b"));

  private static final Pattern NAME =
      Pattern.compile("\\p{Lu}[\\p{L}'’-]+( \\p{Lu}[\\p{L}'’.-]*){1,2}");
  private static final Pattern YEAR = Pattern.compile("(1[5-9]|20)\\d\\d");
  private static final Pattern MONTH_OR_DAY =
      Pattern.compile(
          "(january|february|march|april|may|june|july|august|september|october|november"
              + "|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
              + "( \\d{1,2})?(,? \\d{4})?");

  private final Gazetteer gazetteer = new Gazetteer();

  private static Rule rule(ReadingSkill skill, String regex) {
    return new Rule(skill, Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
  }

  /** The skill a question practises, from its prompt first and its answer second. */
  public ReadingSkill tag(QuestionType type, String prompt, String answer) {
    String p = prompt.strip();
    if (type != QuestionType.TRUE_FALSE) {
      for (Rule r : RULES) {
        if (r.prompt().matcher(p).find()) {
          return r.skill();
        }
      }
    }
    return byAnswer(type == QuestionType.TRUE_FALSE ? p : answer, type);
  }

  /** The kind of answer, for prompts that don't say what they ask ("_____ replaced Shoigu"). */
  private ReadingSkill byAnswer(String text, QuestionType type) {
    String a = text.strip().toLowerCase(Locale.ROOT);
    if (type == QuestionType.TRUE_FALSE) {
      return a.contains("\"") || a.contains("“") ? ReadingSkill.QUOTES : ReadingSkill.DETAILS;
    }
    if (YEAR.matcher(a).matches() || MONTH_OR_DAY.matcher(a).matches()) {
      return ReadingSkill.DATES;
    }
    if (type == QuestionType.NUMERIC
        || NumberParser.firstNumber(a).isPresent() && a.length() < 20) {
      return ReadingSkill.NUMBERS;
    }
    String name = text.strip();
    if (gazetteer.isCountry(name) || gazetteer.isCity(name)) {
      return ReadingSkill.PLACES;
    }
    if (NAME.matcher(name).matches()) {
      return ReadingSkill.PEOPLE; // two or three capitalised words that are not a place
    }
    return ReadingSkill.DETAILS;
  }
}
