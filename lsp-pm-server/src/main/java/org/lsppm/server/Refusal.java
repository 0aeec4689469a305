package org.lsppm.server;

import io.vavr.collection.List;

/**
 * Why a request was refused, as an RFC 9457 problem document says it: the status, a title that
 * names the kind of problem, a detail for this request and, for input that was read, every problem
 * found in it with its place.
 */
final class Refusal extends Exception {
  private static final long serialVersionUID = 1L;

  final int status;
  final String type;
  final String title;
  final transient List<Place> problems;

  /**
   * One problem of the input: the sentence a person reads ({@code measurements.csv:3:outturn:
   * expected a number, got "n/a"}) and, where it is known, its place as a machine reads it.
   *
   * @param detail the problem in the project's own words
   * @param pointer the JSON pointer of the offending value in a JSON body, or null
   * @param sheet the workbook's sheet, or null
   * @param cell the workbook's cell ({@code C7}), or null
   * @param row the row as a spreadsheet numbers it (the header is row 1), or null
   * @param column the column's name in the header, or null
   */
  record Place(String detail, String pointer, String sheet, String cell, Long row, String column) {
    static Place of(String detail) {
      return new Place(detail, null, null, null, null, null);
    }
  }

  Refusal(int status, String type, String title, String detail, List<Place> problems) {
    super(detail, null, false, false);
    this.status = status;
    this.type = type;
    this.title = title;
    this.problems = problems;
  }

  /** 400: the body is not the syntax its content type says. */
  static Refusal syntax(String detail, List<Place> problems) {
    return new Refusal(400, "malformed-body", "The body could not be read", detail, problems);
  }

  /** 422: the body reads, and these of its values are refused. */
  static Refusal invalid(List<Place> problems) {
    return new Refusal(422, "invalid-input", "The input has problems",
        problems.size() == 1 ? "1 problem was found in the input" : problems.size() + " problems were found in the input", problems);
  }

  /** 400 for a query parameter or the request itself. */
  static Refusal badRequest(String detail) {
    return new Refusal(400, "bad-request", "The request could not be understood", detail, List.empty());
  }

  static Refusal tooLarge(String detail) {
    return new Refusal(413, "body-too-large", "The body is larger than this server takes", detail, List.empty());
  }

  static Refusal unsupportedType(String detail) {
    return new Refusal(415, "unsupported-media-type", "The body's content type is not one this endpoint reads", detail, List.empty());
  }

  static Refusal notAcceptable(String detail) {
    return new Refusal(406, "not-acceptable", "No format this endpoint writes is acceptable", detail, List.empty());
  }

  static Refusal busy(String detail) {
    return new Refusal(503, "busy", "The server is busy", detail, List.empty());
  }
}
