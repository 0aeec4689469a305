import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Rewrites a class list written by -XX:DumpLoadedClassList in a fixed order, so that two builds
 * ship the same file: every class name sorted, then every {@code @} directive (lambda proxies and
 * lambda-form invokers, which name classes listed above) sorted. The threads of a training run
 * load some classes in a different order each time; the archive made from the list does not
 * depend on that order. Run with the JDK's source launcher: java SortClassList.java IN OUT.
 */
public final class SortClassList {
  private SortClassList() {}

  public static void main(String[] args) throws IOException {
    TreeSet<String> classes = new TreeSet<>();
    TreeSet<String> directives = new TreeSet<>();
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      (line.startsWith("@") ? directives : classes).add(line);
    }
    List<String> out = new ArrayList<>();
    out.add("# lsp-pm's class list for -XX:SharedClassListFile, from a training run of the demo.");
    out.addAll(classes);
    out.addAll(directives);
    Files.write(Path.of(args[1]), out, StandardCharsets.UTF_8);
  }
}
