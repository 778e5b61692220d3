package org.convlab.ui.workspace;

import javafx.beans.property.StringProperty;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Spinner;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.convlab.core.ConvGeometry;
import org.convlab.model.Workspace;
import org.convlab.model.WorkspaceState;
import org.convlab.ui.Texts;

/**
 * Padding, stride and dilation (D2L 6.3, PyTorch's {@code nn.Conv2d} conventions): a button on the
 * shape line under the panels that states the current values and opens a spinner for rows and one
 * for columns of each and a "same" shortcut. It takes no height from the panels, so the chapter's
 * window keeps its room. Every change is one undoable step; the shape line states the output
 * size's formula; a refusal of "same" shows under the kernel.
 */
final class GeometryControls extends MenuButton {
    private final Workspace workspace;
    private final Texts texts;
    private final StringProperty message;
    private final Spinner<Integer> padRows;
    private final Spinner<Integer> padCols;
    private final Spinner<Integer> strideRows;
    private final Spinner<Integer> strideCols;
    private final Spinner<Integer> dilationRows;
    private final Spinner<Integer> dilationCols;
    private final Subscription watching;
    private boolean updating;

    GeometryControls(Workspace workspace, Texts texts, StringProperty message) {
        this.workspace = workspace;
        this.texts = texts;
        this.message = message;
        getStyleClass().add("geometry-controls");
        setId("geometry-pane");
        setMnemonicParsing(false);
        setTooltip(Controls.tip(texts.get("geometry.tooltip")));
        ConvGeometry g = workspace.state().geometry();
        padRows = spinner(0, g.padRows(), "padding-rows", "geometry.padding.tooltip");
        padCols = spinner(0, g.padCols(), "padding-cols", "geometry.padding.tooltip");
        strideRows = spinner(1, g.strideRows(), "stride-rows", "geometry.stride.tooltip");
        strideCols = spinner(1, g.strideCols(), "stride-cols", "geometry.stride.tooltip");
        dilationRows = spinner(1, g.dilationRows(), "dilation-rows", "geometry.dilation.tooltip");
        dilationCols = spinner(1, g.dilationCols(), "dilation-cols", "geometry.dilation.tooltip");
        FlowPane padding = row("geometry.padding", padRows, padCols);
        padding.getChildren().add(Controls.button(texts, "geometry.same", this::same));
        CustomMenuItem controls = new CustomMenuItem(new VBox(padding, row("geometry.stride", strideRows, strideCols),
                row("geometry.dilation", dilationRows, dilationCols)));
        // editing a spinner must not close the menu
        controls.setHideOnClick(false);
        getItems().add(controls);
        watching = workspace.stateProperty().subscribe((a, b) -> show(b));
        show(workspace.state());
    }

    /** Stops following the workspace. */
    void dispose() {
        watching.unsubscribe();
    }

    private Spinner<Integer> spinner(int min, int value, String id, String tooltipKey) {
        Spinner<Integer> s = Controls.countSpinner(min, ConvGeometry.LARGEST, value, texts, tooltipKey);
        s.setId(id);
        s.valueProperty().addListener((o, a, b) -> apply());
        return s;
    }

    private FlowPane row(String key, Spinner<Integer> rows, Spinner<Integer> cols) {
        FlowPane row = new FlowPane(Controls.label(texts.get(key), "tool-label"), rows,
                Controls.label(",", "tool-label"), cols);
        row.getStyleClass().add("toolbar");
        return row;
    }

    private void apply() {
        if (updating) {
            return;
        }
        ConvGeometry g = new ConvGeometry(padRows.getValue(), padCols.getValue(), strideRows.getValue(),
                strideCols.getValue(), dilationRows.getValue(), dilationCols.getValue());
        message.set("");
        workspace.change("edit.geometry", st -> st.withGeometry(g));
    }

    /** PyTorch's padding='same': only for stride 1 and odd kernel sizes, otherwise a message says why. */
    private void same() {
        WorkspaceState s = workspace.state();
        ConvGeometry g = s.geometry();
        if (g.strideRows() != 1 || g.strideCols() != 1) {
            message.set(texts.get("geometry.same.needsStride1"));
        } else if (s.kernel().numRows % 2 == 0 || s.kernel().numCols % 2 == 0) {
            message.set(texts.format("geometry.same.needsOdd", s.kernel().numRows, s.kernel().numCols));
        } else {
            ConvGeometry same = ConvGeometry.same(s.kernel().numRows, s.kernel().numCols, 1, 1, g.dilationRows(),
                    g.dilationCols());
            if (same.padRows() > ConvGeometry.LARGEST || same.padCols() > ConvGeometry.LARGEST) {
                message.set(texts.format("geometry.same.tooLarge", same.padRows(), same.padCols(), ConvGeometry.LARGEST));
                return;
            }
            message.set("");
            workspace.change("edit.geometry", st -> st.withGeometry(same));
        }
    }

    private void show(WorkspaceState s) {
        ConvGeometry g = s.geometry();
        setText(texts.format("geometry.title", g.padRows(), g.padCols(), g.strideRows(), g.strideCols(),
                g.dilationRows(), g.dilationCols()));
        updating = true;
        try {
            padRows.getValueFactory().setValue(g.padRows());
            padCols.getValueFactory().setValue(g.padCols());
            strideRows.getValueFactory().setValue(g.strideRows());
            strideCols.getValueFactory().setValue(g.strideCols());
            dilationRows.getValueFactory().setValue(g.dilationRows());
            dilationCols.getValueFactory().setValue(g.dilationCols());
        } finally {
            updating = false;
        }
    }
}
