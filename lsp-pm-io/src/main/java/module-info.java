/**
 * lsp-pm io: the readers of lsp-pm's input files. Measurements, outcomes, scenarios, forecasts,
 * comparators and the policy workbook are read from CSV or a sheet of an Excel workbook, and
 * partnerships, agreements and policies from JSON, with every problem placed at its file, row
 * and column.
 */
module org.lsppm.io {
  requires transitive org.lsppm.core;
  requires org.apache.commons.csv;
  requires java.xml;

  exports org.lsppm.io;
}
