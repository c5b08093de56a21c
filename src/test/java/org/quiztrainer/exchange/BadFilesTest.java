package org.quiztrainer.exchange;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A broken file is refused as a whole, with the line and the problem. */
class BadFilesTest {
  private static void refused(Format f, String text, String message) {
    assertThatThrownBy(() -> f.read(text)).isInstanceOf(ImportProblem.class).hasMessage(message);
  }

  @Test
  void gift_problems_name_the_line_of_the_question() {
    refused(
        Format.GIFT,
        "::a:: fine {T}\n\n\n::b:: Which? {\n=one\n",
        "line 4: the '{' of this question is never closed with '}'");
    refused(
        Format.GIFT,
        "::a:: fine {T}\n\n::b:: Which? {~one ~two}\n",
        "line 3: this multiple-choice question has no right answer (mark one with =)");
    refused(
        Format.GIFT,
        "\n\n::b:: Which? {=one ~one}\n",
        "line 3: 'b' has an empty or repeated answer: 'one'");
    refused(Format.GIFT, "::e:: Say more. {}\n", "line 1: essay questions ({}) are not supported");
    refused(
        Format.GIFT,
        "::n:: How many? {#lots}\n",
        "line 1: 'lots' is not a numeric answer such as 10000:5");
    refused(
        Format.GIFT,
        "::m:: Pick two {~%50%a ~%50%b ~c}\n",
        "line 1: this multiple-choice question has no right answer (mark one with =)");
    refused(Format.GIFT, "// only a comment\n\n::d:: A description\n", "the file has no questions");
  }

  @Test
  void xml_problems_name_the_line() {
    refused(
        Format.MOODLE_XML,
        "<quiz>\n<question type=\"truefalse\">\n<name><text>x</text>\n</question></quiz>",
        "line 4: not well-formed XML: The element type \"name\" must be terminated by the matching"
            + " end-tag \"</name>\".");
    refused(
        Format.MOODLE_XML, "<quizzes/>", "line 1: the root element must be <quiz>, not <quizzes>");
    refused(
        Format.MOODLE_XML,
        "<quiz>\n\n<question type=\"multichoice\"><name><text>x</text></name>"
            + "<questiontext><text>Q?</text></questiontext>"
            + "<answer fraction=\"0\"><text>a</text></answer>"
            + "<answer fraction=\"0\"><text>b</text></answer></question></quiz>",
        "line 3: 'x' has no answer with fraction 100");
  }

  @Test
  void xml_with_a_doctype_is_refused_so_no_entity_can_reach_the_server() {
    assertThatThrownBy(
            () ->
                Format.MOODLE_XML.read(
                    "<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [<!ENTITY x SYSTEM"
                        + " \"file:///etc/passwd\">]>\n<quiz><question type=\"truefalse\">"
                        + "<questiontext><text>&x;</text></questiontext></question></quiz>"))
        .isInstanceOf(ImportProblem.class);
  }

  @Test
  void json_problems_name_the_line_of_the_question() {
    refused(
        Format.JSON,
        "{\"title\": \"x\",",
        "line 1: not valid JSON: Unexpected end-of-input within/between Object entries");
    String text =
        "{\n  \"title\": \"T\",\n  \"article\": {\"title\": \"A\", \"text\": \"Cats purr.\"},\n"
            + "  \"questions\": [\n"
            + "    {\"id\": \"ok\", \"type\": \"true_false\", \"prompt\": \"Cats purr.\","
            + " \"answer\": \"true\"},\n"
            + "    {\"id\": \"bad\", \"type\": \"multiple_choice\", \"prompt\": \"Who purrs?\",\n"
            + "     \"choices\": [\"cats\", \"dogs\"], \"answer\": \"birds\"}\n"
            + "  ]\n}\n";
    refused(
        Format.JSON,
        text,
        "line 6: question 2 (id 'bad'): 'answer' must be exactly one of the 'choices'");
  }
}
