package org.quiztrainer.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.pipeline.Annotation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.quiztrainer.testing.TestGenerator;

/**
 * Coreference of an article longer than a window, on the real models: six copies of the seed
 * article (about 2,250 words) make two windows of three copies each.
 */
@Tag("nlp")
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // one analysis, of 2,250 words, for both tests
class CorefWindowsTest {
  private final String text;
  private final Annotation doc;
  private final List<CorefWindow> windows;

  CorefWindowsTest() throws IOException {
    String seed = Files.readString(Path.of("questions/belousov-pyongyang.txt")).strip();
    text = String.join("\n", Collections.nCopies(6, seed));
    doc = TestGenerator.PIPELINE.annotate(text, Optional.empty(), Progress.NONE);
    windows = CorefWindows.windows(doc, CorefWindows.WORDS);
  }

  @Test
  void no_chain_links_mentions_of_two_windows() {
    assertThat(windows).hasSize(2);
    Map<Integer, CorefChain> chains = doc.get(CorefCoreAnnotations.CorefChainAnnotation.class);
    assertThat(chains.values())
        .anySatisfy(c -> assertThat(window(c.getRepresentativeMention())).isEqualTo(1))
        .allSatisfy(
            c ->
                assertThat(c.getMentionsInTextualOrder())
                    .extracting(this::window)
                    .containsOnly(window(c.getRepresentativeMention())));
    chains.forEach((id, c) -> assertThat(c.getChainID()).isEqualTo(id));
  }

  @Test
  void the_second_window_reads_like_the_first_at_its_own_sentences() {
    Analysis a = CoreNlpReader.read(doc, text, Paragraphs.of(text), Optional.empty());
    int shift = windows.get(1).from();
    assertThat(a.sentences()).hasSize(2 * shift);
    int referents = 0;
    for (Sentence s : a.sentences().subList(0, shift)) {
      for (Token t : s.tokens()) {
        Optional<Referent> first = a.coreference().of(s.index(), t.index());
        assertThat(a.coreference().of(s.index() + shift, t.index())).isEqualTo(first);
        referents += first.isPresent() ? 1 : 0;
      }
    }
    assertThat(referents).isPositive();
  }

  private int window(CorefChain.CorefMention m) {
    int sentence = m.sentNum - 1;
    for (int i = 0; i < windows.size(); i++) {
      if (sentence >= windows.get(i).from() && sentence < windows.get(i).to()) {
        return i;
      }
    }
    throw new AssertionError("mention outside every window: " + m);
  }
}
