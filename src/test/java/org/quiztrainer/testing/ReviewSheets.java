package org.quiztrainer.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.quiztrainer.generate.GeneratedQuestion;
import org.quiztrainer.generate.QuestionGenerator;
import org.quiztrainer.nlp.Analysis;

/**
 * Writes the top questions of every stored article as markdown, one file an article, for a reviewer
 * who has not seen the code (docs/generator-review.md): {@code ReviewSheets OUT_DIR [N]}. Runs on
 * the stored analyses, so no models load.
 */
public final class ReviewSheets {
  private ReviewSheets() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    int top = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    Files.createDirectories(out);
    List<Analysis> all = new ArrayList<>(StoredAnalyses.read("/generate/belousov-analysis.txt"));
    all.addAll(StoredAnalyses.read("/dev-data/articles-analysis.txt"));
    List<String> names = new ArrayList<>(List.of("belousov-pyongyang"));
    try (var files = Files.list(Path.of("src/test/resources/dev-data/articles"))) {
      files.map(p -> p.getFileName().toString().replace(".txt", "")).sorted().forEach(names::add);
    }
    QuestionGenerator generator = new QuestionGenerator(StoredAnalyses.analyzer(all));
    for (int i = 0; i < all.size(); i++) {
      Analysis a = all.get(i);
      List<GeneratedQuestion> qs = generator.generate(a);
      StringBuilder md = new StringBuilder("# ").append(names.get(i)).append("\n\n");
      md.append("## The article\n\n").append(a.text().strip()).append("\n\n");
      md.append("## The top ").append(Math.min(top, qs.size())).append(" questions\n\n");
      for (int k = 0; k < Math.min(top, qs.size()); k++) {
        md.append(sheet(k + 1, qs.get(k))).append('\n');
      }
      Files.writeString(out.resolve(names.get(i) + ".md"), md);
    }
  }

  static String sheet(int n, GeneratedQuestion q) {
    StringBuilder md = new StringBuilder();
    md.append(n).append(". **").append(q.prompt()).append("** (").append(q.type().wireName());
    md.append(", ").append(q.kind()).append(")\n");
    for (String c : q.choices()) {
      md.append("   - ").append(c).append(c.equals(q.answer()) ? "  ← key" : "").append('\n');
    }
    md.append("   - key: ").append(q.answer());
    if (!q.acceptedAnswers().isEmpty()) {
      md.append(" (also accepted: ").append(String.join("; ", q.acceptedAnswers())).append(')');
    }
    md.append("\n   - evidence: \"").append(q.evidence().text().replace('\n', ' ')).append("\"\n");
    return md.toString();
  }
}
