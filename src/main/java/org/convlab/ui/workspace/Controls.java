package org.convlab.ui.workspace;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.convlab.ui.Texts;

/**
 * The small controls every panel of the workspace makes the same way: buttons with a tooltip from
 * the bundle, size spinners, and labels with a style class.
 */
final class Controls {
    private Controls() {
    }

    static <B extends ButtonBase> B withTip(B button, Texts texts, String key) {
        button.setText(texts.get(key));
        button.setTooltip(tip(texts.get(key + ".tooltip")));
        button.setMnemonicParsing(false);
        return button;
    }

    static Button button(Texts texts, String key, Runnable action) {
        Button b = withTip(new Button(), texts, key);
        b.setId(key.replace('.', '-'));
        b.setOnAction(e -> action.run());
        return b;
    }

    static Tooltip tip(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(480);
        t.setShowDelay(Duration.millis(400));
        t.setShowDuration(Duration.seconds(30));
        return t;
    }

    static Label label(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        return l;
    }

    /** A panel's title: it wraps rather than be cut, and keeps its lines when the panel is short. */
    static Label title(String text) {
        return caption(label(text, "panel-title"));
    }

    /** A label that wraps in a narrow panel and keeps all its lines when the panel is short. */
    static Label caption(Label l) {
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    /** Gives a size field room for the digits of its largest value (1024 for a picture), at any zoom. */
    static void fitDigits(Spinner<Integer> s, int max) {
        s.getEditor().setPrefColumnCount(String.valueOf(max).length() + 2);
    }

    static Spinner<Integer> sizeSpinner(int max, int value, Texts texts, String tooltipKey) {
        var factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(1, max, value);
        // Text that is not a whole number leaves the size as it was instead of throwing.
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer v) {
                return v == null ? "" : v.toString();
            }

            @Override
            public Integer fromString(String text) {
                try {
                    return Integer.valueOf(text.trim());
                } catch (NumberFormatException e) {
                    return factory.getValue();
                }
            }
        });
        Spinner<Integer> s = new Spinner<>(factory);
        s.setEditable(true);
        fitDigits(s, max);
        s.getStyleClass().add("size-spinner");
        s.setTooltip(tip(texts.get(tooltipKey)));
        return s;
    }
}
