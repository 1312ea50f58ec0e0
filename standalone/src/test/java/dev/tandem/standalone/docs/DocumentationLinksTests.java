package dev.tandem.standalone.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A newcomer with only the repository finds everything the documents point to: every link of the README and of
 * {@code docs/} leads to a file of the repository (and to a heading of it, when it names one), never elsewhere.
 */
class DocumentationLinksTests {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.+)$", Pattern.MULTILINE);

    @Test
    void everyLinkOfTheDocumentsLeadsToAFileOrAHeadingOfTheRepository() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path document : documents()) {
            var links = LINK.matcher(Files.readString(document));
            while (links.find()) {
                String target = links.group(1);
                String problem = problemWith(document, target);
                if (problem != null) {
                    broken.add(REPOSITORY.relativize(document) + " → " + target + ": " + problem);
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void theDocumentsAreFoundAndLinkToEachOther() throws IOException {
        assertThat(documents()).contains(REPOSITORY.resolve("README.md"), REPOSITORY.resolve("docs/api.md"));
        assertThat(Files.readString(REPOSITORY.resolve("README.md"))).contains("](docs/api.md");
    }

    private static List<Path> documents() throws IOException {
        try (Stream<Path> docs = Files.walk(REPOSITORY.resolve("docs"))) {
            var all = new ArrayList<>(docs.filter(path -> path.toString().endsWith(".md"))
                    .sorted()
                    .toList());
            all.addFirst(REPOSITORY.resolve("README.md"));
            return all;
        }
    }

    /** Why a link does not lead inside the repository, or null when it does. */
    private static String problemWith(Path document, String target) throws IOException {
        if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            return "points outside the repository";
        }
        String[] fileAndHeading = target.split("#", 2);
        Path file = fileAndHeading[0].isEmpty()
                ? document
                : document.getParent().resolve(fileAndHeading[0]).normalize();
        if (!file.startsWith(REPOSITORY)) {
            return "points outside the repository";
        }
        if (!Files.exists(file)) {
            return "no such file";
        }
        if (fileAndHeading.length == 2 && !anchors(file).contains(fileAndHeading[1])) {
            return "no such heading";
        }
        return null;
    }

    /** The anchors a Markdown viewer gives a file's headings: lower case, punctuation dropped, spaces as dashes. */
    private static List<String> anchors(Path file) throws IOException {
        var headings = HEADING.matcher(Files.readString(file));
        var anchors = new ArrayList<String>();
        while (headings.find()) {
            anchors.add(headings.group(1)
                    .trim()
                    .toLowerCase(Locale.ROOT)
                    .replaceAll("[^\\p{L}\\p{N} _-]", "")
                    .replace(' ', '-'));
        }
        return anchors;
    }
}
