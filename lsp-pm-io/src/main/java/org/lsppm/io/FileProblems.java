package org.lsppm.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** What went wrong with a file, in the words a person uses for it rather than an exception's. */
public final class FileProblems {
  private FileProblems() {}

  /** {@code name: expected a readable file, got ...}, with the cause in words. */
  static InputProblem unreadable(String name, IOException e) {
    return InputProblem.inFile(name, "expected a readable file, got " + cause(e));
  }

  /** The cause of {@code e} as a person says it: "permission denied", "no such file or directory". */
  public static String cause(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "none at that path";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "a path through something that is not a directory";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason().toLowerCase(java.util.Locale.ROOT);
    }
    String message = e.getMessage();
    if ("Is a directory".equals(message)) {
      return "a directory";
    }
    if (message == null || message.isBlank()) {
      return "an error reading it";
    }
    String printable = org.lsppm.core.Problem.printable(message);
    return Character.toLowerCase(printable.charAt(0)) + printable.substring(1);
  }
}
