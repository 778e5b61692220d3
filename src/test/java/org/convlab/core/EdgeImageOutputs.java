package org.convlab.core;

import java.util.Map;

/** Each kernel preset on the chapter's edge image: every row of Y is the same, worked out by hand. */
public final class EdgeImageOutputs {
    /** One row of Y for each preset. */
    public static final Map<KernelPreset, float[]> ROW = Map.ofEntries(
            Map.entry(KernelPreset.EDGE, new float[] {0, 1, 0, 0, 0, -1, 0}),
            Map.entry(KernelPreset.EDGE_TRANSPOSED, new float[] {0, 0, 0, 0, 0, 0, 0, 0}),
            Map.entry(KernelPreset.IDENTITY, new float[] {1, 0, 0, 0, 0, 1}),
            Map.entry(KernelPreset.BOX_BLUR, new float[] {2 / 3f, 1 / 3f, 0, 0, 1 / 3f, 2 / 3f}),
            Map.entry(KernelPreset.GAUSSIAN, new float[] {0.75f, 0.25f, 0, 0, 0.25f, 0.75f}),
            Map.entry(KernelPreset.SHARPEN, new float[] {2, -1, 0, 0, -1, 2}),
            Map.entry(KernelPreset.SOBEL_X, new float[] {-4, -4, 0, 0, 4, 4}),
            Map.entry(KernelPreset.SOBEL_Y, new float[] {0, 0, 0, 0, 0, 0}),
            Map.entry(KernelPreset.LAPLACIAN, new float[] {-1, 1, 0, 0, 1, -1}),
            Map.entry(KernelPreset.SECOND_DERIVATIVE, new float[] {-1, 1, 0, 0, 1, -1}),
            Map.entry(KernelPreset.DIAGONAL_EDGE, new float[] {0, 1, 0, 0, 0, -1, 0}));

    private EdgeImageOutputs() {
    }
}
