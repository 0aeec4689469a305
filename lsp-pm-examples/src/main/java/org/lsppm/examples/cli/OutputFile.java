package org.lsppm.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The one place that decides whether a report may be written to {@code --output}, and writes it.
 *
 * <p>An output is refused when it is, or resolves to, one of the run's input files (the same file
 * under another spelling such as {@code ./files/../files/m.csv}, or through a symbolic link), when
 * it is a symbolic link itself (writing through it would replace whatever it points at), and when
 * it is a directory. A refused output is never touched. An accepted report is written to a
 * temporary file in the output's directory and moved into place only when complete (atomically
 * where the file system allows), so an existing file at that path is replaced whole or left as it
 * was, never half-written; the temporary file is removed if anything fails.
 */
final class OutputFile {
  private OutputFile() {}

  /** Refuses {@code output} as above, naming the input it would overwrite. */
  static void check(Path output, Collection<Path> inputs) throws BadInput {
    List<String> problems = new ArrayList<>();
    if (Files.isSymbolicLink(output)) {
      problems.add(output + ": expected a new file or a regular file to replace, got a symbolic link"
          + " (lsp-pm does not write through links; name the file itself)");
    } else if (Files.isDirectory(output)) {
      problems.add(output + ": expected a file to write, got a directory");
    }
    Path target = resolved(output);
    for (Path input : inputs) {
      Path in = resolved(XlsxFile.file(input));
      if (in != null && in.equals(target)) {
        problems.add(output + ": expected an output file that is not an input, got the same file as the input " + input
            + " (it would be overwritten)");
      }
    }
    BadInput.throwIfAny(problems);
  }

  /** What writes a report; it may find the input bad part-way, and then nothing is kept. */
  interface Body {
    void writeTo(java.io.OutputStream out) throws IOException, BadInput;
  }

  /** Writes the body to {@code output} through a temporary file moved into place when complete. */
  static void write(Path output, Body body) throws IOException, BadInput {
    Path absolute = output.toAbsolutePath();
    Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".part");
    try {
      writeWhole(temp, body);
      readableAsBefore(temp, absolute);
      try {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * A temporary file is made readable by its owner only; the report it becomes keeps the
   * permissions of the file it replaces, or is readable by all as a new file would be.
   */
  private static void readableAsBefore(Path temp, Path output) throws IOException {
    if (!Files.getFileStore(temp).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
      return;
    }
    Files.setPosixFilePermissions(temp, Files.exists(output) ? Files.getPosixFilePermissions(output)
        : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
  }

  /**
   * Writes the body to standard output only once it is complete: it goes to a temporary file
   * first, so a large report never sits in memory and bad input found part-way prints nothing.
   */
  static void writeTo(java.io.Writer out, Body body) throws IOException, BadInput {
    Path temp = Files.createTempFile("lsp-pm-", ".part");
    try {
      writeWhole(temp, body);
      try (java.io.Reader in = Files.newBufferedReader(temp, StandardCharsets.UTF_8)) {
        in.transferTo(out);
      }
      out.flush();
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static void writeWhole(Path file, Body body) throws IOException, BadInput {
    try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      body.writeTo(out);
    }
  }

  /**
   * The real path of {@code path} after every link, or of its directory plus its name where the
   * file does not exist yet; null when not even the directory resolves.
   */
  private static Path resolved(Path path) {
    try {
      if (Files.exists(path)) {
        return path.toRealPath();
      }
      Path absolute = path.toAbsolutePath().normalize();
      Path parent = absolute.getParent();
      return parent != null && Files.exists(parent) ? parent.toRealPath().resolve(absolute.getFileName()) : absolute;
    } catch (IOException e) {
      return null;
    }
  }
}
