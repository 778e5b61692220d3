package org.convlab.ui.training;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.convlab.model.training.LossPoint;
import org.convlab.model.training.TrainingPhase;
import org.convlab.model.training.TrainingSession;
import org.convlab.ui.Texts;

/**
 * The loss per epoch as a line chart, with a log-scale toggle: the chapter's loss falls by four
 * orders of magnitude in ten epochs, a straight line on the log scale. On the log scale the chart
 * plots log10(loss) on a plain axis whose ticks are labelled as powers of ten.
 */
final class LossChart {
    /** Losses below this are drawn at it on the log scale (a loss of exactly 0 has no logarithm). */
    private static final double LOG_FLOOR = 1e-12;
    private final TrainingSession session;
    private final Texts texts;
    private final VBox root = new VBox();
    private final NumberAxis epochAxis = new NumberAxis();
    private final NumberAxis lossAxis = new NumberAxis();
    private final LineChart<Number, Number> chart = new LineChart<>(epochAxis, lossAxis);
    private XYChart.Series<Number, Number> series = new XYChart.Series<>();
    private final CheckBox log;
    private final StringConverter<Number> plain;
    private final Throttle throttle = new Throttle(50);

    LossChart(TrainingSession session, Texts texts) {
        this.session = session;
        this.texts = texts;
        chart.setId("lossChart");
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setLegendVisible(false);
        chart.getStyleClass().add("loss-chart");
        chart.getData().add(series);
        epochAxis.setLabel(texts.get("chart.epoch"));
        epochAxis.setAutoRanging(false);
        epochAxis.setMinorTickVisible(false);
        epochAxis.setTickLabelFormatter(new WholeNumber());
        lossAxis.setForceZeroInRange(true);
        plain = lossAxis.getTickLabelFormatter();
        log = new CheckBox(texts.get("chart.log"));
        log.setId("logScale");
        log.selectedProperty().addListener((obs, before, after) -> rebuild());
        Label title = new Label(texts.get("chart.title"));
        title.getStyleClass().add("panel-title");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(title, gap, log);
        head.getStyleClass().add("panel-head");
        VBox.setVgrow(chart, Priority.ALWAYS);
        root.getChildren().addAll(head, chart);
        root.getStyleClass().add("panel");
        session.snapshotProperty().addListener((obs, before, after) -> {
            if (throttle.pass(session.phase() == TrainingPhase.RUNNING)) {
                sync();
            }
        });
        session.phaseProperty().addListener((obs, before, after) -> sync());
        session.settingsProperty().addListener((obs, before, after) -> fitAxes(session.losses()));
        rebuild();
    }

    VBox root() {
        return root;
    }

    /** The chart's points, for tests: (epoch, plotted value). */
    ObservableList<XYChart.Data<Number, Number>> points() {
        return series.getData();
    }

    private void rebuild() {
        boolean isLog = log.isSelected();
        lossAxis.setLabel(texts.get(isLog ? "chart.logLoss" : "chart.loss"));
        lossAxis.setAutoRanging(!isLog);
        lossAxis.setMinorTickVisible(!isLog);
        lossAxis.setTickLabelFormatter(isLog ? new PowerOfTen() : plain);
        // the chart's zero line would sit at log10(loss) = 0, a loss of 1 that means nothing here
        chart.setHorizontalZeroLineVisible(!isLog);
        series.getData().clear();
        sync();
    }

    /**
     * Brings the series up to the session's points: keeps the common prefix (an epoch's loss never
     * changes) and replaces the rest, so adding an epoch costs one point and thinning costs one pass.
     */
    private void sync() {
        List<LossPoint> points = session.losses();
        if (points.isEmpty() && !series.getData().isEmpty()) {
            // LineChart keeps drawing the old line of a series whose points are all removed
            chart.getData().remove(series);
            series = new XYChart.Series<>();
            chart.getData().add(series);
        }
        ObservableList<XYChart.Data<Number, Number>> data = series.getData();
        int same = 0;
        int n = Math.min(points.size(), data.size());
        while (same < n && data.get(same).getXValue().intValue() == points.get(same).epoch()) {
            same++;
        }
        if (same < data.size()) {
            data.remove(same, data.size());
        }
        List<XYChart.Data<Number, Number>> added = new ArrayList<>(points.size() - same);
        for (int i = same; i < points.size(); i++) {
            LossPoint p = points.get(i);
            added.add(new XYChart.Data<>(p.epoch(), plotted(p.loss())));
        }
        // decided before the points go in, so a batch of epochs never gets symbols made and dropped
        chart.setCreateSymbols(data.size() + added.size() <= 60);
        data.addAll(added);
        fitAxes(points);
    }

    /**
     * Whole epochs from 1 to the run's length (so the chart shows how far the run has come), and
     * on the log scale whole powers of ten.
     */
    private void fitAxes(List<LossPoint> points) {
        int last = points.isEmpty() ? 1 : points.get(points.size() - 1).epoch();
        int end = session.settings().runToConvergence() ? last : Math.max(last, session.settings().epochs());
        end = Math.max(end, 2);
        epochAxis.setLowerBound(1);
        epochAxis.setUpperBound(end);
        epochAxis.setTickUnit(niceStep(end - 1));
        if (log.isSelected()) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (LossPoint p : points) {
                lo = Math.min(lo, plotted(p.loss()));
                hi = Math.max(hi, plotted(p.loss()));
            }
            if (points.isEmpty()) {
                lo = -1;
                hi = 1;
            }
            double bottom = Math.floor(lo);
            double top = Math.max(bottom + 1, Math.ceil(hi));
            lossAxis.setLowerBound(bottom);
            lossAxis.setUpperBound(top);
            lossAxis.setTickUnit(Math.max(1, Math.ceil((top - bottom) / 8)));
        }
    }

    /** A whole step of 1, 2 or 5 times a power of ten giving at most about ten ticks. */
    static double niceStep(double span) {
        double raw = Math.max(1, span / 10);
        double decade = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / decade;
        return Math.max(1, (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * decade);
    }

    private double plotted(double loss) {
        return log.isSelected() ? Math.log10(Math.max(LOG_FLOOR, loss)) : loss;
    }

    /** Tick labels of a log10 axis: 0.01 for -2, 1e-5 for -5. */
    private static final class PowerOfTen extends StringConverter<Number> {
        @Override
        public String toString(Number v) {
            long e = Math.round(v.doubleValue());
            if (e >= -3 && e <= 4) {
                return new java.math.BigDecimal(java.math.BigInteger.ONE, (int) -e).toPlainString();
            }
            return "1e" + e;
        }

        @Override
        public Number fromString(String s) {
            return Double.parseDouble(s);
        }
    }

    /** Epoch ticks as whole numbers. */
    private static final class WholeNumber extends StringConverter<Number> {
        @Override
        public String toString(Number v) {
            return Long.toString(Math.round(v.doubleValue()));
        }

        @Override
        public Number fromString(String s) {
            return Long.parseLong(s);
        }
    }
}
