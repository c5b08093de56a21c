import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.quiztrainer.generate.QuestionGenerator;
import org.quiztrainer.nlp.Pipeline;

/**
 * Speed and memory of question generation (issue 13): pipeline load time, warm words per second
 * on one thread, the time for a 1,000-word article, growth with length, and peak heap. Run with
 * bench/generate.sh, which pins it to one core.
 */
public class GenerateBenchmark {
  public static void main(String[] args) throws Exception {
    long t0 = System.nanoTime();
    Pipeline pipeline = Pipeline.english(Clock.systemUTC());
    pipeline.awaitLoaded();
    QuestionGenerator generator = new QuestionGenerator(pipeline);
    System.out.printf("pipeline load: %.1f s%n", (System.nanoTime() - t0) / 1e9);

    List<String> articles = new ArrayList<>();
    articles.add(Files.readString(Path.of("questions/belousov-pyongyang.txt")));
    try (var files = Files.list(Path.of("src/test/resources/dev-data/articles"))) {
      for (Path p : files.sorted().toList()) {
        articles.add(Files.readString(p));
      }
    }
    long words = articles.stream().mapToLong(GenerateBenchmark::words).sum();
    for (String a : articles) { // warm-up
      generator.generate(a);
    }
    int rounds = 2;
    long start = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      for (String a : articles) {
        generator.generate(a);
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "warm, one thread: %.0f words/s over %d articles (%d words) x %d rounds%n",
        words * rounds / seconds, articles.size(), words, rounds);

    String joined = String.join("\n\n", articles);
    String thousand = prefixOfWords(joined, 1000);
    generator.generate(thousand);
    long s1 = System.nanoTime();
    int n = generator.generate(thousand).size();
    System.out.printf(
        "1,000-word article: %.2f s, %d questions (target < 10 s on one core)%n",
        (System.nanoTime() - s1) / 1e9, n);

    StringBuilder big = new StringBuilder();
    while (words(big.toString()) < 8_000) {
      big.append(joined).append("\n\n");
    }
    double previous = 0;
    for (int target : new int[] {1_000, 2_000, 4_000, 8_000}) {
      String text = prefixOfWords(big.toString(), target);
      long s = System.nanoTime();
      int count = generator.generate(text).size();
      double ms = (System.nanoTime() - s) / 1e6;
      System.out.printf(
          "%,d words: %.0f ms, %d questions%s%n",
          target,
          ms,
          count,
          previous == 0 ? "" : String.format(" (x%.2f the time of half as many words)", ms / previous));
      previous = ms;
    }
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.gc();
    long live =
        Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    System.out.printf(
        "heap: %d MB live after GC with the models loaded, %d MB peak used (max heap %d MB)%n",
        live >> 20, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
  }

  private static long words(String text) {
    return text.isBlank() ? 0 : text.strip().split("\\s+").length;
  }

  private static String prefixOfWords(String text, int n) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord && ++count > n) {
        return text.substring(0, i);
      }
      inWord = !space;
    }
    return text;
  }
}
