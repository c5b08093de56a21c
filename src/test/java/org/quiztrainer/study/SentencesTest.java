package org.quiztrainer.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class SentencesTest {
  private static List<String> texts(String text) {
    return Sentences.of(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void a_sentence_ends_at_a_full_stop_question_or_exclamation_mark_before_a_capital() {
    assertThat(texts("Kim met Putin. They talked! Why? 2024 was busy."))
        .containsExactly("Kim met Putin.", "They talked!", "Why?", "2024 was busy.");
  }

  @Test
  void a_closing_quote_stays_with_its_sentence_and_an_opening_one_starts_the_next() {
    assertThat(texts("The banner read: “Complete support.” “We agree,” he said. Then he left."))
        .containsExactly(
            "The banner read: “Complete support.”", "“We agree,” he said.", "Then he left.");
  }

  @Test
  void titles_initials_and_decimals_do_not_end_a_sentence() {
    assertThat(texts("Mr. Kim met U.S. officials. Growth was 3.5 percent in Sept. last year."))
        .containsExactly(
            "Mr. Kim met U.S. officials.", "Growth was 3.5 percent in Sept. last year.");
  }

  @Test
  void a_line_break_ends_a_sentence_and_blank_lines_give_none() {
    assertThat(texts("A headline\n\n  First paragraph, no stop\nSecond one.  "))
        .containsExactly("A headline", "First paragraph, no stop", "Second one.");
  }

  @Property
  void spans_are_in_order_inside_the_text_and_trimmed(
      @ForAll @StringLength(max = 300) String text) {
    int last = 0;
    for (Sentences.Span s : Sentences.of(text)) {
      assertThat(s.start()).isGreaterThanOrEqualTo(last).isLessThan(s.end());
      assertThat(s.end()).isLessThanOrEqualTo(text.length());
      assertThat(Character.isWhitespace(text.charAt(s.start()))).isFalse();
      assertThat(Character.isWhitespace(text.charAt(s.end() - 1))).isFalse();
      last = s.end();
    }
  }

  @Property
  void every_non_blank_character_is_in_some_sentence(@ForAll @StringLength(max = 300) String text) {
    List<Sentences.Span> spans = Sentences.of(text);
    for (int i = 0; i < text.length(); i++) {
      int at = i;
      if (!Character.isWhitespace(text.charAt(i))) {
        assertThat(spans).anyMatch(s -> s.start() <= at && at < s.end());
      }
    }
  }
}
