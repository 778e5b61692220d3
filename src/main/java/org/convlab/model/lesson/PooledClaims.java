package org.convlab.model.lesson;

import java.util.List;
import java.util.Optional;
import org.convlab.core.Reshape;
import org.convlab.model.LiveOutput;
import org.convlab.model.ShiftComparison;
import org.convlab.model.WorkspaceState;
import org.convlab.model.lesson.ClaimCheck.Mismatch;
import org.ejml.data.FMatrixRMaj;

/** Checks the claims about Z, the pooled output of D2L 6.5, against the workspace's own pooling. */
final class PooledClaims {
    private PooledClaims() {
    }

    static boolean about(Claim claim) {
        return claim instanceof Claim.Pooled || claim instanceof Claim.PooledShape
                || claim instanceof Claim.ShiftChanges || claim instanceof Claim.ChannelPooled;
    }

    /**
     * Checks a claim about Z.
     *
     * @param state the varied state
     * @param ys    its Y, one per output channel
     * @param claim a claim {@link #about} Z
     * @return the mismatch, or empty
     */
    static Optional<Mismatch> check(WorkspaceState state, List<FMatrixRMaj> ys, Claim claim) {
        int channel = claim instanceof Claim.ChannelPooled c ? c.channel() : 0;
        if (channel >= ys.size()) {
            return Optional.of(new Mismatch("Z[" + channel + "]", ys.size() + " output channels"));
        }
        FMatrixRMaj y = ys.get(channel);
        FMatrixRMaj z = state.pooling().pool(y);
        if (z == null) {
            return Optional.of(new Mismatch("Z", state.pooling().on() ? "the pooling window does not fit Y"
                    : "no pooling"));
        }
        if (claim instanceof Claim.ChannelPooled c) {
            String claimed = ClaimCheck.format(c.value(), c.decimals());
            String actual = ClaimCheck.format(z, c.decimals());
            return claimed.equals(actual) ? Optional.empty()
                    : Optional.of(new Mismatch("Z[" + channel + "] = " + claimed, "Z[" + channel + "] = " + actual));
        }
        if (claim instanceof Claim.Pooled c) {
            String claimed = ClaimCheck.format(c.value(), c.decimals());
            String actual = ClaimCheck.format(z, c.decimals());
            return claimed.equals(actual) ? Optional.empty() : Optional.of(new Mismatch("Z = " + claimed, "Z = "
                    + actual));
        }
        if (claim instanceof Claim.PooledShape c) {
            String claimed = "Z " + c.rows() + "x" + c.cols();
            String actual = "Z " + z.numRows + "x" + z.numCols;
            return claimed.equals(actual) ? Optional.empty() : Optional.of(new Mismatch(claimed, actual));
        }
        Claim.ShiftChanges c = (Claim.ShiftChanges) claim;
        WorkspaceState shifted = state.withInput(Reshape.rollColumns(state.input(), 1));
        ShiftComparison s = ShiftComparison.of(new LiveOutput.Result(state, y),
                new LiveOutput.Result(shifted, ClaimCheck.output(shifted)));
        String claimed = "the shift changes " + c.y() + " cells of Y and " + c.z() + " of Z";
        String actual = "the shift changes " + s.changedY() + " cells of Y and " + s.changedZ() + " of Z";
        return claimed.equals(actual) ? Optional.empty() : Optional.of(new Mismatch(claimed, actual));
    }
}
