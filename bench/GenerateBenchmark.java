import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.quiztrainer.generate.LanguageModels;
import org.quiztrainer.generate.QuestionGenerator;

/**
 * Speed and memory of question generation (issue 3): model loading, warm single-thread
 * throughput, growth with text length, and peak heap. Run with bench/generate.sh.
 */
public class GenerateBenchmark {
  public static void main(String[] args) throws Exception {
    long t0 = System.nanoTime();
    LanguageModels models = LanguageModels.load();
    QuestionGenerator generator = new QuestionGenerator(models);
    double loadMs = (System.nanoTime() - t0) / 1e6;
    System.out.printf("model loading: %.0f ms (target < 1500 ms)%n", loadMs);

    List<String> articles = new ArrayList<>();
    articles.add(Files.readString(Path.of("questions/belousov-pyongyang.txt")));
    try (var files = Files.list(Path.of("../shared/dev-data/articles"))) {
      for (Path p : files.sorted().toList()) {
        articles.add(Files.readString(p));
      }
    }
    long words = articles.stream().mapToLong(GenerateBenchmark::words).sum();

    for (int i = 0; i < 30; i++) { // warm-up
      for (String a : articles) {
        generator.generate(a);
      }
    }
    int rounds = 40;
    long start = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      for (String a : articles) {
        generator.generate(a);
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "warm throughput, one thread: %.0f words/s over %d articles x %d rounds (target >= 20000)%n",
        words * rounds / seconds, articles.size(), rounds);

    String joined = String.join("\n\n", articles);
    StringBuilder big = new StringBuilder();
    while (words(big.toString()) < 50_000) {
      big.append(joined).append("\n\n");
    }
    String fifty = big.toString();
    double previous = 0;
    for (int target : new int[] {12_500, 25_000, 50_000}) {
      String text = prefixOfWords(fifty, target);
      generator.generate(text);
      long s = System.nanoTime();
      int n = generator.generate(text).size();
      double ms = (System.nanoTime() - s) / 1e6;
      System.out.printf(
          "%,d words: %.0f ms, %d questions%s%n",
          target, ms, n, previous == 0 ? "" : String.format(" (x%.2f the time of half as many words)", ms / previous));
      previous = ms;
    }
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(
        "peak heap used: %d MB (max heap %d MB; target < 256 MB)%n",
        peak / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024));
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
