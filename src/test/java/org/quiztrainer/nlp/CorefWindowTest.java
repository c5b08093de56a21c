package org.quiztrainer.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** How an article's sentences are cut into windows for coreference. */
class CorefWindowTest {
  /** Sentences of the given words, each sentence a paragraph of its own. */
  private static List<CorefWindow> paragraphs(int max, int... words) {
    boolean[] starts = new boolean[words.length];
    java.util.Arrays.fill(starts, true);
    return CorefWindow.split(words, starts, max);
  }

  @Test
  void an_article_that_fits_is_one_window_as_coreference_always_had() {
    assertThat(paragraphs(1500, 500, 500, 500)).containsExactly(new CorefWindow(0, 3));
    assertThat(paragraphs(1500, 1500)).containsExactly(new CorefWindow(0, 1));
  }

  @Test
  void a_little_too_long_is_halved_not_cut_into_a_full_window_and_a_scrap() {
    int[] words = new int[16];
    java.util.Arrays.fill(words, 100);
    assertThat(paragraphs(1500, words))
        .containsExactly(new CorefWindow(0, 8), new CorefWindow(8, 16));
  }

  @Test
  void the_sentences_of_a_paragraph_stay_together() {
    int[] words = {200, 600, 200, 600, 400};
    boolean[] starts = {true, false, true, false, true};
    assertThat(CorefWindow.split(words, starts, 1000))
        .containsExactly(new CorefWindow(0, 2), new CorefWindow(2, 4), new CorefWindow(4, 5));
  }

  @Test
  void only_a_paragraph_longer_than_a_window_is_split_at_its_sentences() {
    int[] words = {400, 400, 400, 400, 100};
    boolean[] starts = {true, false, false, false, true};
    assertThat(CorefWindow.split(words, starts, 1000))
        .containsExactly(new CorefWindow(0, 2), new CorefWindow(2, 5));
  }

  @Property
  void windows_cover_every_sentence_in_order_and_hold_no_more_than_the_limit(
      @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 1, max = 400) Integer> sizes,
      @ForAll @Size(min = 60, max = 60) List<Boolean> startFlags) {
    int[] words = sizes.stream().mapToInt(Integer::intValue).toArray();
    boolean[] starts = new boolean[words.length];
    for (int i = 0; i < words.length; i++) {
      starts[i] = i == 0 || startFlags.get(i);
    }
    List<CorefWindow> windows = CorefWindow.split(words, starts, 1000);

    int next = 0;
    for (CorefWindow w : windows) {
      assertThat(w.from()).isEqualTo(next);
      assertThat(w.to()).isGreaterThan(w.from());
      int size = 0;
      for (int s = w.from(); s < w.to(); s++) {
        size += words[s];
      }
      assertThat(size).isLessThanOrEqualTo(1000);
      next = w.to();
    }
    assertThat(next).isEqualTo(words.length);
    int total = sizes.stream().mapToInt(Integer::intValue).sum();
    assertThat(windows.size() == 1).isEqualTo(total <= 1000);
  }
}
