package org.lsppm.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --output} replaces only what is ours to replace: a new file, or an existing regular file
 * that may be written. A device, a named pipe, a socket, a read-only file or a path into a
 * directory that is not there is refused with exit 2, one line naming the path and the cause,
 * and is left exactly as it was (a device is still that device). The special files are made in
 * a temporary directory, never in {@code /dev}; CI runs these as root, where a device can be made.
 */
class SpecialOutputTest {
  private static final String PIPE_OR_DEVICE = " (lsp-pm replaces only regular files; to send a report to a pipe or device, "
      + "leave out --output and redirect standard output)";

  @TempDir
  Path dir;

  private Path measurements;
  private byte[] original;

  @BeforeEach
  void copyTheBundledMeasurements() throws IOException {
    measurements = Files.copy(Path.of(Cli.data("measurements.csv")), dir.resolve("m.csv"));
    original = Files.readAllBytes(measurements);
  }

  /** Exit 2, exactly {@code line} on standard error, nothing on standard output, the input as it was. */
  private void refusedWith(Path output, String line) throws IOException {
    Cli r = Cli.run("rate", "--measurements", measurements.toString(), "--format", "csv", "--output", output.toString());

    assertThat(r.exit()).as(r.err()).isEqualTo(2);
    assertThat(r.err().lines().toList()).containsExactly(line);
    assertThat(r.out()).isEmpty();
    assertThat(Files.readAllBytes(measurements)).isEqualTo(original);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
    }
  }

  private static int type(Path p) throws IOException {
    return (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0170000;
  }

  private static void run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    assertThat(p.waitFor()).as(String.join(" ", command)).isZero();
  }

  @Test
  void a_named_pipe_is_refused_and_is_still_a_pipe() throws Exception {
    Path fifo = dir.resolve("pipe");
    run("mkfifo", fifo.toString());

    refusedWith(fifo, fifo + ": expected a new file or a regular file to replace, got a named pipe (FIFO)" + PIPE_OR_DEVICE);

    assertThat(type(fifo)).isEqualTo(0010000);
  }

  @Test
  void a_character_device_like_dev_null_is_refused_and_is_still_that_device() throws Exception {
    assumeTrue("root".equals(System.getProperty("user.name")), "making a device needs root (CI runs as root)");
    Path device = dir.resolve("null-twin");
    run("mknod", device.toString(), "c", "1", "3");

    refusedWith(device, device + ": expected a new file or a regular file to replace, got a character device" + PIPE_OR_DEVICE);

    assertThat(type(device)).isEqualTo(0020000);
    assertThat(((Number) Files.getAttribute(device, "unix:rdev")).longValue()).isEqualTo((1 << 8) | 3);
  }

  @Test
  void a_socket_is_refused_and_is_still_a_socket() throws Exception {
    Path socket = dir.resolve("s.sock");
    try (ServerSocketChannel server = ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
      server.bind(UnixDomainSocketAddress.of(socket));

      refusedWith(socket, socket + ": expected a new file or a regular file to replace, got a socket" + PIPE_OR_DEVICE);

      assertThat(type(socket)).isEqualTo(0140000);
    }
  }

  @Test
  void a_read_only_file_is_refused_and_kept_whatever_the_user() throws Exception {
    Path kept = Files.writeString(dir.resolve("signed-off.csv"), "the copy the board signed off");
    Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("r--r--r--"));

    refusedWith(kept, kept + ": expected a file that may be written, got a read-only file (permission denied)");

    assertThat(kept).hasContent("the copy the board signed off");
    assertThat(Files.getPosixFilePermissions(kept)).isEqualTo(PosixFilePermissions.fromString("r--r--r--"));
  }

  @Test
  void a_directory_that_is_not_there_is_named_with_the_users_path() throws Exception {
    Path output = dir.resolve("no-such-dir/r.csv");

    refusedWith(output, output + ": expected a file in an existing directory, got no such directory (" + dir.resolve("no-such-dir") + ")");
  }

  @Test
  void a_directory_link_to_nothing_is_named_as_such() throws Exception {
    Path dangling = Files.createSymbolicLink(dir.resolve("gone"), dir.resolve("deleted-dir"));
    Path output = dangling.resolve("r.csv");

    refusedWith(output, output + ": expected a file in an existing directory, got a directory path that is a symbolic link to nothing ("
        + dangling + ")");
  }

  @Test
  void a_path_through_a_file_is_refused() throws Exception {
    Path output = measurements.resolve("r.csv");

    refusedWith(output, output + ": expected a file in a directory, got a path through " + measurements + ", which is not a directory");
  }

  @Test
  void an_empty_output_name_is_refused() throws Exception {
    Cli r = Cli.run("rate", "--measurements", measurements.toString(), "--output", "");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().lines().toList()).containsExactly("--output: expected a file name (or - for standard output), got an empty one");
  }

  @Test
  void a_pdf_or_workbook_is_never_sent_to_standard_output() {
    Cli r = Cli.run("rate", "--measurements", measurements.toString(), "--format", "pdf", "--output", "-");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().lines().toList())
        .containsExactly("--format pdf: expected --output FILE.pdf, got none (a PDF is not text to print on a terminal)");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void a_dash_writes_to_standard_output() {
    Cli r = Cli.run("rate", "--measurements", measurements.toString(), "--format", "csv", "--output", "-");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("indicator,");
    assertThat(dir.resolve("-")).doesNotExist();
  }

  @Test
  void a_temporary_file_left_by_a_killed_run_is_removed_by_the_next_and_nothing_else_is() throws Exception {
    Path output = dir.resolve("r.csv");
    Path stale = Files.writeString(dir.resolve(".r.csv.lsp-pm-2147483646-1234.part"), "half a report");
    Path running = Files.writeString(dir.resolve(".r.csv.lsp-pm-" + ProcessHandle.current().pid() + "-99.part"), "in progress");
    Path theirs = Files.writeString(dir.resolve(".r.csv.other.part"), "not ours");

    Cli r = Cli.run("rate", "--measurements", measurements.toString(), "--format", "csv", "--output", output.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(stale).doesNotExist();
    assertThat(running).hasContent("in progress");
    assertThat(theirs).hasContent("not ours");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
          .isEqualTo(List.of(".r.csv.lsp-pm-" + ProcessHandle.current().pid() + "-99.part", ".r.csv.other.part", "m.csv", "r.csv"));
    }
  }

  @Test
  void a_directory_given_as_an_input_is_named_as_a_directory() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("outturns"));

    Cli r = Cli.run("rate", "--measurements", folder.toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo(folder + ": expected a readable file, got a directory");
  }
}
