/** lsp-pm rules: Drools decisions over the core domain. */
module org.lsppm.rules {
  requires transitive org.lsppm.core;
}
