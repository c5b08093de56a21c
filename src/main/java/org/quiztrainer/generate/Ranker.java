package org.quiztrainer.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Set;
import org.quiztrainer.grading.TextNormalizer;
import org.quiztrainer.quiz.QuestionType;

/**
 * Over-generate, then rank, in the manner of Heilman and Smith (2010): each draft is scored on how
 * it was built, the kind of answer, its length, and where its sentence stands; drafts that give the
 * answer away or keep a dangling pronoun are dropped. The output goes round by round: every
 * sentence's best question, then every sentence's second best, at most {@link #PER_SENTENCE}.
 */
final class Ranker {
  static final int PER_SENTENCE = 3;
  private static final Map<String, Double> KIND =
      Map.of("quote", 3.2, "wh", 3.0, "appositive", 2.6, "true_false", 1.6, "cloze", 1.5);
  private static final Map<Skill, Double> SKILL =
      Map.ofEntries(
          Map.entry(Skill.PERSON, 1.0),
          Map.entry(Skill.QUOTE, 1.0),
          Map.entry(Skill.NUMBER, 0.9),
          Map.entry(Skill.DATE, 0.8),
          Map.entry(Skill.PLACE, 0.8),
          Map.entry(Skill.ORGANISATION, 0.7),
          Map.entry(Skill.DESCRIPTION, 0.6),
          Map.entry(Skill.EVENT, 0.4),
          Map.entry(Skill.NATIONALITY, 0.3),
          Map.entry(Skill.VOCABULARY, 0.3));

  private Ranker() {}

  static List<GeneratedQuestion> rank(List<Draft> drafts, int sentences) {
    Map<Integer, List<Draft>> bySentence = new LinkedHashMap<>();
    for (Draft d : drafts) {
      if (valid(d.question())) {
        Draft scored =
            new Draft(d.question().withScore(score(d, sentences)), d.sentence(), d.mention());
        bySentence.computeIfAbsent(d.sentence().index(), k -> new ArrayList<>()).add(scored);
      }
    }
    List<List<GeneratedQuestion>> picks = new ArrayList<>();
    for (Entry<Integer, List<Draft>> e : bySentence.entrySet()) {
      picks.add(best(e.getValue()));
    }
    List<GeneratedQuestion> out = new ArrayList<>();
    for (int round = 0; round < PER_SENTENCE; round++) {
      List<GeneratedQuestion> thisRound = new ArrayList<>();
      for (List<GeneratedQuestion> p : picks) {
        if (p.size() > round) {
          thisRound.add(p.get(round));
        }
      }
      thisRound.sort(Comparator.comparingDouble(GeneratedQuestion::score).reversed());
      out.addAll(thisRound);
    }
    return out;
  }

  /**
   * A sentence's best drafts, each with a different answer; a kind of question already picked
   * counts against the next pick, so a sentence yields a mix of kinds.
   */
  private static List<GeneratedQuestion> best(List<Draft> drafts) {
    List<Draft> left = new ArrayList<>(drafts);
    List<GeneratedQuestion> out = new ArrayList<>();
    Set<String> answers = new HashSet<>();
    while (out.size() < PER_SENTENCE && !left.isEmpty()) {
      Draft pick = null;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (Draft d : left) {
        long sameType = out.stream().filter(q -> q.type() == d.question().type()).count();
        double adjusted = d.question().score() - 0.8 * sameType;
        if (adjusted > bestScore
            && !answers.contains(TextNormalizer.normalize(d.mention().text()))) {
          bestScore = adjusted;
          pick = d;
        }
      }
      if (pick == null) {
        break;
      }
      left.remove(pick);
      answers.add(TextNormalizer.normalize(pick.mention().text()));
      out.add(pick.question());
    }
    return out;
  }

  static boolean valid(GeneratedQuestion q) {
    if (q.answer().isBlank() || Prompts.hasUnresolvedPronoun(q.prompt())) {
      return false;
    }
    if (q.type() == QuestionType.MULTIPLE_CHOICE && !q.choices().contains(q.answer())) {
      return false;
    }
    if (q.type() == QuestionType.TRUE_FALSE) {
      return true;
    }
    return !givesAway(q.prompt(), q.answer());
  }

  /** True if the prompt already contains the answer's words in order. */
  static boolean givesAway(String prompt, String answer) {
    String a = TextNormalizer.normalize(answer);
    return a.isEmpty() || (" " + TextNormalizer.normalize(prompt) + " ").contains(" " + a + " ");
  }

  private static double score(Draft d, int sentences) {
    GeneratedQuestion q = d.question();
    double score = KIND.getOrDefault(q.kind(), 1.0) + SKILL.getOrDefault(q.skill(), 0.3);
    if (q.type() == QuestionType.MULTIPLE_CHOICE) {
      score += 0.3;
    }
    score += 0.8 * (1.0 - (double) d.sentence().index() / Math.max(1, sentences));
    int words = q.prompt().split("\\s+").length;
    score -= Math.max(0, words - 28) * 0.04;
    int answerWords = q.answer().split("\\s+").length;
    if (q.skill() != Skill.QUOTE && answerWords > 5) {
      score -= 0.5 * (answerWords - 5);
    }
    return score;
  }
}
