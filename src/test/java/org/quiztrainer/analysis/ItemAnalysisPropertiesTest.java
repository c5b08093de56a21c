package org.quiztrainer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class ItemAnalysisPropertiesTest {
  private static final List<Item> ITEMS =
      List.of(
          new Item("a", List.of("w", "x", "y", "z"), "w"),
          new Item("b", List.of(), "b"),
          new Item("c", List.of("true", "false"), "true"));

  /** Each int encodes one student's answers: per item, 0 unanswered, 1 right, 2 and up wrong. */
  private static List<Response> responses(List<Integer> codes) {
    List<Response> out = new ArrayList<>();
    for (int n = 0; n < codes.size(); n++) {
      Map<String, Response.Given> answers = new LinkedHashMap<>();
      int code = codes.get(n);
      for (Item item : ITEMS) {
        int c = code % 4;
        code /= 4;
        if (c == 1) {
          answers.put(item.id(), new Response.Given(item.answer(), true));
        } else if (c > 1) {
          String wrong =
              item.choices().isEmpty()
                  ? "no"
                  : item.choices()
                      .get(c % item.choices().size() == 0 ? 1 : c % item.choices().size());
          answers.put(item.id(), new Response.Given(wrong, false));
        }
      }
      out.add(new Response("s" + n, answers));
    }
    return out;
  }

  @Property
  void every_figure_stays_in_its_range(
      @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 63) Integer> codes) {
    List<Response> rs = responses(codes);
    for (ItemStats s : ItemAnalysis.analyse(ITEMS, rs)) {
      s.facility().ifPresent(f -> assertThat(f).isBetween(0.0, 1.0));
      s.discrimination().ifPresent(d -> assertThat(d).isBetween(-1.0, 1.0));
      s.pointBiserial().ifPresent(r -> assertThat(r).isBetween(-1.0 - 1e-9, 1.0 + 1e-9));
      assertThat(s.answered()).isBetween(0, rs.size());
      assertThat(s.choiceCounts().values().stream().mapToInt(Integer::intValue).sum())
          .isLessThanOrEqualTo(s.answered());
    }
  }
}
