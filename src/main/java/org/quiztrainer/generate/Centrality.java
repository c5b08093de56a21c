package org.quiztrainer.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.quiztrainer.nlp.Sentence;
import org.quiztrainer.nlp.Token;

/**
 * How central each sentence is to its article: TextRank (Mihalcea and Tarau, 2004) over the
 * sentences, linked by the content words they share. A sentence that says what many others say
 * something about is what the article is about; a minute mark in a match report or a photo detail
 * is not. Scores are scaled so that the most central sentence has 1.
 */
final class Centrality {
  private static final double DAMPING = 0.85;
  private static final int ROUNDS = 30;

  private Centrality() {}

  static Map<Integer, Double> of(List<Sentence> sentences) {
    int n = sentences.size();
    List<Set<String>> words = new ArrayList<>();
    Map<String, List<Integer>> byWord = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Set<String> w = contentWords(sentences.get(i));
      words.add(w);
      for (String x : w) {
        byWord.computeIfAbsent(x, k -> new ArrayList<>()).add(i);
      }
    }
    // Edges only between sentences that share a word, found through the words they have.
    List<Map<Integer, Double>> edges = new ArrayList<>();
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      Map<Integer, Double> e = new HashMap<>();
      for (String x : words.get(i)) {
        for (int j : byWord.get(x)) {
          if (j != i && !e.containsKey(j)) {
            double w = similarity(words.get(i), words.get(j));
            if (w > 0) {
              e.put(j, w);
            }
          }
        }
      }
      edges.add(e);
      out[i] = e.values().stream().mapToDouble(Double::doubleValue).sum();
    }
    double[] score = new double[n];
    java.util.Arrays.fill(score, 1.0);
    for (int round = 0; round < ROUNDS; round++) {
      double[] next = new double[n];
      for (int i = 0; i < n; i++) {
        double sum = 0;
        for (Map.Entry<Integer, Double> e : edges.get(i).entrySet()) {
          int j = e.getKey();
          sum += out[j] == 0 ? 0 : e.getValue() / out[j] * score[j];
        }
        next[i] = (1 - DAMPING) + DAMPING * sum;
      }
      score = next;
    }
    double best = 0;
    for (double s : score) {
      best = Math.max(best, s);
    }
    Map<Integer, Double> result = new HashMap<>();
    for (int i = 0; i < n; i++) {
      result.put(sentences.get(i).index(), best == 0 ? 0 : score[i] / best);
    }
    return result;
  }

  /** TextRank's similarity: shared words over the logs of the sentences' lengths. */
  private static double similarity(Set<String> a, Set<String> b) {
    if (a.size() < 2 || b.size() < 2) {
      return 0;
    }
    int shared = 0;
    for (String x : a) {
      if (b.contains(x)) {
        shared++;
      }
    }
    return shared / (Math.log(a.size()) + Math.log(b.size()));
  }

  /** The lemmas of a sentence's nouns, names, verbs and adjectives, less "be", "have", "say". */
  private static Set<String> contentWords(Sentence s) {
    Set<String> out = new HashSet<>();
    for (Token t : s.tokens()) {
      String tag = t.tag();
      boolean content =
          tag.startsWith("NN") || tag.startsWith("VB") || tag.startsWith("JJ") || tag.equals("CD");
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      if (content && lemma.length() > 2 && !Set.of("be", "have", "say", "do").contains(lemma)) {
        out.add(lemma);
      }
    }
    return out;
  }
}
