package org.convlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.convlab.model.Workspace;
import org.convlab.model.session.RecoveryFile;
import org.convlab.model.session.UserPreferences;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Builds the whole window in Chinese and reads every text a control shows (labels, buttons, tabs,
 * menus, tooltips, prompts): an English word among them is a string that did not come from a
 * bundle. Symbols, numbers, the chapter's notation and names that stay in English are allowed.
 */
@ExtendWith(ApplicationExtension.class)
class NoHardCodedTextTest {
    /** Words that are the same in both languages: notation, file formats, product and key names. */
    private static final Pattern ALLOWED_WORD = Pattern.compile(
            "X|K|Y|W|E|b|h|w|H|x|y|e|s|k|t|i|j|d|L|lr|dL|dK|db|vec|sum|corr2d|K_true|b_true|Tab|conv2d|tensor|torch|ConvLab|"
                    + "PyTorch|NumPy|CSV|csv|PNG|png|npy|JPEG|GIF|BMP|JSON|D2L|English|F5|F2|Esc|Ctrl|Shift|Sobel|"
                    + "Laplacian|Gaussian|epoch|loss|log|ms|px|max|min|nan|inf|nn|Conv2d|padding|stride|dilation|same|OH|OW|ph|pw|e[+-]?\\d+|[A-Za-z]\\d*|k_\\d+_\\d+");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z_0-9]*");
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Texts.setLocale(Locale.SIMPLIFIED_CHINESE);
        window = new MainWindow(new Workspace(), UserPreferences.forUser(),
                new RecoveryFile(java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "nohardcoded.convlab")),
                locale -> { });
        Scene scene = new Scene(window.root(), 1280, 800);
        ConvLabApp.addStylesheets(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterAll
    static void english() {
        Texts.setLocale(Locale.ENGLISH);
    }

    @Test
    void everyVisibleTextComesFromTheBundles(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> texts = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            window.lessonsShownProperty().set(true);
            window.trainingView();
            List<String> all = new ArrayList<>();
            collect(window.root(), all);
            collect(window.lessonsView().root(), all);
            return all;
        }));
        assertTrue(texts.size() > 100, "found " + texts.size() + " texts");
        TreeSet<String> english = new TreeSet<>();
        for (String text : texts) {
            var m = LATIN_WORD.matcher(text);
            while (m.find()) {
                if (!ALLOWED_WORD.matcher(m.group()).matches()) {
                    english.add(m.group() + "  in  \"" + text + "\"");
                }
            }
        }
        assertEquals(new TreeSet<String>(), english);
    }

    private static void collect(Node node, List<String> out) {
        if (node instanceof Labeled l) {
            add(out, l.getText());
        }
        if (node instanceof TextInputControl t) {
            add(out, t.getPromptText());
        }
        if (node instanceof Control c && c.getTooltip() != null) {
            add(out, c.getTooltip().getText());
        }
        if (node instanceof MenuBar bar) {
            bar.getMenus().forEach(menu -> collect(menu, out));
        }
        if (node instanceof MenuButton button) {
            button.getItems().forEach(item -> collect(item, out));
        }
        if (node instanceof TabPane tabs) {
            for (Tab tab : tabs.getTabs()) {
                add(out, tab.getText());
                if (tab.getContent() != null) {
                    collect(tab.getContent(), out);
                }
            }
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> collect(child, out));
        }
    }

    private static void collect(MenuItem item, List<String> out) {
        add(out, item.getText());
        if (item instanceof Menu menu) {
            menu.getItems().forEach(child -> collect(child, out));
        }
    }

    private static void add(List<String> out, String text) {
        if (text != null && !text.isBlank()) {
            out.add(text);
        }
    }
}
