package org.quiztrainer.generate;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quiztrainer.grading.Grader;
import org.quiztrainer.grading.NumberParser;
import org.quiztrainer.grading.TextNormalizer;

/**
 * Wrong answers of the right kind, drawn from the article first: people for people, places for
 * places. Numbers are varied sensibly (halved, doubled, a tenth) and years shifted a little.
 */
final class Distractors {
  /** The kinds of answer that have same-kind alternatives worth offering or swapping in. */
  static final Set<Skill> KINDS =
      Set.of(
          Skill.PERSON,
          Skill.PLACE,
          Skill.NUMBER,
          Skill.DATE,
          Skill.ORGANISATION,
          Skill.NATIONALITY);

  /** Countries known to every reader, used only when the article names too few. */
  private static final List<String> MAJOR_COUNTRIES =
      List.of("China", "France", "Germany", "Japan", "India", "United Kingdom", "United States");

  private static final List<String> WORDS = List.of("two", "three", "four", "five", "six");

  /** Enough to find three good ones, and a bound on the work for very long texts. */
  private static final int POOL_LIMIT = 40;

  private final Map<Skill, List<String>> pool = new LinkedHashMap<>();
  private final Map<String, List<String>> words = new java.util.HashMap<>();
  private final Gazetteer gazetteer;

  Distractors(Gazetteer gazetteer, List<List<Mention>> articleMentions) {
    this.gazetteer = gazetteer;
    for (List<Mention> sentence : articleMentions) {
      for (Mention m : sentence) {
        List<String> same = pool.computeIfAbsent(m.skill(), k -> new ArrayList<>());
        if (same.size() < POOL_LIMIT && same.stream().noneMatch(x -> related(x, m.text()))) {
          same.add(m.text());
        } else if (m.skill() == Skill.PERSON) {
          // keep the fullest form of a name: "Andrei Belousov" over "Belousov"
          same.replaceAll(
              x -> related(x, m.text()) && m.text().length() > x.length() ? m.text() : x);
        }
      }
    }
  }

  /**
   * Three wrong answers for {@code answer}, none of them named in {@code prompt}, or nothing if
   * three good ones can't be found.
   */
  Optional<List<String>> forAnswer(Skill skill, String answer, String prompt) {
    String normalizedPrompt = " " + TextNormalizer.normalize(prompt) + " ";
    java.util.function.Predicate<String> inPrompt =
        c -> normalizedPrompt.contains(" " + String.join(" ", wordsOf(c)) + " ");
    List<String> out = new ArrayList<>();
    if (skill == Skill.NUMBER || skill == Skill.DATE && answer.matches("\\d{4}")) {
      out.addAll(numbers(answer));
    }
    for (String candidate : pool.getOrDefault(skill, List.of())) {
      if (!related(candidate, answer)
          && samePlaceKind(candidate, answer)
          && !inPrompt.test(candidate)
          && out.stream().noneMatch(x -> related(x, candidate))) {
        out.add(candidate);
      }
    }
    if (skill == Skill.PLACE && gazetteer.isCountry(answer)) {
      for (String country : MAJOR_COUNTRIES) {
        if (out.size() < 3
            && !related(country, answer)
            && !inPrompt.test(country)
            && out.stream().noneMatch(x -> related(x, country))) {
          out.add(country);
        }
      }
    }
    return out.size() >= 3 ? Optional.of(List.copyOf(out.subList(0, 3))) : Optional.empty();
  }

  /** Countries stand in for countries and cities for cities; other places mix freely. */
  private boolean samePlaceKind(String a, String b) {
    return gazetteer.isCountry(a) == gazetteer.isCountry(b)
        && gazetteer.isCity(a) == gazetteer.isCity(b);
  }

  /**
   * Two texts are the same answer if one's words contain the other's, or they differ by a typo
   * ("Vladmir Putin" and "Vladimir Putin").
   */
  boolean related(String a, String b) {
    List<String> x = wordsOf(a);
    List<String> y = wordsOf(b);
    String xs = " " + String.join(" ", x) + " ";
    String ys = " " + String.join(" ", y) + " ";
    return xs.contains(ys) || ys.contains(xs) || Grader.sameWords(x, y);
  }

  private List<String> wordsOf(String text) {
    return words.computeIfAbsent(text, TextNormalizer::words);
  }

  private static List<String> numbers(String answer) {
    Optional<BigDecimal> value = NumberParser.firstNumber(answer);
    if (value.isEmpty() || value.get().signum() <= 0) {
      return List.of();
    }
    long n = value.get().longValue();
    if (answer.matches("\\d{4}") && n >= 1500 && n <= 2100) {
      return List.of(Long.toString(n - 2), Long.toString(n + 1), Long.toString(n - 5));
    }
    if (answer.matches("[A-Za-z]+")) {
      return WORDS.stream().filter(w -> !w.equalsIgnoreCase(answer)).limit(3).toList();
    }
    long[] variants =
        n < 10
            ? new long[] {n + 1, n + 2, Math.max(1, n - 1) == n ? n + 3 : n - 1}
            : new long[] {n / 2, n * 2, n / 10 == 0 ? n + 5 : n / 10};
    NumberFormat format = NumberFormat.getIntegerInstance(Locale.US);
    List<String> out = new ArrayList<>();
    for (long v : variants) {
      String text = answer.contains(",") || n >= 10_000 ? format.format(v) : Long.toString(v);
      if (v != n && !out.contains(text)) {
        out.add(text);
      }
    }
    return out;
  }
}
