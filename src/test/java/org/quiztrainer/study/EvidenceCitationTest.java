package org.quiztrainer.study;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class EvidenceCitationTest {
  // the evidence is characters 100 to 150 of the article
  private static EvidenceCitation.Grade cite(int from, int to) {
    return EvidenceCitation.grade(100, 150, from, to);
  }

  @Test
  void selecting_the_evidence_or_most_of_it_counts() {
    assertThat(cite(100, 150).found()).isTrue();
    assertThat(cite(120, 150).found()).as("recall 0.6").isTrue();
    assertThat(cite(90, 170).found())
        .as("a little more than the sentence: precision 0.625")
        .isTrue();
  }

  @Test
  void a_word_of_it_a_whole_page_or_another_sentence_does_not() {
    assertThat(cite(140, 160).found()).as("recall 0.2").isFalse();
    assertThat(cite(0, 300).found()).as("precision 1/6").isFalse();
    assertThat(cite(200, 250).found()).isFalse();
    assertThat(cite(120, 120).found()).as("nothing selected").isFalse();
  }

  @Test
  void the_grade_reports_its_overlaps() {
    EvidenceCitation.Grade g = cite(125, 175);
    assertThat(g.recall()).isEqualTo(0.5);
    assertThat(g.precision()).isEqualTo(0.5);
    assertThat(g.found()).isTrue();
  }

  @Property
  void overlaps_are_between_0_and_1(
      @ForAll @IntRange(min = 0, max = 400) int a, @ForAll @IntRange(min = 0, max = 400) int b) {
    EvidenceCitation.Grade g = cite(Math.min(a, b), Math.max(a, b));
    assertThat(g.recall()).isBetween(0.0, 1.0);
    assertThat(g.precision()).isBetween(0.0, 1.0);
  }

  @Test
  void picking_the_sentence_that_holds_the_evidence_counts_however_long_the_sentence() {
    // the evidence is a 50-character clause of a 200-character sentence: precision 1/4
    assertThat(EvidenceCitation.grade(100, 150, 100, 300).found()).isFalse();
    assertThat(EvidenceCitation.gradeSentence(100, 150, 100, 300).found()).isTrue();
  }

  @Test
  void picking_one_sentence_of_evidence_that_runs_over_several_counts_if_it_is_mostly_evidence() {
    // the evidence runs over three 100-character sentences, 100 to 400
    assertThat(EvidenceCitation.gradeSentence(100, 400, 200, 300).found())
        .as("recall 1/3, but all of it evidence")
        .isTrue();
    assertThat(EvidenceCitation.gradeSentence(100, 400, 360, 460).found())
        .as("recall 0.13 and only 40% evidence")
        .isFalse();
    assertThat(EvidenceCitation.gradeSentence(100, 150, 0, 99).found())
        .as("the sentence before")
        .isFalse();
  }
}
