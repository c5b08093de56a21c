package org.quiztrainer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The dev-data files (shared/dev-data/README.md): paragraphs with human questions and answers. */
final class Squad {
  /** A paragraph and, for each human question on it, the answers people accept. */
  record Paragraph(String title, int index, String context, List<List<String>> answers) {}

  private Squad() {}

  static List<Paragraph> read(Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    if (root == null || !root.isArray()) {
      throw new IOException("not a JSON array of paragraphs");
    }
    List<Paragraph> out = new ArrayList<>();
    for (JsonNode p : root) {
      List<List<String>> answers = new ArrayList<>();
      for (JsonNode qa : p.path("qas")) {
        List<String> human = new ArrayList<>();
        qa.path("answers").forEach(a -> human.add(a.asText()));
        answers.add(human);
      }
      out.add(
          new Paragraph(
              p.path("title").asText(),
              p.path("paragraph_index").asInt(),
              p.path("context").asText(),
              answers));
    }
    return out;
  }
}
