package org.convlab.ui.training;

import java.util.function.DoublePredicate;
import java.util.function.Function;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;

/**
 * A text field for one number that commits on Enter or when it loses focus. Text that is not an
 * acceptable number is marked and explained, and the last good value stays in force: a typo
 * never reaches the model and loses nothing.
 */
final class NumberField extends TextField {
    private final DoublePredicate acceptable;
    private final Function<Double, String> format;
    private final String complaint;
    private java.util.function.DoubleConsumer onCommit = v -> { };
    private double value;

    /**
     * A field.
     *
     * @param acceptable which values are allowed
     * @param format     how a value is written
     * @param complaint  the tooltip for text that is not allowed
     */
    NumberField(DoublePredicate acceptable, Function<Double, String> format, String complaint) {
        this.acceptable = acceptable;
        this.format = format;
        this.complaint = complaint;
        getStyleClass().add("number-field");
        setPrefColumnCount(7);
        setOnAction(e -> commit());
        focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                commit();
            }
        });
        textProperty().addListener((obs, before, after) -> getStyleClass().remove("invalid"));
    }

    /** Says what to do with a good new value. */
    void setOnCommit(java.util.function.DoubleConsumer consumer) {
        this.onCommit = consumer;
    }

    /** Shows a value from the model (not a commit). */
    void show(double v) {
        value = v;
        setText(format.apply(v));
        getStyleClass().remove("invalid");
        setTooltip(null);
    }

    double value() {
        return value;
    }

    private void commit() {
        Double parsed = parse(getText());
        if (parsed == null || !acceptable.test(parsed)) {
            if (!getStyleClass().contains("invalid")) {
                getStyleClass().add("invalid");
            }
            setTooltip(new Tooltip(complaint));
            return;
        }
        setTooltip(null);
        if (parsed != value) {
            value = parsed;
            onCommit.accept(parsed);
        }
    }

    /** Reads "0.04", "4e-2" and a decimal comma "0,04"; null when it is not a number. */
    static Double parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().replace(',', '.');
        if (t.isEmpty() || t.contains(" ")) {
            return null;
        }
        try {
            double v = Double.parseDouble(t);
            return Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
