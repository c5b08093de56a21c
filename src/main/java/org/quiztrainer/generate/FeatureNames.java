package org.quiztrainer.generate;

import java.util.Locale;

/** The ranker's features in words a teacher reads: "the answer is a person". */
final class FeatureNames {
  private FeatureNames() {}

  /** A feature in words, for the teacher: "the answer is a person". */
  static String describe(String feature) {
    if (feature.startsWith("kind:")) {
      return Kind.valueOf(feature.substring(5).toUpperCase(Locale.ROOT)).description();
    }
    if (feature.startsWith("answer:")) {
      return "the answer is "
          + switch (feature.substring(7)) {
            case "person" -> "a person";
            case "place" -> "a place";
            case "organisation" -> "an organisation";
            case "date" -> "a date";
            case "number" -> "a number";
            case "quote" -> "a quotation";
            case "reason" -> "a reason the article gives";
            case "method" -> "how it was done";
            case "phrase" -> "a phrase of the article";
            default -> "a named thing";
          };
    }
    if (feature.startsWith("origin:")) {
      return "built from "
          + switch (feature.substring(7)) {
            case "main" -> "the sentence's main clause";
            case "appositive" -> "an appositive";
            case "relative" -> "a relative clause";
            case "reduced" -> "a descriptive phrase";
            case "participle" -> "a participle phrase";
            case "conjunct" -> "one half of a joined sentence";
            case "subordinate" -> "a time clause";
            case "reported" -> "what someone said";
            case "shown" -> "what a photo or a witness showed";
            default -> "the sentence";
          };
    }
    if (feature.startsWith("answer length:")) {
      return "an answer of " + feature.substring(14) + " words";
    }
    if (feature.startsWith("answer form:")) {
      String[] kindAndClass = feature.substring(12).split("/");
      return Kind.valueOf(kindAndClass[0].toUpperCase(Locale.ROOT)).description()
          + " whose "
          + describe("answer:" + kindAndClass[1]).substring(4);
    }
    if (feature.startsWith("type:")) {
      return "a " + feature.substring(5).replace('_', ' ') + " question";
    }
    return switch (feature) {
      case "answer words" -> "the length of the answer";
      case "short answer" -> "a short answer";
      case "prompt words" -> "the length of the question";
      case "long prompt" -> "a long question";
      case "verbatim" -> "how much it copies the sentence";
      case "sentence position", "paragraph position" -> "where it comes in the article";
      case "first sentence" -> "from the article's first sentence";
      case "lead overlap" -> "the answer is in the headline or lead";
      case "sentence about the lead" ->
          "its sentence is about what the headline and lead are about";
      case "answer frequency" -> "the answer comes up often in the article";
      case "answer is topic" -> "the answer is what the article is about";
      case "according to" -> "it says who said it";
      case "sentence centrality" -> "its sentence is central to the article";
      case "bare reference" -> "it names something only as \"the …\"";
      case "answer has digits" -> "the answer has figures";
      case "answer capitalised" -> "the answer is a name";
      case "answer at sentence end" -> "the answer ends its sentence";
      default -> feature;
    };
  }
}
