package org.convlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every bundle under org/convlab/i18n exists in English and Simplified Chinese with the same keys,
 * no empty text, and patterns whose placeholders match, so no student ever sees a {@code <key>}
 * or an English sentence in the Chinese window.
 */
class I18nCompletenessTest {
    private static final Path BUNDLES = Path.of("src/main/resources/org/convlab/i18n");

    private static List<Path> baseBundles() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.filter(p -> p.toString().endsWith(".properties") && !p.getFileName().toString().contains("_"))
                    .sorted().toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    private static Path chinese(Path base) {
        return base.resolveSibling(base.getFileName().toString().replace(".properties", "_zh_CN.properties"));
    }

    @Test
    void theBundlesAreWhereTheTestLooks() throws IOException {
        assertTrue(baseBundles().size() >= 2, "bundles found: " + baseBundles());
    }

    @Test
    void everyChineseBundleHasAnEnglishTwin() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path zh : files.filter(p -> p.toString().endsWith("_zh_CN.properties")).toList()) {
                Path en = zh.resolveSibling(zh.getFileName().toString().replace("_zh_CN", ""));
                assertTrue(Files.exists(en), zh + " has no English bundle " + en);
            }
        }
    }

    @Test
    void everyKeyIsInBothLanguagesAndNoTextIsEmpty() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path en : baseBundles()) {
            Path zh = chinese(en);
            if (!Files.exists(zh)) {
                problems.add(en.getFileName() + " has no Chinese twin " + zh.getFileName());
                continue;
            }
            Properties a = load(en);
            Properties b = load(zh);
            for (String key : new TreeSet<>(a.stringPropertyNames())) {
                if (!b.containsKey(key)) {
                    problems.add(zh.getFileName() + " lacks " + key);
                }
            }
            for (String key : new TreeSet<>(b.stringPropertyNames())) {
                if (!a.containsKey(key)) {
                    problems.add(en.getFileName() + " lacks " + key);
                }
            }
            for (Path file : List.of(en, zh)) {
                Properties p = file == en ? a : b;
                for (String key : p.stringPropertyNames()) {
                    if (p.getProperty(key).isBlank()) {
                        problems.add(file.getFileName() + ": " + key + " is empty");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void patternsHaveTheSamePlaceholdersInBothLanguages() throws IOException {
        for (Path en : baseBundles()) {
            Properties a = load(en);
            Properties b = load(chinese(en));
            for (String key : a.stringPropertyNames()) {
                String x = a.getProperty(key);
                String y = b.getProperty(key, "");
                if (!x.contains("{0") && !y.contains("{0")) {
                    continue;
                }
                int nx = new MessageFormat(x).getFormatsByArgumentIndex().length;
                int ny = new MessageFormat(y).getFormatsByArgumentIndex().length;
                assertEquals(nx, ny, en.getFileName() + " " + key + ": placeholders differ");
                assertFalse(y.contains("'") && !y.contains("''"), key + ": a lone apostrophe hides text");
            }
        }
    }

    @Test
    void chineseTextsAreWrittenInChinese() throws IOException {
        for (Path en : baseBundles()) {
            Properties b = load(chinese(en));
            long chinese = b.stringPropertyNames().stream()
                    .filter(k -> b.getProperty(k).codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                            == Character.UnicodeScript.HAN)).count();
            assertTrue(chinese >= b.size() * 0.5, chinese(en).getFileName() + ": only " + chinese + " of " + b.size()
                    + " texts contain Chinese");
        }
    }
}
