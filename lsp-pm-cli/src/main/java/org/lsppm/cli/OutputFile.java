package org.lsppm.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.lsppm.io.BadInput;
import org.lsppm.io.InputProblem;
import org.lsppm.io.FileProblems;
import org.lsppm.io.XlsxFile;

/**
 * The one place that decides whether a report may be written to {@code --output}, and writes it.
 *
 * <p>An output must be absent, or an existing regular file that may be written. Refused, and
 * never touched: one of the run's input files (under any spelling such as
 * {@code ./files/../files/m.csv}, or through a symbolic link); a symbolic link (writing through it
 * would replace whatever it points at); a directory, a device, a named pipe or a socket (to send
 * a report to one of those, write to standard output); a read-only file; a path whose directory
 * does not exist or may not be written. An accepted report is written to a temporary file in the
 * output's directory, named {@code .NAME.lsp-pm-PID-N.part}, and moved into place only when
 * complete (atomically where the file system allows), so an existing file at that path is
 * replaced whole or left as it was, never half-written; the temporary file is removed if anything
 * fails, and one left by a run that was killed (its process is gone) is removed by the next run
 * into that directory.
 */
final class OutputFile {
  /** What the temporary files of lsp-pm are named with, after the output's name. */
  private static final String MARK = ".lsp-pm-";
  private static final String PART = ".part";

  private OutputFile() {}

  /** Refuses {@code output} as above, naming the input it would overwrite. */
  static void check(Path output, Collection<Path> inputs) throws BadInput {
    List<String> problems = new ArrayList<>();
    String name = output.toString();
    if (name.isEmpty()) {
      throw BadInput.of("--output: expected a file name (or - for standard output), got an empty one");
    }
    if (Files.isSymbolicLink(output)) {
      problems.add(name + ": expected a new file or a regular file to replace, got a symbolic link"
          + " (lsp-pm does not write through links; name the file itself)");
    } else if (Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
      problems.add(name + ": expected a file to write, got a directory");
    } else if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
      if (!Files.isRegularFile(output, LinkOption.NOFOLLOW_LINKS)) {
        problems.add(name + ": expected a new file or a regular file to replace, got " + kind(output)
            + " (lsp-pm replaces only regular files; to send a report to a pipe or device, leave out --output"
            + " and redirect standard output)");
      } else if (readOnly(output)) {
        problems.add(name + ": expected a file that may be written, got a read-only file (permission denied)");
      }
    } else {
      directoryProblem(output).ifPresent(problems::add);
    }
    Path target = resolved(output);
    for (Path input : inputs) {
      Path in = resolved(XlsxFile.file(input));
      if (in != null && in.equals(target)) {
        problems.add(name + ": expected an output file that is not an input, got the same file as the input " + input
            + " (it would be overwritten)");
      }
    }
    BadInput.throwIfAny(problems.stream().map(InputProblem::of).toList());
  }

  /** Why a new file cannot be made at {@code output}, if it cannot: its directory is missing or read-only. */
  private static java.util.Optional<String> directoryProblem(Path output) {
    Path parent = output.toAbsolutePath().getParent();
    String name = output.toString();
    if (Files.isSymbolicLink(parent) && !Files.exists(parent)) {
      return java.util.Optional.of(name + ": expected a file in an existing directory, got a directory path that is a symbolic link"
          + " to nothing (" + parent + ")");
    }
    if (!Files.exists(parent)) {
      return java.util.Optional.of(name + ": expected a file in an existing directory, got no such directory (" + parent + ")");
    }
    if (!Files.isDirectory(parent)) {
      return java.util.Optional.of(name + ": expected a file in a directory, got a path through " + parent + ", which is not a directory");
    }
    if (!Files.isWritable(parent)) {
      return java.util.Optional.of(name + ": expected a directory that may be written, got permission denied (" + parent + ")");
    }
    return java.util.Optional.empty();
  }

  /**
   * Whether a regular file may not be written: the system says so, or no one has permission to
   * write it (which the superuser would otherwise ignore).
   */
  private static boolean readOnly(Path file) {
    if (!Files.isWritable(file)) {
      return true;
    }
    try {
      PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
      if (posix == null) {
        return false;
      }
      Set<PosixFilePermission> p = posix.readAttributes().permissions();
      return !p.contains(PosixFilePermission.OWNER_WRITE) && !p.contains(PosixFilePermission.GROUP_WRITE)
          && !p.contains(PosixFilePermission.OTHERS_WRITE);
    } catch (IOException e) {
      return true;
    }
  }

  /** What a file that is neither regular, a directory nor a link is, in words. */
  private static String kind(Path path) {
    try {
      int type = (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0170000;
      return switch (type) {
        case 0020000 -> "a character device";
        case 0060000 -> "a block device";
        case 0010000 -> "a named pipe (FIFO)";
        case 0140000 -> "a socket";
        default -> "a special file";
      };
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "a special file";
    }
  }

  /** What writes a report; it may find the input bad part-way, and then nothing is kept. */
  interface Body {
    void writeTo(java.io.OutputStream out) throws IOException, BadInput;
  }

  /** Writes the body to {@code output} through a temporary file moved into place when complete. */
  static void write(Path output, Body body) throws IOException, BadInput {
    Path absolute = output.toAbsolutePath();
    Path directory = absolute.getParent();
    String prefix = "." + absolute.getFileName() + MARK;
    removeStale(directory, prefix);
    Path temp;
    try {
      temp = Files.createTempFile(directory, prefix + ProcessHandle.current().pid() + "-", PART);
    } catch (IOException e) {
      throw BadInput.of(output + ": expected a directory that may be written, got " + FileProblems.cause(e) + " (" + directory + ")");
    }
    try {
      writeWhole(temp, body);
      readableAsBefore(temp, absolute);
      // Checked again: what is at the path may have changed while the report was made.
      check(output, List.of());
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
   * Removes the temporary files that earlier runs of lsp-pm left in {@code directory} for an
   * output of this name when they were killed: only regular files named as lsp-pm names them,
   * whose process is no longer running.
   */
  private static void removeStale(Path directory, String prefix) {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory,
        p -> p.getFileName().toString().startsWith(prefix) && p.getFileName().toString().endsWith(PART))) {
      for (Path file : files) {
        String rest = file.getFileName().toString().substring(prefix.length());
        int dash = rest.indexOf('-');
        if (dash > 0 && rest.substring(0, dash).chars().allMatch(Character::isDigit) && dash <= 18
            && ProcessHandle.of(Long.parseLong(rest.substring(0, dash))).isEmpty()
            && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
          Files.deleteIfExists(file);
        }
      }
    } catch (IOException | SecurityException e) {
      // A stale file that cannot be removed is left; it never stops the report.
    }
  }

  /**
   * A temporary file is made readable by its owner only; the report it becomes keeps the
   * permissions of the file it replaces, or is readable by all as a new file would be.
   */
  private static void readableAsBefore(Path temp, Path output) throws IOException {
    if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
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
    Path directory = Path.of(System.getProperty("java.io.tmpdir"));
    String prefix = "lsp-pm-standard-output" + MARK;
    removeStale(directory, prefix);
    Path temp = Files.createTempFile(directory, prefix + ProcessHandle.current().pid() + "-", PART);
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
