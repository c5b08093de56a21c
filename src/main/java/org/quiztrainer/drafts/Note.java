package org.quiztrainer.drafts;

import java.util.List;

/**
 * What the generator knew of a question it made: the reading skill (a {@code ReadingSkill} wire
 * name) from its analysis, and the ranker features that weighed most, in words.
 */
public record Note(String skill, List<String> reasons) {
  public Note {
    reasons = List.copyOf(reasons);
  }
}
