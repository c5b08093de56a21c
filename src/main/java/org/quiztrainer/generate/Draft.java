package org.quiztrainer.generate;

/** A question under construction, with the sentence and mention it came from. */
record Draft(GeneratedQuestion question, Sentence sentence, Mention mention) {}
