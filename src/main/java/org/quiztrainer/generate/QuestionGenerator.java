package org.quiztrainer.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quiztrainer.quiz.QuestionType;

/**
 * Makes reading-comprehension questions from an article, offline and explainably: sentences are
 * tagged with OpenNLP, candidate answers are found by rule, questions are built several ways
 * (cloze, wh-questions, quotes, appositives, true/false, multiple choice) and then ranked.
 *
 * <p>Thread-safe: one instance serves concurrent requests.
 */
public final class QuestionGenerator {
  private final LanguageModels models;
  private final Analyzer analyzer;
  private final Gazetteer gazetteer;

  public QuestionGenerator(LanguageModels models) {
    this.models = models;
    this.analyzer = new Analyzer(models);
    this.gazetteer = new Gazetteer();
  }

  /** Ranked questions, best first; every evidence is an exact span of {@code articleText}. */
  public List<GeneratedQuestion> generate(String articleText) {
    List<Sentence> sentences = analyzer.sentences(articleText);
    MentionFinder finder = new MentionFinder(gazetteer, sentences);
    List<List<Mention>> mentions = new ArrayList<>();
    List<String> antecedents = new ArrayList<>();
    List<Optional<Actions.Found>> actions = new ArrayList<>();
    for (Sentence s : sentences) {
      antecedents.add(finder.lastPerson());
      List<Mention> found = new ArrayList<>(finder.find(s));
      Optional<Actions.Found> action = Actions.find(s, found, models);
      action.ifPresent(a -> found.add(a.action()));
      actions.add(action);
      mentions.add(found);
    }
    Distractors distractors = new Distractors(gazetteer, mentions);
    List<Draft> drafts = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      List<Mention> m = mentions.get(i);
      List<Draft> built = new ArrayList<>();
      built.addAll(WhBuilder.build(s, m, gazetteer, models));
      built.addAll(WhereWhenHowMany.build(s, m, models));
      actions
          .get(i)
          .ifPresent(
              a ->
                  built.add(
                      new Draft(
                          Answers.shortAnswer(s, a.action(), a.prompt(), "wh"), s, a.action())));
      built.addAll(QuoteBuilder.build(s, m));
      built.addAll(AppositiveBuilder.build(s, m));
      built.addAll(ClozeBuilder.build(s, m));
      built.addAll(TrueFalseBuilder.build(s, m, distractors));
      built.addAll(multipleChoice(built, distractors));
      drafts.addAll(resolved(s, built, antecedents.get(i)));
    }
    return Ranker.rank(drafts, sentences.size());
  }

  /**
   * Drafts from a sentence that opens with "He" or "She" name the person the article last
   * mentioned; drafts whose pronoun can't be resolved that way are dropped.
   */
  private static List<Draft> resolved(Sentence s, List<Draft> drafts, String antecedent) {
    if (!Prompts.hasUnresolvedPronoun(s)) {
      return drafts;
    }
    List<Draft> out = new ArrayList<>();
    for (Draft d : drafts) {
      String prompt = Prompts.resolveLeadingPronoun(d.question().prompt(), antecedent);
      if (!prompt.equals(d.question().prompt())) {
        out.add(new Draft(d.question().withPrompt(prompt), d.sentence(), d.mention()));
      }
    }
    return out;
  }

  /** How many sentences the generator sees in {@code articleText}. */
  public int sentenceCount(String articleText) {
    return analyzer.sentences(articleText).size();
  }

  private static List<Draft> multipleChoice(List<Draft> built, Distractors distractors) {
    List<Draft> out = new ArrayList<>();
    for (Draft d : built) {
      GeneratedQuestion q = d.question();
      if (q.type() == QuestionType.TRUE_FALSE
          || !(Distractors.KINDS.contains(q.skill())
              || q.skill() == Skill.QUOTE
              || q.skill() == Skill.ACTION)
          || q.kind().equals("cloze") && q.skill() == Skill.QUOTE) {
        continue;
      }
      distractors
          .forAnswer(q.skill(), q.answer(), q.prompt())
          .ifPresent(
              wrong -> {
                List<String> options = new ArrayList<>(wrong);
                int at = Math.floorMod(q.prompt().hashCode(), options.size() + 1);
                options.add(at, q.answer());
                out.add(new Draft(q.asMultipleChoice(options), d.sentence(), d.mention()));
              });
    }
    return out;
  }
}
