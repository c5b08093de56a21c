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
  static final int PER_SENTENCE = 4;
  private static final double SAME_TYPE_PENALTY = 0.8;
  private static final double ROUND_PENALTY = 0.6;
  private static final Map<String, Double> KIND =
      Map.of("quote", 0.6, "wh", 0.5, "appositive", 0.5, "true_false", -0.6, "cloze", 0.3);
  private static final Map<Skill, Double> SKILL =
      Map.ofEntries(
          Map.entry(Skill.ORGANISATION, 1.3),
          Map.entry(Skill.QUOTE, 1.3),
          Map.entry(Skill.DATE, 1.0),
          Map.entry(Skill.PERSON, 0.9),
          Map.entry(Skill.ACTION, 0.0),
          Map.entry(Skill.PLACE, 0.8),
          Map.entry(Skill.DESCRIPTION, 0.8),
          Map.entry(Skill.EVENT, 0.75),
          Map.entry(Skill.NUMBER, 0.7),
          Map.entry(Skill.NATIONALITY, 0.6),
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
    for (List<GeneratedQuestion> p : picks) {
      for (int i = 0; i < p.size(); i++) {
        // later picks of a sentence count a little less, so that sentences take turns
        out.add(p.get(i).withScore(p.get(i).score() - ROUND_PENALTY * i));
      }
    }
    out.sort(Comparator.comparingDouble(GeneratedQuestion::score).reversed());
    return withoutNearDuplicates(out);
  }

  /**
   * Drops a question when a better one has the same answer and nearly the same words, as when an
   * article repeats a sentence. Only questions with the same answer are compared, so this stays
   * linear in practice.
   */
  private static List<GeneratedQuestion> withoutNearDuplicates(List<GeneratedQuestion> ranked) {
    Map<String, List<Set<String>>> keptByAnswer = new java.util.HashMap<>();
    List<GeneratedQuestion> out = new ArrayList<>();
    for (GeneratedQuestion q : ranked) {
      Set<String> words = new HashSet<>(TextNormalizer.words(q.prompt()));
      List<Set<String>> same =
          keptByAnswer.computeIfAbsent(
              q.type() + ":" + TextNormalizer.normalize(q.answer()), k -> new ArrayList<>());
      if (same.stream().noneMatch(other -> jaccard(words, other) >= 0.8)) {
        same.add(words);
        out.add(q);
      }
    }
    return out;
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    long common = a.stream().filter(b::contains).count();
    int union = a.size() + b.size() - (int) common;
    return union == 0 ? 1 : (double) common / union;
  }

  /**
   * A sentence's best drafts, each with a different answer; a kind of question already picked
   * counts against the next pick, so a sentence yields a mix of kinds.
   */
  private static List<GeneratedQuestion> best(List<Draft> drafts) {
    List<Draft> left = new ArrayList<>(drafts);
    List<GeneratedQuestion> out = new ArrayList<>();
    Set<String> answers = new HashSet<>();
    List<Mention> picked = new ArrayList<>();
    while (out.size() < PER_SENTENCE && !left.isEmpty()) {
      Draft pick = null;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (Draft d : left) {
        long sameType = out.stream().filter(q -> q.type() == d.question().type()).count();
        double adjusted = d.question().score() - SAME_TYPE_PENALTY * sameType;
        boolean trueFalse = d.question().type() == QuestionType.TRUE_FALSE;
        boolean fresh =
            trueFalse
                ? out.stream().noneMatch(q -> q.type() == QuestionType.TRUE_FALSE)
                : !answers.contains(TextNormalizer.normalize(d.mention().text()))
                    && picked.stream().noneMatch(m -> m.overlaps(d.mention()));
        if (adjusted > bestScore && fresh) {
          bestScore = adjusted;
          pick = d;
        }
      }
      if (pick == null) {
        break;
      }
      left.remove(pick);
      picked.add(pick.mention());
      answers.add(TextNormalizer.normalize(pick.mention().text()));
      out.add(pick.question());
    }
    return out;
  }

  static boolean valid(GeneratedQuestion q) {
    if (q.answer().isBlank()) {
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

  /**
   * Readers are asked about what a sentence says of its subject more than about the subject: a
   * mention that runs into a verb or preposition scores lower, one closed by punctuation higher.
   */
  private static double position(Draft d) {
    List<Token> t = d.sentence().tokens();
    Mention m = d.mention();
    double score = 0;
    if (m.to() < t.size()) {
      Token after = t.get(m.to());
      if (after.is("PUNCT", "CCONJ", "NOUN", "ADJ", "NUM")) {
        score += 0.2;
      } else if (after.is("VERB", "AUX", "ADP", "PROPN", "PART", "SCONJ")) {
        score -= m.from() == 0 ? 0.5 : 0.2;
      }
    }
    if (m.skill() == Skill.VOCABULARY && objectOfVerb(t, m.from())) {
      score += 0.6;
    }
    return score;
  }

  /**
   * The phrase is what the verb acts on: "suffered a nervous breakdown", "worked as a draftsman".
   */
  private static boolean objectOfVerb(List<Token> t, int from) {
    int i = from - 1;
    if (i >= 0 && t.get(i).lower().equals("as")) {
      i--;
    }
    return i >= 0 && t.get(i).is("VERB");
  }

  private static double score(Draft d, int sentences) {
    GeneratedQuestion q = d.question();
    double score = KIND.getOrDefault(q.kind(), 1.0) + SKILL.getOrDefault(q.skill(), 0.3);
    if (q.type() == QuestionType.MULTIPLE_CHOICE) {
      score += 0.3;
    }
    score += 0.8 * (1.0 - (double) d.sentence().index() / Math.max(1, sentences));
    score += position(d);
    int words = q.prompt().split("\\s+").length;
    score -= Math.max(0, words - 28) * 0.04;
    int answerWords = q.answer().split("\\s+").length;
    score += 0.15 * Math.min(answerWords, 5);
    if (q.skill() != Skill.QUOTE && answerWords > 7) {
      score -= 0.5 * (answerWords - 7);
    }
    return score;
  }
}
