package org.convlab.model.lesson;

import java.util.List;
import java.util.Optional;
import org.convlab.core.ChannelCorrelation;
import org.convlab.core.ChannelStack;
import org.convlab.core.CrossCorrelation;
import org.convlab.model.WorkspaceState;
import org.convlab.model.lesson.ClaimCheck.Mismatch;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;

/** Checks the claims of D2L 6.4 about channels, banks and the cost of a layer against the app's arithmetic. */
final class ChannelClaims {
    private ChannelClaims() {
    }

    static boolean about(Claim claim) {
        return claim instanceof Claim.ChannelOutput || claim instanceof Claim.StackShape
                || claim instanceof Claim.BankShape || claim instanceof Claim.ProductPaths
                || claim instanceof Claim.LayerCost || claim instanceof Claim.Composition
                || claim instanceof Claim.PatchMatrix;
    }

    static Optional<Mismatch> check(WorkspaceState state, List<FMatrixRMaj> y, Claim claim) {
        if (claim instanceof Claim.ChannelOutput c) {
            if (c.channel() >= y.size()) {
                return Optional.of(new Mismatch("Y[" + c.channel() + "]", y.size() + " output channels"));
            }
            return same("Y[" + c.channel() + "] = ", ClaimCheck.format(c.value(), c.decimals()),
                    ClaimCheck.format(y.get(c.channel()), c.decimals()));
        }
        if (claim instanceof Claim.StackShape c) {
            return same("Y ", c.channels() + "x" + c.rows() + "x" + c.cols(),
                    y.size() + "x" + y.get(0).numRows + "x" + y.get(0).numCols);
        }
        if (claim instanceof Claim.BankShape c) {
            return same("K ", c.outputs() + "x" + c.inputs() + "x" + c.rows() + "x" + c.cols(),
                    state.outputChannels() + "x" + state.inputChannels() + "x" + state.kernel().numRows + "x"
                            + state.kernel().numCols);
        }
        if (claim instanceof Claim.ProductPaths c) {
            return productPaths(state, c);
        }
        if (claim instanceof Claim.LayerCost c) {
            return layerCost(state, c);
        }
        if (claim instanceof Claim.Composition c) {
            return composition(state, y.get(0), c);
        }
        Claim.PatchMatrix c = (Claim.PatchMatrix) claim;
        FMatrixRMaj patches = PatchMatrix.of(state);
        Optional<Mismatch> shape = same("the patch matrix ", c.rows() + "x" + c.cols(),
                patches.numRows + "x" + patches.numCols);
        if (shape.isPresent()) {
            return shape;
        }
        List<FMatrixRMaj> product = PatchMatrix.outputs(state, patches);
        for (int o = 0; o < y.size(); o++) {
            String claimed = ClaimCheck.format(y.get(o), 4);
            String actual = ClaimCheck.format(product.get(o), 4);
            if (!claimed.equals(actual)) {
                return Optional.of(new Mismatch("K times the patch matrix = Y[" + o + "] = " + claimed,
                        "K times the patch matrix = " + actual));
            }
        }
        return Optional.empty();
    }

    /**
     * The multiply-adds a claim on the step's state costs to check, beyond Y itself.
     *
     * @param state the varied state
     * @param claim the claim
     * @return the count
     */
    static long work(WorkspaceState state, Claim claim) {
        long taps = (long) state.kernel().numRows * state.kernel().numCols;
        long outputs = (long) Math.max(0, state.outputRows()) * Math.max(0, state.outputCols());
        long bank = Math.multiplyExact((long) state.inputChannels() * state.outputChannels(), taps);
        if (claim instanceof Claim.PatchMatrix || claim instanceof Claim.ProductPaths) {
            return Math.multiplyExact(bank, outputs);
        }
        if (claim instanceof Claim.Composition c) {
            long first = (long) state.input().numRows * state.input().numCols * c.first().getNumElements();
            return Math.addExact(first, Math.multiplyExact(outputs, c.second().getNumElements()));
        }
        return 0;
    }

    private static Optional<Mismatch> productPaths(WorkspaceState state, Claim.ProductPaths c) {
        if (!ChannelCorrelation.isPointwise(state.bank(), state.geometry())) {
            throw new IllegalArgumentException("the matrix-product claim needs 1x1 kernels with no padding and"
                    + " stride 1");
        }
        ChannelStack product = ChannelCorrelation.corr2d(state.stack(), state.bank(), state.biasArray(),
                state.geometry());
        int differing = 0;
        boolean agree = true;
        FMatrixRMaj part = null;
        for (int o = 0; o < state.outputChannels(); o++) {
            FMatrixRMaj sum = CrossCorrelation.corr2d(state.input(0), state.kernel(o, 0), state.bias(o),
                    state.geometry(), null);
            for (int ch = 1; ch < state.inputChannels(); ch++) {
                part = CrossCorrelation.corr2d(state.input(ch), state.kernel(o, ch), 0f, state.geometry(), part);
                CommonOps_FDRM.addEquals(sum, part);
            }
            FMatrixRMaj p = product.channel(o);
            for (int i = 0; i < sum.getNumElements(); i++) {
                differing += Float.floatToIntBits(sum.data[i]) != Float.floatToIntBits(p.data[i]) ? 1 : 0;
                agree &= ClaimCheck.format(sum.data[i], c.decimals()).equals(ClaimCheck.format(p.data[i], c.decimals()));
            }
        }
        String claimed = c.differing() + " cells differ, all agree to " + c.decimals() + " decimals";
        String actual = differing + " cells differ, " + (agree ? "all agree" : "not all agree") + " to "
                + c.decimals() + " decimals";
        return claimed.equals(actual) ? Optional.empty() : Optional.of(new Mismatch(claimed, actual));
    }

    private static Optional<Mismatch> layerCost(WorkspaceState state, Claim.LayerCost c) {
        long weights = (long) state.outputChannels() * state.inputChannels() * state.kernel().numRows
                * state.kernel().numCols;
        long outputs = (long) state.outputChannels() * state.outputRows() * state.outputCols();
        long multiplyAdds = outputs * state.inputChannels() * state.kernel().numRows * state.kernel().numCols;
        StringBuilder claimed = new StringBuilder();
        StringBuilder actual = new StringBuilder();
        part(claimed, actual, "multiply-adds", c.multiplyAdds(), multiplyAdds);
        part(claimed, actual, "parameters", c.parameters(), weights + state.outputChannels());
        part(claimed, actual, "output values", c.outputs(), outputs);
        return same("", claimed.toString(), actual.toString());
    }

    private static void part(StringBuilder claimed, StringBuilder actual, String what, Long value, long computed) {
        if (value != null) {
            String sep = claimed.length() > 0 ? ", " : "";
            claimed.append(sep).append(value).append(' ').append(what);
            actual.append(sep).append(computed).append(' ').append(what);
        }
    }

    private static Optional<Mismatch> composition(WorkspaceState state, FMatrixRMaj y, Claim.Composition c) {
        if (!state.singleChannel() || !state.geometry().isValid()) {
            throw new IllegalArgumentException("the composition claim is about one channel without padding,"
                    + " stride or dilation");
        }
        FMatrixRMaj k = state.kernel();
        String size = (c.first().numRows + c.second().numRows - 1) + "x" + (c.first().numCols + c.second().numCols - 1);
        Optional<Mismatch> shape = same("K ", size, k.numRows + "x" + k.numCols);
        if (shape.isPresent()) {
            return shape;
        }
        FMatrixRMaj once = CrossCorrelation.corr2d(state.input(), c.first());
        FMatrixRMaj twice = CrossCorrelation.corr2d(once, c.second());
        CommonOps_FDRM.add(twice, state.bias(), twice);
        return same("corr2d(corr2d(X, K1), K2) = ", ClaimCheck.format(y, 4), ClaimCheck.format(twice, 4));
    }

    private static Optional<Mismatch> same(String label, String claimed, String actual) {
        return claimed.equals(actual) ? Optional.empty()
                : Optional.of(new Mismatch(label + claimed, label + actual));
    }
}
