package org.lsppm.reports;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The committee report's HTML laid out as PDF by openhtmltopdf: the same page, its print
 * stylesheet (A4 landscape), its SVG lines drawn by Batik. Text is set in DejaVu Sans or
 * Liberation Sans when the system has either (then the PDF is tagged for screen readers, PDF/UA,
 * and the arrows of the direction of travel are drawn); otherwise in the PDF's own Helvetica,
 * which has no arrows, so they are left out and the direction's word stands alone.
 */
final class Pdf {
  private Pdf() {}

  /** Regular and bold faces of fonts with arrows, where Debian and most Linux systems put them. */
  private static final String[][] FONTS = {
      {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"},
      {"/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"}};

  private static final String FAMILY = "lsp-pm-sans";

  static void write(String html, String producer, OutputStream out) throws IOException {
    // openhtmltopdf reports to java.util.logging, which would print to the analyst's terminal.
    XRLog.setLoggingEnabled(false);
    String[] font = font();
    String page = font == null
        ? html.replace("\u2191 ", "").replace("\u2193 ", "").replace("\u2194 ", "")
        : html.replace("font-family:Arial,Helvetica,sans-serif", "font-family:" + FAMILY + ",sans-serif");
    PdfRendererBuilder builder = new PdfRendererBuilder()
        .useFastMode()
        .useSVGDrawer(new BatikSVGDrawer())
        .withProducer(producer)
        .withHtmlContent(page, null)
        .toStream(out);
    if (font != null) {
      builder.useFont(new File(font[0]), FAMILY, 400, FontStyle.NORMAL, true);
      builder.useFont(new File(font[1]), FAMILY, 700, FontStyle.NORMAL, true);
      builder.usePdfUaAccessibility(true);
    }
    builder.run();
  }

  /** The first font whose two faces are both present, or null. */
  private static String[] font() {
    for (String[] faces : FONTS) {
      if (Files.isReadable(Path.of(faces[0])) && Files.isReadable(Path.of(faces[1]))) {
        return faces;
      }
    }
    return null;
  }
}
