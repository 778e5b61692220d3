package org.convlab.ui.heatmap;

import javafx.scene.paint.Color;
import org.ejml.data.FMatrixRMaj;

/**
 * How a heatmap colors its cells: signed values (Y, K, gradients, errors) on the diverging map, an
 * image X in gray levels as the chapter draws it, 0 black and 1 white.
 */
public sealed interface CellColors {
    /**
     * The color of a value.
     *
     * @param value the value
     * @return an opaque ARGB int
     */
    int argb(double value);

    /**
     * The colors of many values at once, for drawing a large matrix as an image.
     *
     * @param values the values, not modified
     * @param from   the first value to color
     * @param n      how many to color
     * @param out    receives n opaque ARGB ints
     * @param at     where in out the first goes
     */
    void fill(float[] values, int from, int n, int[] out, int at);

    /**
     * Whether text over this value's color should be white for contrast.
     *
     * @param value the value
     * @return true on dark cells
     */
    boolean needsLightText(double value);

    /**
     * The color of a value as a JavaFX color.
     *
     * @param value the value
     * @return the color
     */
    default Color color(double value) {
        int c = argb(value);
        return Color.rgb((c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff);
    }

    /**
     * Signed values: negative blue, zero white, positive red ({@link DivergingColormap}).
     *
     * @param scale the magnitude drawn darkest
     */
    record Signed(double scale) implements CellColors {
        @Override
        public int argb(double value) {
            return DivergingColormap.argb(value, scale);
        }

        @Override
        public void fill(float[] values, int from, int n, int[] out, int at) {
            DivergingColormap.fill(values, from, n, scale, out, at);
        }

        @Override
        public boolean needsLightText(double value) {
            return DivergingColormap.needsLightText(value, scale);
        }
    }

    /**
     * Gray levels from black at {@code low} to white at {@code high}.
     *
     * @param low  the value drawn black
     * @param high the value drawn white, above low
     */
    record Gray(double low, double high) implements CellColors {
        /**
         * The gray levels of an image: 0 black and 1 white, as the chapter and the import say;
         * values outside [0, 1] widen the range, so the smallest is black and the largest white.
         *
         * @param x the image, not modified
         * @return the gray levels
         */
        public static Gray of(FMatrixRMaj x) {
            double low = 0;
            double high = 1;
            for (int i = 0; i < x.getNumElements(); i++) {
                float v = x.data[i];
                if (Float.isFinite(v)) {
                    low = Math.min(low, v);
                    high = Math.max(high, v);
                }
            }
            return new Gray(low, high);
        }

        @Override
        public int argb(double value) {
            double t = Double.isFinite(value) ? Math.max(0, Math.min(1, (value - low) / (high - low))) : 0.5;
            int g = (int) Math.round(255 * t);
            return 0xff000000 | g << 16 | g << 8 | g;
        }

        @Override
        public void fill(float[] values, int from, int n, int[] out, int at) {
            for (int i = 0; i < n; i++) {
                out[at + i] = argb(values[from + i]);
            }
        }

        @Override
        public boolean needsLightText(double value) {
            return (value - low) / (high - low) < 0.5;
        }
    }
}
