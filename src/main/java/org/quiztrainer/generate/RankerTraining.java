package org.quiztrainer.generate;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import org.quiztrainer.nlp.Analysis;

/**
 * Trains the ranker's logistic regression on paragraphs with human questions: every draft the
 * generator makes of a paragraph is an example, labelled by whether its answer is one a person
 * asked about. Plain batch gradient descent with a little L2, deterministic, a few seconds.
 */
public final class RankerTraining {
  /** One paragraph and, for each human question on it, its accepted answers. */
  public record Paragraph(Analysis analysis, List<List<String>> humanAnswers) {}

  private static final int EPOCHS = 1500;
  private static final double RATE = 2.0;
  private static final double L2 = 1e-3;

  private RankerTraining() {}

  /**
   * The weights learned from {@code paragraphs}; {@code matches} says whether a draft's answer
   * matches one of the human answers.
   */
  public static Map<String, Double> train(
      List<Paragraph> paragraphs, BiPredicate<List<String>, String> matches, PrintStream log) {
    return train(paragraphs, matches, log, org.quiztrainer.nlp.Lexicon.NONE);
  }

  /** As above, drafting with {@code lexicon} as the generator does when it runs. */
  public static Map<String, Double> train(
      List<Paragraph> paragraphs,
      BiPredicate<List<String>, String> matches,
      PrintStream log,
      org.quiztrainer.nlp.Lexicon lexicon) {
    List<Map<String, Double>> xs = new ArrayList<>();
    List<Integer> ys = new ArrayList<>();
    List<Integer> groups = new ArrayList<>();
    int paragraph = 0;
    for (Paragraph p : paragraphs) {
      paragraph++;
      Article article = Article.of(p.analysis());
      Features.Facts facts = Features.Facts.of(article);
      for (Draft d : new Drafting(article, new Gazetteer(), lexicon).drafts()) {
        if (d.kind() == Kind.TRUE_FALSE || d.kind() == Kind.MAIN_IDEA) {
          continue;
        }
        boolean asked = false;
        for (List<String> human : p.humanAnswers()) {
          asked |= matches.test(human, d.answer()) && inSentence(human, d);
        }
        xs.add(Features.of(d, facts));
        ys.add(asked ? 1 : 0);
        groups.add(paragraph * 1000 + d.sentence().index());
      }
    }
    long positives = ys.stream().filter(y -> y == 1).count();
    log.printf(Locale.ROOT, "%d examples, %d asked about by people%n", xs.size(), positives);
    return fit(xs, ys, groups);
  }

  /**
   * True if the draft's sentence holds one of the human answers: a person asked about the phrase
   * there, not wherever else the article names it ("Tesla" in every sentence of his biography).
   */
  private static boolean inSentence(List<String> human, Draft d) {
    String text = d.sentence().text().toLowerCase(Locale.ROOT);
    for (String h : human) {
      if (text.contains(h.toLowerCase(Locale.ROOT).strip())) {
        return true;
      }
    }
    return false;
  }

  static Map<String, Double> fit(List<Map<String, Double>> xs, List<Integer> ys) {
    return fit(xs, ys, null);
  }

  /**
   * Logistic regression, and with {@code groups} (a sentence's drafts share a group) also a softmax
   * over each sentence's drafts: the generator keeps the best two of every sentence, so what
   * matters most is which of a sentence's questions people ask, and the logistic part keeps scores
   * comparable across sentences.
   */
  static Map<String, Double> fit(
      List<Map<String, Double>> xs, List<Integer> ys, List<Integer> groups) {
    Map<String, Double> w = new HashMap<>();
    int n = xs.size();
    Map<Integer, List<Integer>> bySentence = new java.util.LinkedHashMap<>();
    if (groups != null) {
      for (int i = 0; i < n; i++) {
        bySentence.computeIfAbsent(groups.get(i), k -> new ArrayList<>()).add(i);
      }
    }
    double[] z = new double[n];
    for (int epoch = 0; epoch < EPOCHS; epoch++) {
      Map<String, Double> gradient = new HashMap<>();
      for (int i = 0; i < n; i++) {
        Map<String, Double> x = xs.get(i);
        double zi = 0;
        for (var f : x.entrySet()) {
          zi += w.getOrDefault(f.getKey(), 0.0) * f.getValue();
        }
        z[i] = zi;
        double error = 1 / (1 + Math.exp(-zi)) - ys.get(i);
        for (var f : x.entrySet()) {
          gradient.merge(f.getKey(), error * f.getValue(), Double::sum);
        }
      }
      for (List<Integer> g : bySentence.values()) {
        int pos = 0;
        double max = Double.NEGATIVE_INFINITY;
        for (int i : g) {
          pos += ys.get(i);
          max = Math.max(max, z[i]);
        }
        if (pos == 0 || pos == g.size()) {
          continue;
        }
        double sum = 0;
        for (int i : g) {
          sum += Math.exp(z[i] - max);
        }
        for (int i : g) {
          double error = Math.exp(z[i] - max) / sum - ys.get(i) / (double) pos;
          for (var f : xs.get(i).entrySet()) {
            gradient.merge(f.getKey(), error * f.getValue(), Double::sum);
          }
        }
      }
      for (var g : gradient.entrySet()) {
        double old = w.getOrDefault(g.getKey(), 0.0);
        double reg = g.getKey().equals("bias") ? 0 : L2 * old;
        w.put(g.getKey(), old - RATE * (g.getValue() / n + reg));
      }
    }
    return w;
  }

  /** Writes weights as the ranker reads them: one "feature TAB weight" line each, sorted. */
  public static void write(Map<String, Double> weights, Path file, String command)
      throws IOException {
    StringBuilder out = new StringBuilder();
    out.append("# Learned by RankerTraining; rebuild with: ").append(command).append('\n');
    for (var e : new TreeMap<>(weights).entrySet()) {
      out.append(e.getKey())
          .append('\t')
          .append(String.format(Locale.ROOT, "%.4f", e.getValue()))
          .append('\n');
    }
    Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
  }
}
