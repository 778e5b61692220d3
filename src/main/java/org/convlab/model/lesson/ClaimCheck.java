package org.convlab.model.lesson;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.convlab.core.ChannelCorrelation;
import org.convlab.core.ChannelStack;
import org.convlab.core.CorrelationMatrix;
import org.convlab.core.CrossCorrelation;
import org.convlab.core.LossLandscape;
import org.convlab.model.KernelWindow;
import org.convlab.model.WorkspaceState;
import org.convlab.model.training.TrainingProblem;
import org.convlab.model.training.TrainingSettings;
import org.convlab.model.training.TrainingTask;
import org.convlab.model.training.WholeRun;
import org.ejml.data.FMatrixRMaj;

/**
 * Checks a step's claims against what its setup computes: corr2d for the workspace, its pooling
 * for Z ({@link PooledClaims}), and for
 * training the run as the training pane plays and stops it ({@link WholeRun}). Numbers are
 * compared as the text quotes them, rounded half-even to the claim's decimals like Python's
 * {@code f"{x:.3f}"}.
 */
public final class ClaimCheck {
    private ClaimCheck() {
    }

    /**
     * What a claim says and what the setup gives instead.
     *
     * @param claimed what the claim says, in math notation ("Y[0,0] = 19")
     * @param actual  what the setup computes, in the same notation
     */
    public record Mismatch(String claimed, String actual) {
    }

    /**
     * Checks one claim.
     *
     * @param step  the step whose setup the claim is about
     * @param claim the claim
     * @return the mismatch, or empty when the claim holds
     */
    public static Optional<Mismatch> check(LessonStep step, Claim claim) {
        WorkspaceState state = claim.with().apply(step.setup());
        boolean training = claim instanceof Claim.Loss || claim instanceof Claim.TrainedKernel
                || claim instanceof Claim.Diverges;
        if (!state.singleChannel() && (training || claim instanceof Claim.StableRateLimit
                || claim instanceof Claim.MatrixForm || claim instanceof Claim.ShiftChanges)) {
            // the training pane, the loss landscape and W are the chapter's one-channel pictures
            throw new IllegalArgumentException("this kind of claim is checked for one input and one output channel"
                    + " only; the setup has " + state.inputChannels() + " and " + state.outputChannels());
        }
        if (training) {
            return checkTraining(step, state, claim);
        }
        if (claim instanceof Claim.StableRateLimit c) {
            double limit = state.geometry().isValid() ? stableRateLimit(state.input(), state.kernel())
                    : LossLandscape.of(state.input(), new FMatrixRMaj(state.outputRows(), state.outputCols()),
                            state.kernel().numRows, state.kernel().numCols, false, state.geometry()).largestStableRate();
            return compare("lr_max = " + c.written(), c.value(), "lr_max = ", limit, c.decimals());
        }
        if (claim instanceof Claim.MatrixForm c) {
            FMatrixRMaj w = CorrelationMatrix.of(state.input().numRows, state.input().numCols, state.kernel(),
                    state.geometry());
            String claimed = "W " + c.rows() + "x" + c.cols() + ", " + c.nonzeros() + " != 0";
            String actual = "W " + w.numRows + "x" + w.numCols + ", " + nonzeros(w) + " != 0";
            return claimed.equals(actual) ? Optional.empty() : Optional.of(new Mismatch(claimed, actual));
        }
        return checkOutput(state, claim);
    }

    /**
     * How much arithmetic checking a claim takes, in multiply-adds, counted from the shapes alone
     * so that a claim too costly to check is refused before any of it is done.
     *
     * @param step  the step whose setup the claim is about
     * @param claim the claim
     * @return the count; Long.MAX_VALUE when it would not fit in a long
     */
    public static long work(LessonStep step, Claim claim) {
        WorkspaceState state = claim.with().apply(step.setup());
        FMatrixRMaj x = state.input();
        FMatrixRMaj k = state.kernel();
        long taps = (long) k.numRows * k.numCols;
        long outputs = (long) Math.max(0, state.outputRows()) * Math.max(0, state.outputCols());
        try {
            long corr2d = Math.multiplyExact(Math.multiplyExact(outputs, taps),
                    (long) state.inputChannels() * state.outputChannels());
            if (claim instanceof Claim.Loss || claim instanceof Claim.TrainedKernel || claim instanceof Claim.Diverges) {
                long epochs = step.training().map(t -> (long) claim.with().apply(t).epochs()).orElse(0L);
                return Math.multiplyExact(Math.multiplyExact(3, corr2d), epochs + 1);
            }
            if (claim instanceof Claim.StableRateLimit) {
                return Math.addExact(Math.multiplyExact(outputs, taps * taps), Math.multiplyExact(taps * taps, 10_000L));
            }
            if (claim instanceof Claim.MatrixForm) {
                return Math.multiplyExact(outputs, (long) x.numRows * x.numCols);
            }
            return Math.addExact(corr2d, ChannelClaims.work(state, claim));
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    /**
     * Y for a workspace state, output channel 0 of several.
     *
     * @param state X, K, b and the geometry; the kernel must fit
     * @return corr2d(X, K) + b with the state's padding, stride and dilation; for several input
     *         channels the sum over them (D2L 6.4)
     */
    public static FMatrixRMaj output(WorkspaceState state) {
        return outputs(state).get(0);
    }

    /**
     * Y of every output channel, as the workspace computes it: for one channel the chapter's
     * corr2d, for several {@link ChannelCorrelation#corr2d} (the 1x1 case as one EJML product).
     *
     * @param state X, K, b and the geometry; the kernel must fit
     * @return one new matrix per output channel
     */
    public static List<FMatrixRMaj> outputs(WorkspaceState state) {
        if (state.singleChannel()) {
            return List.of(CrossCorrelation.corr2d(state.input(), state.kernel(), state.bias(), state.geometry(), null));
        }
        ChannelStack y = ChannelCorrelation.corr2d(state.stack(), state.bank(), state.biasArray(), state.geometry());
        List<FMatrixRMaj> out = new ArrayList<>(y.count());
        for (int o = 0; o < y.count(); o++) {
            out.add(y.channel(o));
        }
        return out;
    }

    /**
     * The sum of products behind one cell of output channel 0, written as the lessons quote it:
     * "0×0 + 1×1 + 3×2 + 4×3 = 19"; a padded zero is written 0. With several input channels each
     * channel's products are bracketed, "(0×0 + ...) + (1×1 + ...) = 56", the sum over channels of D2L 6.4.
     *
     * @param state X, K and b
     * @param row   the output row
     * @param col   the output column
     * @return the arithmetic, with "+ b" when the bias is not 0
     */
    public static String cellSum(WorkspaceState state, int row, int col) {
        KernelWindow window = KernelWindow.of(state, row, col);
        boolean several = state.inputChannels() > 1;
        StringBuilder s = new StringBuilder();
        for (int c = 0; c < state.inputChannels(); c++) {
            s.append(c > 0 ? " + " : "").append(several ? "(" : "");
            products(s, state.input(c), state.kernel(0, c), window);
            s.append(several ? ")" : "");
        }
        if (state.bias() != 0) {
            s.append(" + ").append(format(state.bias(), 4));
        }
        return s.append(" = ").append(format(output(state).get(row, col), 4)).toString();
    }

    private static void products(StringBuilder s, FMatrixRMaj x, FMatrixRMaj k, KernelWindow window) {
        for (int a = 0; a < k.numRows; a++) {
            for (int b = 0; b < k.numCols; b++) {
                s.append(a + b > 0 ? " + " : "");
                float xv = window.readsInput(a, b, x.numRows, x.numCols) ? x.get(window.tapRow(a), window.tapColumn(b)) : 0f;
                s.append(format(xv, 4)).append('×').append(format(k.get(a, b), 4));
            }
        }
    }

    /**
     * A number as a lesson quotes it: rounded half-even to at most the given decimals, trailing
     * zeros kept when the value is not an integer ("1.0010"), integers bare ("19", "-1").
     *
     * @param v        the value
     * @param decimals the decimals
     * @return the text
     */
    public static String format(double v, int decimals) {
        BigDecimal d = new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN);
        if (d.signum() == 0) {
            return "0";
        }
        BigDecimal stripped = d.stripTrailingZeros();
        return stripped.scale() <= 0 ? stripped.toBigInteger().toString() : d.toPlainString();
    }

    /**
     * A matrix as a lesson quotes it: "[[19, 25], [37, 43]]", one row as "[0.9852, -1.0010]".
     *
     * @param m        the matrix
     * @param decimals the decimals of each value
     * @return the text
     */
    public static String format(FMatrixRMaj m, int decimals) {
        StringBuilder s = new StringBuilder();
        boolean nested = m.numRows > 1;
        s.append(nested ? "[" : "");
        for (int i = 0; i < m.numRows; i++) {
            s.append(i > 0 ? ", [" : "[");
            for (int j = 0; j < m.numCols; j++) {
                s.append(j > 0 ? ", " : "").append(format(m.get(i, j), decimals));
            }
            s.append(']');
        }
        return s.append(nested ? "]" : "").toString();
    }

    /**
     * The largest learning rate at which gradient descent on the chapter's squared loss does not
     * blow up: 2 over the largest eigenvalue of the loss's Hessian 2 AᵀA, A holding one input
     * window per row.
     *
     * @param x the input
     * @param k the kernel (only its shape matters)
     * @return the limit
     */
    public static double stableRateLimit(FMatrixRMaj x, FMatrixRMaj k) {
        int n = k.numRows * k.numCols;
        double[][] h = new double[n][n];
        int outRows = CrossCorrelation.outputSize(x.numRows, k.numRows);
        int outCols = CrossCorrelation.outputSize(x.numCols, k.numCols);
        double[] window = new double[n];
        for (int i = 0; i < outRows; i++) {
            for (int j = 0; j < outCols; j++) {
                for (int p = 0; p < n; p++) {
                    window[p] = x.get(i + p / k.numCols, j + p % k.numCols);
                }
                for (int p = 0; p < n; p++) {
                    for (int q = 0; q < n; q++) {
                        h[p][q] += 2 * window[p] * window[q];
                    }
                }
            }
        }
        return 2 / largestEigenvalue(h);
    }

    /** Power iteration: the Hessian is symmetric and positive semi-definite, so it converges. */
    private static double largestEigenvalue(double[][] h) {
        int n = h.length;
        double[] v = new double[n];
        java.util.Arrays.fill(v, 1 / Math.sqrt(n));
        double lambda = 0;
        for (int iter = 0; iter < 10_000; iter++) {
            double[] next = new double[n];
            for (int p = 0; p < n; p++) {
                for (int q = 0; q < n; q++) {
                    next[p] += h[p][q] * v[q];
                }
            }
            double norm = Math.sqrt(java.util.Arrays.stream(next).map(e -> e * e).sum());
            if (norm == 0) {
                return Double.MIN_NORMAL;
            }
            for (int p = 0; p < n; p++) {
                next[p] /= norm;
            }
            boolean settled = Math.abs(norm - lambda) < 1e-12 * norm;
            lambda = norm;
            v = next;
            if (settled) {
                break;
            }
        }
        return lambda;
    }

    private static Optional<Mismatch> checkOutput(WorkspaceState state, Claim claim) {
        if (!state.kernelFits()) {
            return Optional.of(new Mismatch("Y", "K larger than X"));
        }
        List<FMatrixRMaj> ys = outputs(state);
        for (FMatrixRMaj channel : ys) {
            for (int i = 0; i < channel.getNumElements(); i++) {
                if (!Float.isFinite(channel.data[i])) {
                    throw new ArithmeticException("Y[" + i / channel.numCols + "," + i % channel.numCols
                            + "] overflows float32 (beyond " + Float.MAX_VALUE + ")");
                }
            }
        }
        if (ChannelClaims.about(claim)) {
            return ChannelClaims.check(state, ys, claim);
        }
        if (PooledClaims.about(claim)) {
            return PooledClaims.check(state, ys, claim);
        }
        FMatrixRMaj y = ys.get(0);
        if (claim instanceof Claim.Output c) {
            String claimed = format(c.value(), c.decimals());
            String actual = format(y, c.decimals());
            return claimed.equals(actual) ? Optional.empty() : Optional.of(new Mismatch("Y = " + claimed,
                    "Y = " + actual));
        }
        if (claim instanceof Claim.Cell c) {
            if (c.row() >= y.numRows || c.col() >= y.numCols) {
                return Optional.of(new Mismatch("Y[" + c.row() + "," + c.col() + "]", "Y " + y.numRows + "x" + y.numCols));
            }
            String at = "Y[" + c.row() + "," + c.col() + "] = ";
            return compare(at + format(c.value(), c.decimals()), c.value(), at, y.get(c.row(), c.col()), c.decimals());
        }
        if (claim instanceof Claim.CellSum c) {
            boolean inside = c.row() < y.numRows && c.col() < y.numCols;
            return inside ? Optional.empty() : Optional.of(new Mismatch("Y[" + c.row() + "," + c.col() + "]",
                    "Y " + y.numRows + "x" + y.numCols));
        }
        if (claim instanceof Claim.All c) {
            int count = count(y, c.value());
            int cells = y.getNumElements();
            return count == cells ? Optional.empty() : Optional.of(new Mismatch("Y = " + format(c.value(), 4)
                    + " everywhere", cells - count + " of " + cells + " cells differ"));
        }
        if (claim instanceof Claim.Count c) {
            int count = count(y, c.value());
            return count == c.count() ? Optional.empty() : Optional.of(new Mismatch(c.count() + " cells = "
                    + format(c.value(), 4), count + " cells = " + format(c.value(), 4)));
        }
        Claim.Shape c = (Claim.Shape) claim;
        String claimed = "Y " + c.rows() + "x" + c.cols();
        String actual = "Y " + y.numRows + "x" + y.numCols;
        return claimed.equals(actual) ? Optional.empty() : Optional.of(new Mismatch(claimed, actual));
    }

    /** Plays the step's run by the training pane's own rules, so a claim is about what the pane shows. */
    private static Optional<Mismatch> checkTraining(LessonStep step, WorkspaceState state, Claim claim) {
        if (step.training().isEmpty()) {
            return Optional.of(new Mismatch("training", "no training setup"));
        }
        TrainingSettings settings = claim.with().apply(step.training().get()).settings();
        WholeRun run;
        try {
            run = WholeRun.play(TrainingTask.prepare(state, settings), settings);
        } catch (TrainingProblem p) {
            return Optional.of(new Mismatch("training", p.notice().key()));
        }
        if (claim instanceof Claim.Diverges) {
            return run.diverged() ? Optional.empty()
                    : Optional.of(new Mismatch("diverges in " + settings.epochs() + " epochs", "still running"));
        }
        if (claim instanceof Claim.Loss c) {
            String at = "loss(epoch " + c.epoch() + ") = ";
            double loss = run.loss(c.epoch());
            if (Double.isNaN(loss)) {
                return Optional.of(new Mismatch(at + format(c.value(), c.decimals()), "the run stops at epoch "
                        + run.lastEpoch() + (run.diverged() ? " (diverged)" : "")));
            }
            return compare(at + format(c.value(), c.decimals()), c.value(), at, loss, c.decimals());
        }
        Claim.TrainedKernel c = (Claim.TrainedKernel) claim;
        String claimed = format(c.value(), c.decimals());
        String actual = format(run.kernel(), c.decimals());
        boolean finished = !run.diverged();
        return finished && claimed.equals(actual) ? Optional.empty() : Optional.of(new Mismatch("K = " + claimed,
                "K = " + actual + (finished ? "" : " (diverged)")));
    }

    private static Optional<Mismatch> compare(String claimed, double value, String label, double actual, int decimals) {
        boolean same = format(value, decimals).equals(format(actual, decimals));
        return same ? Optional.empty() : Optional.of(new Mismatch(claimed, label + format(actual, decimals)));
    }

    private static int count(FMatrixRMaj y, double value) {
        int n = 0;
        for (int i = 0; i < y.getNumElements(); i++) {
            if (format(y.data[i], 4).equals(format(value, 4))) {
                n++;
            }
        }
        return n;
    }

    private static int nonzeros(FMatrixRMaj w) {
        int n = 0;
        for (int i = 0; i < w.getNumElements(); i++) {
            n += w.data[i] != 0 ? 1 : 0;
        }
        return n;
    }
}
