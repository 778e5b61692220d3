package org.convlab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Dependencies point one way, ui -> model -> core: checked on the sources' imports. */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/org/convlab");

    /** Sources in the package that name the forbidden package, in an import or a qualified name. */
    private static List<String> offenders(String pkg, String forbidden) throws IOException {
        Pattern reference = Pattern.compile("\\b(" + forbidden + ")\\.");
        try (Stream<Path> files = Files.walk(MAIN.resolve(pkg))) {
            return files.filter(p -> p.toString().endsWith(".java")).filter(p -> {
                try {
                    String code = Files.readString(p).replaceFirst("(?m)^package .*;", "");
                    return reference.matcher(code).find();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(Path::toString).toList();
        }
    }

    @Test
    void sourcesAreWhereTheTestLooks() throws IOException {
        try (Stream<Path> files = Files.list(MAIN.resolve("core"))) {
            assertTrue(files.count() > 5, "core sources found");
        }
    }

    @Test
    void coreImportsNoJavaFx() throws IOException {
        assertEquals(List.of(), offenders("core", "javafx"));
    }

    @Test
    void coreKnowsNothingAboveIt() throws IOException {
        assertEquals(List.of(), offenders("core", "org\\.convlab\\.(model|ui|cli|io)"));
    }

    @Test
    void ioImportsNoJavaFx() throws IOException {
        assertEquals(List.of(), offenders("io", "javafx"));
    }

    @Test
    void modelDoesNotUseTheUi() throws IOException {
        assertEquals(List.of(), offenders("model", "org\\.convlab\\.ui|javafx\\.scene\\.control"));
    }
}
