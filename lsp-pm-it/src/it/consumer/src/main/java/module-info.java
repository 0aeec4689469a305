/** A council's system that embeds lsp-pm: the rules, the readers and the reports. */
module org.lsppm.consumer {
  requires org.lsppm.rules;
  requires org.lsppm.io;
  requires org.lsppm.reports;
}
