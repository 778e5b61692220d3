package org.convlab.model;

import java.util.ArrayList;
import java.util.List;
import org.convlab.core.ChannelStack;
import org.convlab.io.ColorImage;
import org.convlab.io.GrayscaleImage;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;

/**
 * What importing a colour picture does to the workspace (D2L 6.4): X becomes the picture's R, G and
 * B channels, and the bank gets one kernel per colour channel.
 *
 * <p>Each output channel keeps the kernel it had, split over R, G and B by the gray import's
 * weights: kernel (o, c) is {@code weight[c]} times the sum of output channel o's old kernels. As
 * the weights add up to 1, Y is what the gray import of the same picture gives, and the bank shows
 * how a gray conversion is itself a sum over channels. A copy of the kernel in every channel would
 * triple Y and hide that; zero kernels for G and B would make Y depend on the red channel alone.
 */
public final class ColorInput {
    private ColorInput() {
    }

    /**
     * The state with X replaced by the picture's channels and the bank split over them.
     *
     * @param s   the state before the import
     * @param rgb the picture, 3 x H x W (R, G, B), not modified
     * @return a new state with three input channels named R, G and B
     */
    public static WorkspaceState replace(WorkspaceState s, ChannelStack rgb) {
        if (rgb.count() != 3) {
            throw new IllegalArgumentException("a colour picture has 3 channels, not " + rgb.count());
        }
        List<FMatrixRMaj> channels = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            channels.add(rgb.channel(c));
        }
        float[] weights = GrayscaleImage.weights();
        List<List<FMatrixRMaj>> bank = new ArrayList<>();
        for (int o = 0; o < s.outputChannels(); o++) {
            FMatrixRMaj sum = s.kernel(o, 0).copy();
            for (int c = 1; c < s.inputChannels(); c++) {
                CommonOps_FDRM.addEquals(sum, s.kernel(o, c));
            }
            List<FMatrixRMaj> row = new ArrayList<>();
            for (float w : weights) {
                FMatrixRMaj k = sum.copy();
                CommonOps_FDRM.scale(w, k);
                row.add(k);
            }
            bank.add(row);
        }
        return s.withInputs(channels, ColorImage.CHANNEL_NAMES).withBank(bank, s.biases());
    }
}
