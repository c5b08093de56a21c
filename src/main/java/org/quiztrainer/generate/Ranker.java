package org.quiztrainer.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Stage 3: a logistic regression over {@link Features}, trained by {@link RankerTraining} on which
 * phrases people ask about in squad-train.json. Its weights are a small text file, {@code
 * generate/ranker.tsv}, so every score can be explained by the features that weighed most.
 */
public final class Ranker {
  static final String RESOURCE = "/generate/ranker.tsv";

  /** A teacher's priors, hand-set and added to the learned weights (see the file). */
  static final String PRIORS = "/generate/priors.tsv";

  private final Map<String, Double> weights;

  Ranker(Map<String, Double> weights) {
    this.weights = Map.copyOf(weights);
  }

  /** The weights shipped with the generator: the learned ones plus the teacher's priors. */
  public static Ranker shipped() {
    Map<String, Double> w = new HashMap<>(resource(RESOURCE));
    resource(PRIORS).forEach((k, v) -> w.merge(k, v, Double::sum));
    return new Ranker(w);
  }

  private static Map<String, Double> resource(String name) {
    try (InputStream in = Ranker.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing " + name);
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, Double> read(BufferedReader reader) throws IOException {
    Map<String, Double> w = new HashMap<>();
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\t");
      w.put(parts[0], Double.parseDouble(parts[1]));
    }
    return w;
  }

  /** The log-odds that people would ask about this draft's answer. */
  double score(Map<String, Double> features) {
    double z = 0;
    for (Map.Entry<String, Double> f : features.entrySet()) {
      z += weights.getOrDefault(f.getKey(), 0.0) * f.getValue();
    }
    return z;
  }

  /** The two or three features that raised the score most, in words. */
  List<String> reasons(Map<String, Double> features) {
    List<Map.Entry<String, Double>> contributions = new ArrayList<>();
    for (Map.Entry<String, Double> f : features.entrySet()) {
      double c = weights.getOrDefault(f.getKey(), 0.0) * f.getValue();
      if (c > 0.05 && !f.getKey().equals("bias")) {
        contributions.add(Map.entry(f.getKey(), c));
      }
    }
    contributions.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, Double> c :
        contributions.subList(0, Math.min(3, contributions.size()))) {
      out.add(
          String.format(
              Locale.ROOT, "%s (+%.1f)", FeatureNames.describe(c.getKey()), c.getValue()));
    }
    return out;
  }

  Map<String, Double> weights() {
    return weights;
  }
}
