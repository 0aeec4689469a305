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
  // openhtmltopdf, PDFBox and Batik are automatic modules and declare nothing. They use these at
  // run time; without them here, an application's `requires org.lsppm.reports` would resolve none
  // of them, and the PDF would fail with NoClassDefFoundError.
  requires java.desktop;
  requires java.logging;
  requires java.xml;
  requires jdk.xml.dom;
  requires org.apache.commons.logging;
  requires org.apache.commons.io;

  exports org.lsppm.reports;
  // A report's cover is read from JSON (a report-details file) by the library's binding.
  opens org.lsppm.reports to com.fasterxml.jackson.databind;
}
