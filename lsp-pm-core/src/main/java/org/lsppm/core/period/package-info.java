/** Financial years and reporting periods. */
package org.lsppm.core.period;
