package org.quiztrainer.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders scored drafts into the final list, best first and diversity-aware: in the first round at
 * most two questions a sentence, never the same answer twice from one sentence, no two prompts that
 * say nearly the same, true/false and fill-in-the-blank each at most one in five, and a penalty for
 * a kind or skill that is already common. What the first round leaves follows, best first.
 *
 * <p>A little over 250 lines: the rounds and what they have taken share their state, which reads
 * best in one class.
 */
final class Selection {
  /** A draft with its ranker score and the reasons for it. */
  record Scored(Draft draft, double score, List<String> reasons) {}

  static final int PER_SENTENCE = 2;

  /**
   * Fill-in-the-blanks at most one in five; true/false, whose key is never a phrase, one in ten.
   */
  private static final double MOST_CLOZE = 0.2;

  private static final double MOST_TRUE_FALSE = 0.1;

  private Selection() {}

  /**
   * Greedy, with lazy re-scoring: penalties only grow as picks accumulate, so a draft whose
   * re-scored value still beats the next one's stale value is the true best. That keeps a long
   * article at n log n.
   */
  static List<Scored> order(List<Scored> all) {
    List<Scored> drafts = withoutRedundantBlanks(all);
    Taken taken = new Taken();
    // One question a sentence first, then a second, then the rest: the top of the list covers
    // the article before it dwells on any sentence.
    Round first = round(drafts, 1, taken, Map.of());
    Round second = round(first.left(), PER_SENTENCE, taken, first.kinds());
    Round third = round(second.left(), Integer.MAX_VALUE, taken, second.kinds());
    List<Scored> out = new ArrayList<>(first.picked());
    out.addAll(second.picked());
    out.addAll(third.picked());
    // What is left is true/false and fill-in-the-blank over their share: never more than that
    // share of the whole list, however short the article.
    Map<Kind, Integer> kinds = new HashMap<>();
    out.forEach(s -> kinds.merge(s.draft().kind(), 1, Integer::sum));
    Set<String> prompts = taken.prompts;
    List<Scored> rest = new ArrayList<>(third.left());
    rest.sort((a, b) -> Double.compare(b.score(), a.score()));
    // A fact already asked another way comes last of all: the teacher may still want it.
    List<Scored> again = new ArrayList<>();
    for (Scored s : rest) {
      Kind k = s.draft().kind();
      if (withinShare(k, out.size(), kinds)
          && !taken.answers.contains(answerKey(s.draft()))
          && prompts.add(key(s.draft().prompt()))) {
        if (taken.sameFact(s.draft())) {
          again.add(s);
          kinds.merge(k, 1, Integer::sum);
          continue;
        }
        taken.answers.add(answerKey(s.draft()));
        taken.take(s.draft());
        out.add(s);
        kinds.merge(k, 1, Integer::sum);
      }
    }
    out.addAll(again);
    return out;
  }

  /**
   * A fill-in-the-blank whose key a question of its own already asks from the same sentence says
   * the same in a weaker form ("The visit came days after _____ met …" beside "Who met with a
   * Ukrainian delegation?"): only one of them may be listed, and it is the question.
   */
  private static List<Scored> withoutRedundantBlanks(List<Scored> drafts) {
    Set<String> asked = new HashSet<>();
    for (Scored s : drafts) {
      if (s.draft().kind() != Kind.CLOZE && s.draft().kind() != Kind.TRUE_FALSE) {
        asked.add(answerKey(s.draft()));
      }
    }
    List<Scored> out = new ArrayList<>();
    for (Scored s : drafts) {
      if (s.draft().kind() != Kind.CLOZE || !asked.contains(answerKey(s.draft()))) {
        out.add(s);
      }
    }
    return out;
  }

  /** The picks of one round, what it left, and how many of each kind it picked. */
  private record Round(List<Scored> picked, List<Scored> left, Map<Kind, Integer> kinds) {}

  /** What every round so far has taken: prompts, answers by sentence, and picks by sentence. */
  private static final class Taken {
    final Set<String> prompts = new HashSet<>();
    final Set<String> answers = new HashSet<>();
    final Map<Integer, Integer> perSentence = new HashMap<>();

    /** The keys taken, by sentence: one fact is asked once, whatever the kind of question. */
    final Map<Integer, List<String>> keysBySentence = new HashMap<>();

    /** Every key taken so far: near the top, a person or thing is the answer only once. */
    final List<String> keys = new ArrayList<>();

    /** The questions taken whose answers are phrases of the article, by sentence. */
    final Map<Integer, List<Draft>> phrasesBySentence = new HashMap<>();

    boolean sameFact(Draft d) {
      return sameFact(d, false);
    }

    /** {@code top}: near the top of the list, a blank shares its sentence with nothing. */
    boolean sameFact(Draft d, boolean top) {
      if (!asksAPhrase(d)) {
        return false;
      }
      boolean blank =
          d.kind() == Kind.CLOZE && keysBySentence.containsKey(d.sentence().index())
              || blanked.contains(d.sentence().index());
      if (top && blank) {
        return true; // a blank in a sentence already asked about tests the same reading twice
      }
      for (String k : keysBySentence.getOrDefault(d.sentence().index(), List.of())) {
        if (Distractors.overlaps(k, d.answer())) {
          return true;
        }
      }
      // "What has complex impacts on global food supply?" beside "What does rising carbon dioxide
      // concentration have complex impacts on?": each question holds the other's answer.
      if (d.answerType().equals("PHRASE")) {
        for (Draft e : phrasesBySentence.getOrDefault(d.sentence().index(), List.of())) {
          if (Prompts.mentionsAnswer(e.prompt(), d.answer())
              || Prompts.mentionsAnswer(d.prompt(), e.answer())) {
            return true;
          }
        }
      }
      return false;
    }

    boolean answeredBefore(Draft d) {
      if (!asksAPhrase(d)) {
        return false;
      }
      Set<String> words = Distractors.contentWords(d.answer());
      for (Set<String> k : keyWords) {
        for (String w : words) {
          if (k.contains(w)) {
            return true;
          }
        }
      }
      return keys.stream()
          .anyMatch(k -> Distractors.normalized(k).equals(Distractors.normalized(d.answer())));
    }

    /** The content words of every key taken, worked out once. */
    final List<Set<String>> keyWords = new ArrayList<>();

    /** Sentences a fill-in-the-blank was made of. */
    final Set<Integer> blanked = new HashSet<>();

    void take(Draft d) {
      if (d.kind() == Kind.CLOZE) {
        blanked.add(d.sentence().index());
      }
      if (asksAPhrase(d)) {
        keysBySentence
            .computeIfAbsent(d.sentence().index(), k -> new ArrayList<>())
            .add(d.answer());
        keys.add(d.answer());
        keyWords.add(Distractors.contentWords(d.answer()));
      }
      if (d.answerType().equals("PHRASE")) {
        phrasesBySentence.computeIfAbsent(d.sentence().index(), k -> new ArrayList<>()).add(d);
      }
    }

    private static boolean asksAPhrase(Draft d) {
      return d.kind() != Kind.TRUE_FALSE && d.kind() != Kind.MAIN_IDEA;
    }
  }

  private static Round round(
      List<Scored> drafts, int perSentenceCap, Taken taken, Map<Kind, Integer> before) {
    record Entry(Scored scored, double value) {}
    java.util.PriorityQueue<Entry> queue =
        new java.util.PriorityQueue<>((a, b) -> Double.compare(b.value(), a.value()));
    drafts.forEach(d -> queue.add(new Entry(d, d.score())));
    List<Scored> picked = new ArrayList<>();
    List<Scored> skipped = new ArrayList<>();
    Map<Kind, java.util.PriorityQueue<Scored>> deferred = new HashMap<>();
    Map<Integer, Integer> perSentence = taken.perSentence;
    Map<Kind, Integer> perKind = new HashMap<>(before);
    Map<ReadingSkill, Integer> perSkill = new HashMap<>();
    Set<String> prompts = taken.prompts;
    Set<String> answersBySentence = taken.answers;
    int already = before.values().stream().mapToInt(Integer::intValue).sum();
    while (!queue.isEmpty()) {
      Entry top = queue.poll();
      Draft d = top.scored().draft();
      if (!allowed(d, perSentenceCap, perSentence, prompts, answersBySentence)
          || taken.sameFact(d, perSentenceCap <= PER_SENTENCE)
          || perSentenceCap <= PER_SENTENCE && taken.answeredBefore(d)) {
        // The same fact asked twice ("Who was there to launch …?" beside "_____ was there to
        // launch …"), or, near the top, the same answer to two questions: later, if at all.
        skipped.add(top.scored());
        continue;
      }
      if (!withinShare(d.kind(), already + picked.size(), perKind)) {
        deferred
            .computeIfAbsent(
                d.kind(),
                k -> new java.util.PriorityQueue<>((a, b) -> Double.compare(b.score(), a.score())))
            .add(top.scored());
        continue;
      }
      double value =
          top.scored().score()
              - 2.5 * perKind.getOrDefault(d.kind(), 0) / (already + picked.size() + 1.0)
              - 1.0 * perSkill.getOrDefault(d.skill(), 0) / (already + picked.size() + 1.0);
      if (!queue.isEmpty() && value < queue.peek().value()) {
        queue.add(new Entry(top.scored(), value));
        continue;
      }
      picked.add(top.scored());
      perSentence.merge(d.sentence().index(), 1, Integer::sum);
      perKind.merge(d.kind(), 1, Integer::sum);
      perSkill.merge(d.skill(), 1, Integer::sum);
      prompts.add(key(d.prompt()));
      answersBySentence.add(answerKey(d));
      taken.take(d);
      for (var waiting : deferred.entrySet()) {
        if (!waiting.getValue().isEmpty()
            && withinShare(waiting.getKey(), already + picked.size(), perKind)) {
          Scored next = waiting.getValue().poll();
          queue.add(new Entry(next, next.score()));
        }
      }
    }
    deferred.values().forEach(skipped::addAll);
    return new Round(picked, skipped, perKind);
  }

  private static String answerKey(Draft d) {
    return d.sentence().index() + "|" + Distractors.normalized(d.answer());
  }

  private static boolean allowed(
      Draft d,
      int cap,
      Map<Integer, Integer> perSentence,
      Set<String> prompts,
      Set<String> answers) {
    return perSentence.getOrDefault(d.sentence().index(), 0) < cap
        && !prompts.contains(key(d.prompt()))
        && !answers.contains(answerKey(d));
  }

  /** True/false and fill-in-the-blank stay at one in five; one main-idea question. */
  private static boolean withinShare(Kind kind, int count, Map<Kind, Integer> perKind) {
    int have = perKind.getOrDefault(kind, 0);
    if (kind == Kind.TRUE_FALSE || kind == Kind.CLOZE || kind == Kind.VOCABULARY) {
      double share = kind == Kind.CLOZE ? MOST_CLOZE : MOST_TRUE_FALSE;
      return have + 1 <= Math.max(1, share * (count + 1));
    }
    return kind != Kind.MAIN_IDEA || have == 0;
  }

  /** Prompts that differ only in case and punctuation count as the same. */
  private static String key(String prompt) {
    return Distractors.normalized(prompt);
  }
}
