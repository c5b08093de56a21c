package org.quiztrainer.analysis;

import java.util.List;

/** What the statistics need to know of a question: its id, its choices and its key. */
public record Item(String id, List<String> choices, String answer) {
  public Item {
    choices = List.copyOf(choices);
  }
}
