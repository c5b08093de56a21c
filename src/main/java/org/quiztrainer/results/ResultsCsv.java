package org.quiztrainer.results;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.quiztrainer.analysis.Response;
import org.quiztrainer.quiz.Question;

/**
 * Results as CSV for a spreadsheet: one row per attempt, one column per question holding 1 (right),
 * 0 (wrong) or nothing (not answered). Cells that a spreadsheet would run as a formula are defused
 * with a leading apostrophe.
 */
final class ResultsCsv {
  private ResultsCsv() {}

  static String write(Results.Report report) {
    StringWriter out = new StringWriter();
    List<String> header =
        new ArrayList<>(List.of("attempt", "name", "started", "score", "answered"));
    for (Question q : report.quiz().questions()) {
      header.add(q.id());
    }
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
      csv.printRecord(header);
      for (ResultsDao.Row row : report.rows()) {
        List<Object> cells = new ArrayList<>();
        cells.add(row.attemptId());
        cells.add(defused(row.name()));
        cells.add(row.startedAt().toString());
        cells.add(row.response().score());
        cells.add(row.response().answers().size());
        for (Question q : report.quiz().questions()) {
          Response.Given g = row.response().answers().get(q.id());
          cells.add(g == null ? "" : g.correct() ? "1" : "0");
        }
        csv.printRecord(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static String defused(String cell) {
    return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
  }
}
