/** A council's system that embeds lsp-pm: it needs nothing but the rules module. */
module org.lsppm.consumer {
  requires org.lsppm.rules;
}
