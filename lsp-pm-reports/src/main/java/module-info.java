/**
 * lsp-pm reports: the report model and its renderers, from a terminal table to the committee
 * paper in HTML and PDF and an Excel workbook.
 */
module org.lsppm.reports {
  requires transitive org.lsppm.core;
  requires org.dhatim.fastexcel;
  // openhtmltopdf's jars name no module: these are the names Java derives from them.
  requires openhtmltopdf.core;
  requires openhtmltopdf.pdfbox;
  requires openhtmltopdf.svg.support;

  exports org.lsppm.reports;
}
