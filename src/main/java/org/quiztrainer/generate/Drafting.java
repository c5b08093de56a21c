package org.quiztrainer.generate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quiztrainer.nlp.Sentence;
import org.quiztrainer.quiz.QuestionType;

/**
 * Every candidate question of one article: wh-questions, why and quote questions from each
 * simplified clause, who said each quotation, true/false and fill-in-the-blank statements, one
 * main-idea question, and the multiple-choice form of those whose answer has wrong answers of its
 * kind.
 */
final class Drafting {
  /** Answer kinds whose questions read better with choices than typed. */
  private static final Set<String> LONG_ANSWERS =
      Set.of("PHRASE", "REASON", "QUOTE", "ROLE", "DESCRIPTION", "METHOD");

  private final Article article;
  private final Mentions mentions;
  private final Gazetteer gazetteer;
  private final org.quiztrainer.nlp.Lexicon lexicon;
  private final Spellings spellings;

  Drafting(Article article, Gazetteer gazetteer, org.quiztrainer.nlp.Lexicon lexicon) {
    this.article = article;
    this.mentions = new Mentions(article.analysis());
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
    this.spellings = new Spellings(article.analysis());
  }

  List<Draft> drafts() {
    Simplifier simplifier = new Simplifier(new Extractions(mentions));
    Resolver resolver = new Resolver(mentions);
    WhQuestions wh = new WhQuestions(new Answers(mentions), resolver, new Definitions(mentions));
    Statements statements = new Statements(mentions, resolver, article.headlineText());
    InSitu inSitu = new InSitu(mentions, resolver);
    List<Draft> asked = new ArrayList<>();
    List<Clause> clauses = new ArrayList<>();
    List<MainIdea.Statement> mains = new ArrayList<>();
    for (Sentence s : article.usable()) {
      List<Clause> here = new ArrayList<>(simplifier.clauses(s));
      here.removeIf(this::quotedWithoutSource);
      clauses.addAll(here);
      for (Clause c : here) {
        List<Draft> moved = wh.build(c);
        asked.addAll(moved);
        asked.addAll(inSitu.build(c, moved));
      }
      if (!here.isEmpty()) {
        statements
            .leadStatement(here.get(0))
            .ifPresent(t -> mains.add(new MainIdea.Statement(s, t)));
      }
    }
    asked.addAll(new Speakers(article, mentions).build());
    asked.addAll(new Attributes(article, spellings).build());
    asked.addAll(unasked(asked, inSitu));
    asked = unambiguous(movedFirst(asked));
    List<Draft> out = new ArrayList<>();
    asked.forEach(d -> out.add(NumberForms.accepting(withSpellings(d))));
    Distractors distractors = new Distractors(article, gazetteer, spellings, asked);
    distractors.add("REASON", Causes.pool(article.usable()));
    distractors.add("REASON", Purposes.actions(clauses));
    distractors.add("METHOD", Means.pool(article.usable()));
    for (Clause c : clauses) {
      statements.trueFalse(c, distractors).ifPresent(out::add);
      statements.cloze(c, inSitu).forEach(d -> out.add(withSpellings(d)));
    }
    List<Draft> all = new ArrayList<>(Ambiguity.answeredOnce(out));
    MainIdea.build(article, mains).ifPresent(all::add);
    all.addAll(new Vocabulary(lexicon).build(article));
    Misspellings misspellings = new Misspellings(article.analysis(), lexicon);
    List<Draft> formed = new ArrayList<>();
    PhraseChoices phraseChoices = new PhraseChoices(article, lexicon);
    for (Draft d : all) {
      Draft f = form(d, distractors, phraseChoices);
      if (f != null) {
        formed.add(f.rewritten(misspellings::fix));
      }
    }
    return formed;
  }

  /**
   * The form a question takes: choices when its answer is a phrase or when, for about half of the
   * names, places and dates, good wrong answers exist; typed otherwise.
   */
  private Draft form(Draft d, Distractors distractors, PhraseChoices phraseChoices) {
    if (d == null
        || d.type() == QuestionType.TRUE_FALSE
        || d.type() == QuestionType.MULTIPLE_CHOICE) {
      return d;
    }
    if (d.kind() == Kind.CLOZE) {
      return d;
    }
    boolean wantChoices =
        LONG_ANSWERS.contains(d.answerType())
            || d.answerWords() > 3
            || Math.floorMod(d.prompt().hashCode(), 5) < 3;
    if (!wantChoices) {
      return d;
    }
    Optional<List<String>> wrong = distractors.forDraft(d);
    if (wrong.isEmpty() && d.answerType().equals("PHRASE")) {
      wrong = phraseChoices.forDraft(d, distractors.madeTrue(d));
    }
    if (wrong.isEmpty()) {
      // Nobody can type a ten-word reason exactly: without choices it is not asked. A quotation
      // is kept for the teacher to give choices to.
      boolean untypable =
          !d.answerType().equals("QUOTE")
              && LONG_ANSWERS.contains(d.answerType())
              && d.answerWords() > 5;
      return untypable ? null : d;
    }
    String key = d.answer();
    List<String> choices = new ArrayList<>();
    if (d.answerType().equals("NUMBER")) {
      key = NumberChoices.key(key, d.accepted().isEmpty() ? key : d.accepted().get(0));
    }
    choices.addAll(wrong.get());
    choices.add(Math.floorMod(d.prompt().hashCode() >>> 3, choices.size() + 1), key);
    return d.withChoices(QuestionType.MULTIPLE_CHOICE, choices).withKey(key, List.of());
  }

  /**
   * A question in place only where no moved question of the same sentence asks for the same key:
   * "Who was Belousov walking alongside?" reads better than "Photos showed Belousov walking
   * alongside which North Korean Defence Minister …?".
   */
  private static List<Draft> movedFirst(List<Draft> drafts) {
    Set<String> moved = new java.util.HashSet<>();
    for (Draft d : drafts) {
      if (d.kind() != Kind.IN_SITU) {
        moved.add(d.sentence().index() + "|" + Distractors.normalized(d.answer()));
      }
    }
    List<Draft> out = new ArrayList<>();
    for (Draft d : drafts) {
      String key = d.sentence().index() + "|" + Distractors.normalized(d.answer());
      if (d.kind() != Kind.IN_SITU || !moved.contains(key)) {
        out.add(d);
      }
    }
    return out;
  }

  /** Entity types every mention of which should be asked about somewhere. */
  private static final Set<String> ASKABLE =
      Set.of(
          "PERSON",
          "ORGANIZATION",
          "LOCATION",
          "CITY",
          "COUNTRY",
          "STATE_OR_PROVINCE",
          "DATE",
          "MONEY",
          "PERCENT");

  /**
   * A question for each name, place, date and amount of the article that no question asks about
   * yet, where the sentence allows one, else a fill-in-the-blank: the teacher sees every fact the
   * article names.
   */
  private List<Draft> unasked(List<Draft> asked, InSitu inSitu) {
    Set<String> keys = new java.util.HashSet<>();
    asked.forEach(d -> keys.add(Distractors.normalized(d.answer())));
    List<Draft> out = new ArrayList<>();
    for (Sentence s : article.usable()) {
      for (org.quiztrainer.nlp.Entity e : article.analysis().entitiesIn(s.index())) {
        String key = Distractors.normalized(e.text());
        boolean askedAbout = keys.stream().anyMatch(k -> (" " + k + " ").contains(" " + key + " "));
        if (ASKABLE.contains(e.type()) && !askedAbout && !Distractors.isVague(e.text())) {
          inSitu
              .about(s, e)
              .or(() -> inSitu.blank(s, e))
              .ifPresent(
                  d -> {
                    out.add(d);
                    keys.add(Distractors.normalized(d.answer()));
                  });
        }
      }
    }
    return out;
  }

  /**
   * Words inside quotation marks are someone's opinion or claim; without knowing whose, a question
   * would state them as fact ("Today's announcement is an affront to …").
   */
  private boolean quotedWithoutSource(Clause c) {
    if (c.source().isPresent()) {
      return false;
    }
    // Who says or does it is inside the quotation marks: the clause is the quotation itself.
    // ("The banner read: “…”" reports a quotation and is asked about.)
    List<org.quiztrainer.nlp.Token> subject = Trees.tokens(c.subject(), c.sentence());
    return !subject.isEmpty() && subject.stream().allMatch(this::quoted);
  }

  private boolean quoted(org.quiztrainer.nlp.Token t) {
    for (org.quiztrainer.nlp.Quote q : article.analysis().quotes()) {
      if (t.begin() >= q.begin() && t.end() <= q.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A question the article answers twice, differently ("How many people were killed?" of the
   * stampede and of the hotel), can't be answered right: it is not asked.
   */
  private static List<Draft> unambiguous(List<Draft> drafts) {
    java.util.Map<String, Set<String>> answers = new java.util.HashMap<>();
    for (Draft d : drafts) {
      answers
          .computeIfAbsent(Distractors.normalized(d.prompt()), k -> new java.util.HashSet<>())
          .add(Distractors.normalized(d.answer()));
    }
    List<Draft> out = new ArrayList<>();
    for (Draft d : drafts) {
      if (answers.get(Distractors.normalized(d.prompt())).size() == 1) {
        out.add(d);
      }
    }
    return out;
  }

  /** A person's key in the article's usual spelling; its other spellings are accepted. */
  private Draft withSpellings(Draft d) {
    if (!d.answerType().equals("PERSON")) {
      return d;
    }
    String key = spellings.of(d.answer());
    Set<String> accepted = new LinkedHashSet<>(d.accepted());
    accepted.addAll(spellings.all(d.answer()));
    accepted.remove(key);
    return d.withKey(key, List.copyOf(accepted));
  }
}
