package org.quiztrainer.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ranker's logistic regression on examples whose answer is known. */
class RankerFitTest {
  @Test
  void
      a_feature_that_marks_the_asked_examples_gets_a_positive_weight_and_one_that_does_not_a_negative() {
    List<Map<String, Double>> xs = new ArrayList<>();
    List<Integer> ys = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      boolean asked = i % 4 == 0;
      xs.add(Map.of("bias", 1.0, asked ? "kind:subject" : "kind:cloze", 1.0));
      ys.add(asked ? 1 : 0);
    }
    Map<String, Double> w = RankerTraining.fit(xs, ys);
    Ranker ranker = new Ranker(w);
    assertThat(w.get("kind:subject")).isPositive();
    assertThat(w.get("kind:cloze")).isNegative();
    assertThat(ranker.score(Map.of("bias", 1.0, "kind:subject", 1.0)))
        .isGreaterThan(ranker.score(Map.of("bias", 1.0, "kind:cloze", 1.0)));
    assertThat(ranker.reasons(Map.of("bias", 1.0, "kind:subject", 1.0)))
        .containsExactly(
            "a who/what question about the subject (+"
                + String.format(java.util.Locale.ROOT, "%.1f", w.get("kind:subject"))
                + ")");
  }

  @Test
  void weights_are_written_as_the_ranker_reads_them(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("ranker.tsv");
    RankerTraining.write(Map.of("bias", -0.5, "verbatim", 0.25), file, "the command");
    String text = Files.readString(file);
    assertThat(text).startsWith("# Learned by RankerTraining; rebuild with: the command\n");
    assertThat(Ranker.read(new BufferedReader(new StringReader(text))))
        .containsEntry("bias", -0.5)
        .containsEntry("verbatim", 0.25);
  }
}
