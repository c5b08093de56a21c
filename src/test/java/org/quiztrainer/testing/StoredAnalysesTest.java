package org.quiztrainer.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quiztrainer.nlp.Analysis;
import org.quiztrainer.nlp.Sentence;
import org.quiztrainer.nlp.Token;

class StoredAnalysesTest {
  private static final String SEED = "/generate/belousov-analysis.txt";

  @Test
  void a_stored_file_is_written_back_exactly_as_it_was_read() throws IOException {
    String stored;
    try (InputStream in = StoredAnalysesTest.class.getResourceAsStream(SEED)) {
      stored = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String body =
        stored.lines().filter(l -> !l.startsWith("#")).collect(Collectors.joining("\n", "", "\n"));

    assertThat(StoredAnalyses.read(SEED).stream().map(StoredAnalyses::write).toList())
        .containsExactly(body);
  }

  @Test
  void every_token_is_the_texts_own_characters_at_its_offsets() {
    Analysis a = StoredAnalyses.read(SEED).get(0);
    assertThat(a.sentences()).hasSizeGreaterThan(10);
    for (Sentence s : a.sentences()) {
      assertThat(a.text().substring(s.begin(), s.end())).isEqualTo(s.text());
      for (Token t : s.tokens()) {
        assertThat(a.text().substring(t.begin(), t.end())).isEqualTo(t.text());
      }
      assertThat(s.tree().getLeaves()).hasSameSizeAs(s.tokens());
    }
    assertThat(a.paragraphs()).isNotEmpty();
    assertThat(a.quotes()).isNotEmpty();
  }

  @Test
  void the_analyzer_knows_only_the_stored_texts() {
    List<Analysis> all = StoredAnalyses.read(SEED);
    var analyzer = StoredAnalyses.analyzer(all);

    assertThat(analyzer.analyze(all.get(0).text())).isSameAs(all.get(0));
    assertThat(analyzer.analyze("\uFEFF" + all.get(0).text())).isSameAs(all.get(0));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> analyzer.analyze("unknown text"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
