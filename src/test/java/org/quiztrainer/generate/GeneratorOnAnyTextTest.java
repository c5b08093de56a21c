package org.quiztrainer.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quiztrainer.testing.TestGenerator;

/** The generator with the language models on text nobody wrote for it. */
@Tag("nlp")
class GeneratorOnAnyTextTest {
  @Test
  void a_repeated_article_does_not_repeat_its_questions() throws IOException {
    String seed = Files.readString(SeedArticleGoldenTest.SEED);
    List<GeneratedQuestion> twice = TestGenerator.GENERATOR.generate(seed + "\n" + seed);
    assertThat(twice.stream().map(q -> q.type() + q.prompt()).distinct().count())
        .isEqualTo(twice.size());
  }

  @Property(tries = 40)
  @net.jqwik.api.Tag("nlp")
  void any_text_gives_valid_questions_or_none_and_never_a_crash(
      @ForAll @StringLength(max = 300) String text) {
    for (GeneratedQuestion q : TestGenerator.GENERATOR.generate(text)) {
      GeneratorPropertiesTest.assertValid(text, q);
    }
  }
}
