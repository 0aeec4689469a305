/** Themes (clusters, LAA blocks) and the priority areas Government named. */
@DomainStyle
package org.lsppm.core.theme;

import org.lsppm.core.DomainStyle;
