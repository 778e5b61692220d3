package org.convlab.model.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.convlab.core.ConvGeometry;
import org.convlab.core.PoolMode;
import org.convlab.core.PoolWindow;
import org.convlab.model.PoolingStage;
import org.convlab.model.WorkspaceState;
import org.ejml.data.FMatrixRMaj;

/**
 * The {@code "workspace"} object of a session file in its three versions. Version 1 holds X, K and b
 * of one channel; version 2 adds padding, stride and dilation; version 3 (D2L 6.4) holds every input
 * channel with its name ({@code "channels"}), the whole bank {@code C_out x C_in x kh x kw}
 * ({@code "kernels"}) and one bias per output channel ({@code "biases"}). A state a version 2 file can
 * hold exactly (one input channel of the default name, one output channel) is still written as
 * version 2, so the chapter's documents stay readable by the ConvLab versions before channels.
 */
final class WorkspaceSection {
    /** The version that adds channels. */
    static final int CHANNELS_VERSION = 3;
    /** The longest channel name a session holds (names label small panels). */
    static final int MAX_NAME_CHARS = 64;

    /** The names the file uses for the pooling modes, those of the command line's --mode. */
    private static final Map<PoolMode, String> MODE_NAMES = Map.of(PoolMode.MAX, "max", PoolMode.AVG, "avg");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private WorkspaceSection() {
    }

    /**
     * The version a state needs: 2 when it is the chapter's single channel, 3 otherwise.
     *
     * @param s the state
     * @return 2 or 3
     */
    static int versionFor(WorkspaceState s) {
        return s.singleChannel() && s.channelNames().equals(WorkspaceState.defaultNames(1)) ? 2 : CHANNELS_VERSION;
    }

    /**
     * The workspace object, in the version {@link #versionFor} gives.
     *
     * @param s the state
     * @return the JSON object
     */
    static ObjectNode write(WorkspaceState s) {
        ObjectNode ws = NODES.objectNode();
        if (versionFor(s) == 2) {
            ws.set("input", matrix(s.input()));
            ws.set("kernel", matrix(s.kernel()));
            ws.put("bias", s.bias());
        } else {
            ArrayNode channels = ws.putArray("channels");
            for (int c = 0; c < s.inputChannels(); c++) {
                ObjectNode channel = channels.addObject();
                channel.put("name", s.channelNames().get(c));
                channel.set("values", matrix(s.input(c)));
            }
            ArrayNode kernels = ws.putArray("kernels");
            for (int o = 0; o < s.outputChannels(); o++) {
                ArrayNode row = kernels.addArray();
                for (int c = 0; c < s.inputChannels(); c++) {
                    row.add(matrix(s.kernel(o, c)));
                }
            }
            ArrayNode biases = ws.putArray("biases");
            s.biases().forEach(biases::add);
        }
        ConvGeometry g = s.geometry();
        ObjectNode geometry = ws.putObject("geometry");
        geometry.putArray("padding").add(g.padRows()).add(g.padCols());
        geometry.putArray("stride").add(g.strideRows()).add(g.strideCols());
        geometry.putArray("dilation").add(g.dilationRows()).add(g.dilationCols());
        PoolingStage p = s.pooling();
        if (!p.equals(PoolingStage.OFF)) {
            ObjectNode pooling = ws.putObject("pooling");
            pooling.put("on", p.on());
            pooling.putArray("window").add(p.window().rows()).add(p.window().cols());
            pooling.putArray("stride").add(p.window().strideRows()).add(p.window().strideCols());
            pooling.putArray("padding").add(p.window().padRows()).add(p.window().padCols());
            pooling.put("mode", MODE_NAMES.get(p.mode()));
        }
        return ws;
    }

    /**
     * Reads a workspace object of a given version.
     *
     * @param r       the reader, for messages
     * @param ws      the object
     * @param version the file's version, 1 to 3
     * @return the state
     * @throws SessionFormatException for anything a state of that version cannot hold
     */
    static WorkspaceState read(SessionReader r, JsonNode ws, int version) throws SessionFormatException {
        ConvGeometry geometry = version == 1 ? ConvGeometry.VALID : geometry(r, r.object(ws, "geometry"));
        PoolingStage pooling = ws.has("pooling") ? pooling(r, r.object(ws, "pooling")) : PoolingStage.OFF;
        if (version < CHANNELS_VERSION) {
            return r.state(r.matrix(ws, "input", SessionFile.MAX_SIDE), r.matrix(ws, "kernel", SessionFile.MAX_SIDE),
                    r.finite(ws, "bias"), geometry, pooling);
        }
        List<FMatrixRMaj> inputs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        JsonNode channels = r.array(ws, "channels", WorkspaceState.MAX_CHANNELS, "input channels");
        for (int c = 0; c < channels.size(); c++) {
            String at = "channel " + c;
            JsonNode channel = r.objectAt(channels, c, "channels", at, "an object with a name and values");
            names.add(r.name(channel, "channels", at, MAX_NAME_CHARS));
            inputs.add(r.matrix(r.element(channel, "values", "channels", at), "channels", at + ": ",
                    SessionFile.MAX_SIDE));
        }
        List<List<FMatrixRMaj>> bank = new ArrayList<>();
        JsonNode kernels = r.array(ws, "kernels", WorkspaceState.MAX_CHANNELS, "output channels");
        for (int o = 0; o < kernels.size(); o++) {
            String at = "output channel " + o;
            JsonNode row = r.listAt(kernels, o, "kernels", at, "a list of one kernel per input channel");
            if (row.size() != inputs.size()) {
                throw r.bad("kernels", at + " has " + row.size() + " kernels but there are " + inputs.size()
                        + " input channels; it needs one per input channel");
            }
            List<FMatrixRMaj> matrices = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                matrices.add(r.matrix(row.get(c), "kernels", "kernel (" + o + ", " + c + "): ",
                        SessionFile.MAX_SIDE));
            }
            bank.add(matrices);
        }
        List<Float> biases = r.finiteList(ws, "biases", WorkspaceState.MAX_CHANNELS);
        if (biases.size() != bank.size()) {
            throw r.bad("biases", "holds " + biases.size() + " values but there are " + bank.size()
                    + " output channels; it needs one per output channel");
        }
        return r.state(inputs, names, bank, biases, geometry, pooling);
    }

    private static ConvGeometry geometry(SessionReader r, JsonNode g) throws SessionFormatException {
        int[] padding = r.pair(g, "padding", 0, ConvGeometry.LARGEST);
        int[] stride = r.pair(g, "stride", 1, ConvGeometry.LARGEST);
        int[] dilation = r.pair(g, "dilation", 1, ConvGeometry.LARGEST);
        return new ConvGeometry(padding[0], padding[1], stride[0], stride[1], dilation[0], dilation[1]);
    }

    private static PoolingStage pooling(SessionReader r, JsonNode p) throws SessionFormatException {
        PoolWindow window = r.poolWindow(r.pair(p, "window", 1, ConvGeometry.LARGEST),
                r.pair(p, "stride", 1, ConvGeometry.LARGEST), r.pair(p, "padding", 0, ConvGeometry.LARGEST));
        String mode = r.text(p, "mode", List.of("max", "avg"));
        return new PoolingStage(r.bool(p, "on"), window, "max".equals(mode) ? PoolMode.MAX : PoolMode.AVG);
    }

    /**
     * A matrix as a list of rows.
     *
     * @param m the matrix, not modified
     * @return the JSON array
     */
    static ArrayNode matrix(FMatrixRMaj m) {
        ArrayNode rows = NODES.arrayNode();
        for (int i = 0; i < m.numRows; i++) {
            ArrayNode row = rows.addArray();
            for (int j = 0; j < m.numCols; j++) {
                row.add(m.get(i, j));
            }
        }
        return rows;
    }
}
