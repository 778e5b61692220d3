package org.convlab.ui.presentation;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.convlab.ui.MainWindow;
import org.convlab.ui.Texts;

/**
 * The View menu: the lessons pane, zoom (50-300%), presentation mode (F5) and the language. Each
 * item shows its keyboard shortcut, so every action has a keyboard path.
 */
public final class ViewActions {
    private final Texts texts = Texts.of("app");
    private final MainWindow window;
    private final Consumer<Locale> switchLanguage;

    public ViewActions(MainWindow window, Consumer<Locale> switchLanguage) {
        this.window = window;
        this.switchLanguage = switchLanguage;
    }

    public Menu menu() {
        CheckMenuItem lessons = new CheckMenuItem(texts.get("menu.view.lessons"));
        lessons.setId("menu-view-lessons");
        lessons.setAccelerator(KeyCombination.keyCombination("F2"));
        lessons.selectedProperty().bindBidirectional(window.lessonsShownProperty());
        MenuItem zoomIn = item("menu.view.zoomIn", "shortcut+EQUALS", PresentationMode::zoomIn);
        MenuItem zoomOut = item("menu.view.zoomOut", "shortcut+MINUS", PresentationMode::zoomOut);
        MenuItem zoomReset = item("menu.view.zoomReset", "shortcut+0", PresentationMode::resetZoom);
        MenuItem present = item("menu.view.present", "F5", PresentationMode::togglePresenting);
        Menu language = new Menu(texts.get("menu.view.language"));
        ToggleGroup group = new ToggleGroup();
        for (Locale l : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            RadioMenuItem item = new RadioMenuItem(l.getLanguage().equals("zh") ? "\u4e2d\u6587" : "English");
            item.setId("menu-language-" + l.getLanguage());
            item.getStyleClass().add("language-" + l.getLanguage());
            item.setToggleGroup(group);
            item.setSelected(Texts.locale().getLanguage().equals(l.getLanguage()));
            item.setOnAction(e -> {
                if (!Texts.locale().getLanguage().equals(l.getLanguage())) {
                    switchLanguage.accept(l);
                }
            });
            language.getItems().add(item);
        }
        Menu view = new Menu(texts.get("menu.view"), null, lessons, new SeparatorMenuItem(), zoomIn, zoomOut,
                zoomReset, present, new SeparatorMenuItem(), language);
        view.setId("menu-view");
        return view;
    }

    private MenuItem item(String key, String accelerator, Consumer<PresentationMode> action) {
        MenuItem item = new MenuItem(texts.get(key));
        item.setId(key.replace('.', '-'));
        // PresentationMode's key filter acts on these keys first and consumes them; the accelerator shows them.
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> {
            Scene scene = window.root().getScene();
            if (scene != null) {
                action.accept(PresentationMode.attach(scene));
            }
        });
        return item;
    }
}
