/** Traffic lights, scores and the assessments built from them. */
@DomainStyle
package org.lsppm.core.rating;

import org.lsppm.core.DomainStyle;
