package org.quiztrainer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.quiztrainer.generate.QuestionGenerator;
import org.quiztrainer.generate.RankerTraining;
import org.quiztrainer.nlp.Progress;

/**
 * {@code train-ranker SQUAD.json OUT}: learns the ranker's weights from which phrases people asked
 * about in the training data and writes them as the ranker reads them. Never train on the dev
 * sample or the articles: they are what the generator is measured on.
 */
public final class TrainRankerCommand {
  static final String COMMAND =
      "java -jar target/quiz-trainer.jar train-ranker ../shared/dev-data/squad-train.json"
          + " src/main/resources/generate/ranker.tsv";

  private TrainRankerCommand() {}

  public static int run(
      List<String> args, Supplier<QuestionGenerator> generator, PrintStream out, PrintStream err) {
    if (args.size() != 2) {
      err.println("usage: train-ranker SQUAD.json OUT");
      return 2;
    }
    try {
      List<Squad.Paragraph> paragraphs = Squad.read(Path.of(args.get(0)));
      QuestionGenerator g = generator.get();
      List<RankerTraining.Paragraph> analysed = new ArrayList<>();
      int n = 0;
      for (Squad.Paragraph p : paragraphs) {
        analysed.add(
            new RankerTraining.Paragraph(
                g.analyze(p.context(), Progress.NONE).analysis(), p.answers()));
        if (++n % 100 == 0) {
          out.printf("analysed %d of %d paragraphs%n", n, paragraphs.size());
        }
      }
      Map<String, Double> weights =
          RankerTraining.train(
              analysed, AnswerCoverage::matches, out, new org.quiztrainer.nlp.WordNet());
      RankerTraining.write(weights, Path.of(args.get(1)), COMMAND);
      out.println("wrote " + weights.size() + " weights to " + args.get(1));
      return 0;
    } catch (IOException e) {
      err.println("train-ranker: " + e.getMessage());
      return 2;
    }
  }
}
