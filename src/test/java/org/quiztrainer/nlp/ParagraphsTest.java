package org.quiztrainer.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Paragraphs and datelines as API.md section 2 reads an article. */
class ParagraphsTest {
  @Test
  void blank_lines_separate_paragraphs_and_single_line_breaks_are_wraps() {
    String text = "Headline here\n\nFirst line\nwraps on.\n\n  Second.  \n";
    List<Paragraph> ps = Paragraphs.of(text);
    assertThat(ps).hasSize(3);
    assertThat(text.substring(ps.get(1).begin(), ps.get(1).end()))
        .isEqualTo("First line\nwraps on.");
    assertThat(text.substring(ps.get(2).begin(), ps.get(2).end())).isEqualTo("Second.");
    assertThat(Paragraphs.unwrapped(text)).contains("First line wraps on.").hasSameSizeAs(text);
  }

  @Test
  void without_blank_lines_each_line_is_a_paragraph() {
    String text = "One.\nTwo.\nThree.";
    assertThat(Paragraphs.of(text)).hasSize(3);
    assertThat(Paragraphs.unwrapped(text)).isEqualTo(text);
  }

  @Property(tries = 500)
  void paragraphs_are_in_order_inside_the_text_and_never_start_or_end_with_space(
      @ForAll
          @StringLength(max = 200)
          @CharRange(from = ' ', to = 'z')
          @CharRange(from = '\n', to = '\n')
          String text) {
    int previous = -1;
    for (Paragraph p : Paragraphs.of(text)) {
      assertThat(p.begin()).isGreaterThan(previous).isLessThan(p.end());
      String s = text.substring(p.begin(), p.end());
      assertThat(s).isEqualTo(s.strip()).isNotBlank();
      previous = p.end();
    }
    assertThat(Paragraphs.unwrapped(text)).hasSameSizeAs(text);
  }

  @Test
  void a_dateline_near_the_top_gives_the_article_its_date() {
    String text = "NASA celebrates\n\nWednesday, April 13, 2011\n\nNASA celebrated the launch.";
    assertThat(Dateline.of(text, Paragraphs.of(text))).contains(LocalDate.of(2011, 4, 13));
    String dayFirst = "Title\n\n13 April 2011\n\nText.";
    assertThat(Dateline.of(dayFirst, Paragraphs.of(dayFirst))).contains(LocalDate.of(2011, 4, 13));
    String none = "Belousov arrived on April 13, 2011 in Pyongyang for talks with leaders.";
    assertThat(Dateline.of(none, Paragraphs.of(none))).isEmpty();
    String impossible = "Title\n\nFebruary 30, 2011\n\nText.";
    assertThat(Dateline.of(impossible, Paragraphs.of(impossible))).isEmpty();
  }
}
