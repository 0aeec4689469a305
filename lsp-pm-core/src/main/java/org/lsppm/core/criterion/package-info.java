/** The six partnership criteria that reviews assess and improvement-plan items answer to. */
@DomainStyle
package org.lsppm.core.criterion;

import org.lsppm.core.DomainStyle;
