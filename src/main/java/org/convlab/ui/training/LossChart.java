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
import org.convlab.model.training.Figures;
import org.convlab.model.training.LossPoint;
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
    private final XYChart.Series<Number, Number> series = new XYChart.Series<>();
    private final CheckBox log;
    private final StringConverter<Number> plain;

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
        epochAxis.setForceZeroInRange(false);
        epochAxis.setMinorTickVisible(false);
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
        session.snapshotProperty().addListener((obs, before, after) -> sync());
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
        lossAxis.setForceZeroInRange(!isLog);
        lossAxis.setTickLabelFormatter(isLog ? new PowerOfTen() : plain);
        series.getData().clear();
        sync();
    }

    /**
     * Brings the series up to the session's points: keeps the common prefix (an epoch's loss never
     * changes) and replaces the rest, so adding an epoch costs one point and thinning costs one pass.
     */
    private void sync() {
        List<LossPoint> points = session.losses();
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
        data.addAll(added);
        chart.setCreateSymbols(data.size() <= 60);
    }

    private double plotted(double loss) {
        return log.isSelected() ? Math.log10(Math.max(LOG_FLOOR, loss)) : loss;
    }

    /** Tick labels of a log10 axis: 1e-2 for -2, the value itself between powers. */
    private static final class PowerOfTen extends StringConverter<Number> {
        @Override
        public String toString(Number v) {
            double e = v.doubleValue();
            if (Math.abs(e - Math.rint(e)) < 1e-9) {
                return "1e" + Math.round(e);
            }
            return Figures.loss(Math.pow(10, e));
        }

        @Override
        public Number fromString(String s) {
            return Double.parseDouble(s);
        }
    }
}
