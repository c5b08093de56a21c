package org.quiztrainer.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Lists of the same kind of thing as one answer: "Sky Television and British Satellite
 * Broadcasting", "Schenectady, Phoenix and Chicago", "8 to 10". They are added beside their parts.
 */
final class Coordination {
  private static final Set<Skill> NAMES =
      Set.of(Skill.PERSON, Skill.PLACE, Skill.ORGANISATION, Skill.EVENT, Skill.NATIONALITY);

  private Coordination() {}

  static List<Mention> find(Sentence s, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>();
    int i = 0;
    while (i < mentions.size()) {
      int j = i;
      while (j + 1 < mentions.size() && joins(s, mentions.get(j), mentions.get(j + 1))) {
        j++;
      }
      boolean list = j > i && (mentions.get(i).skill() != Skill.VOCABULARY || j - i >= 2);
      if (list) {
        Mention first = mentions.get(i);
        Mention last = mentions.get(j);
        String text = s.span(first.from(), last.to());
        out.add(new Mention(first.from(), last.to(), first.skill(), text, text));
      }
      i = j + 1;
    }
    return out;
  }

  private static boolean joins(Sentence s, Mention a, Mention b) {
    if (!(sameKind(a, b))) {
      return false;
    }
    String between = s.span(a.to(), b.from()).strip();
    if (a.skill() == Skill.NUMBER) {
      return between.equals("to")
          || between.equals("and")
          || between.equals("-")
          || between.equals("–");
    }
    return between.equals("and")
        || between.equals("or")
        || between.equals(",")
        || between.equals(", and");
  }

  private static boolean sameKind(Mention a, Mention b) {
    if (a.skill() == Skill.NUMBER || b.skill() == Skill.NUMBER || a.skill() == Skill.VOCABULARY) {
      return a.skill() == b.skill();
    }
    return NAMES.contains(a.skill()) && NAMES.contains(b.skill());
  }
}
