package org.quiztrainer.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.NumberFormat;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

class GradingPropertiesTest {
  private final Grader grader = new Grader();

  @Property
  void the_key_itself_is_always_right_whatever_its_case_and_trailing_punctuation(
      @ForAll @AlphaChars @StringLength(min = 1, max = 30) String word, @ForAll boolean upper) {
    String given = (upper ? word.toUpperCase(Locale.ROOT) : word.toLowerCase(Locale.ROOT)) + ".";
    assertThat(grader.grade(Questions.shortAnswer("x " + word), "X " + given)).isTrue();
  }

  @Property
  void a_number_is_right_with_or_without_thousands_separators(
      @ForAll @IntRange(min = 0, max = 2_000_000_000) int n) {
    String grouped = NumberFormat.getIntegerInstance(Locale.US).format(n);
    var q = Questions.numeric(grouped, 0);
    assertThat(grader.grade(q, Integer.toString(n))).isTrue();
    assertThat(grader.grade(q, Integer.toString(n + 1))).isFalse();
  }

  @Property
  void normalizing_twice_changes_nothing(@ForAll @StringLength(max = 60) String text) {
    String once = TextNormalizer.normalize(text);
    assertThat(TextNormalizer.normalize(once)).isEqualTo(once);
  }

  @Property
  void edit_distance_is_symmetric_and_bounded(
      @ForAll @StringLength(max = 12) String a, @ForAll @StringLength(max = 12) String b) {
    int d = EditDistance.between(a, b);
    assertThat(d).isEqualTo(EditDistance.between(b, a));
    assertThat(d).isBetween(Math.abs(a.length() - b.length()), Math.max(a.length(), b.length()));
  }
}
