package org.quiztrainer.drafts;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Jdbi;
import org.quiztrainer.generate.ReadingSkill;
import org.quiztrainer.generate.SkillTagger;
import org.quiztrainer.quiz.Question;

/**
 * The reading skill of any question: the one the generator's analysis gave it, for a question it
 * made, or else the one its wording shows ({@link SkillTagger}), for questions written or imported.
 * A generated question's id is made from its content, so the id alone finds its note.
 */
public final class Skills {
  private final Jdbi jdbi;
  private final SkillTagger tagger;
  private final Map<String, Optional<ReadingSkill>> noted = new ConcurrentHashMap<>();

  public Skills(Jdbi jdbi, SkillTagger tagger) {
    this.jdbi = jdbi;
    this.tagger = tagger;
  }

  public ReadingSkill of(Question q) {
    return noted
        .computeIfAbsent(q.id(), this::fromNote)
        .orElseGet(() -> tagger.tag(q.type(), q.prompt(), q.answer()));
  }

  private Optional<ReadingSkill> fromNote(String questionId) {
    return jdbi.withHandle(
            h ->
                h.createQuery(
                        "SELECT skill FROM question_note WHERE question_id = :id"
                            + " ORDER BY quiz_id FETCH FIRST 1 ROWS ONLY")
                    .bind("id", questionId)
                    .mapTo(String.class)
                    .findOne())
        .flatMap(ReadingSkill::fromWireName);
  }
}
