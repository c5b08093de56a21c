package org.quiztrainer.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One generator serves concurrent requests and gives each the same answer as alone. */
class ThreadSafetyTest {

  @Test
  void concurrent_generation_gives_the_same_questions_as_sequential() throws Exception {
    List<String> texts = new ArrayList<>();
    texts.add(Generators.read(Generators.SEED));
    Generators.devArticles().forEach(p -> texts.add(Generators.read(p)));
    List<List<GeneratedQuestion>> sequential = new ArrayList<>();
    for (String t : texts) {
      sequential.add(Generators.GENERATOR.generate(t));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<GeneratedQuestion>>> futures = new ArrayList<>();
      for (int round = 0; round < 3; round++) {
        for (String t : texts) {
          futures.add(pool.submit(() -> Generators.GENERATOR.generate(t)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % texts.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
