package org.convlab.bench;

import java.util.Random;

/**
 * A benchmark case, written {@code HxW/hxw} or {@code HxW/hxw/geometry}: an input of H x W and a
 * kernel of h x w, filled with reproducible Gaussian values, and for the padding and stride cases
 * a name of their geometry ({@code pad1}, {@code stride2}; see {@link GeometryPeers}).
 *
 * @param rows       H
 * @param cols       W
 * @param kernelRows h
 * @param kernelCols w
 * @param geometry   "" for the valid correlation, else the geometry's name
 */
record Shape(int rows, int cols, int kernelRows, int kernelCols, String geometry) {
    static Shape parse(String text) {
        String[] parts = text.split("[x/]");
        return new Shape(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]),
                Integer.parseInt(parts[3]), parts.length > 4 ? parts[4] : "");
    }

    int outRows() {
        return rows - kernelRows + 1;
    }

    int outCols() {
        return cols - kernelCols + 1;
    }

    String size() {
        return rows + "x" + cols;
    }

    /** The kernel and, for the padding and stride cases, the geometry's name: {@code 3x3 pad1}. */
    String kernel() {
        return kernelRows + "x" + kernelCols + (geometry.isEmpty() ? "" : " " + geometry);
    }

    static float[] gaussian(int n, long seed) {
        Random random = new Random(seed);
        float[] data = new float[n];
        for (int i = 0; i < n; i++) {
            data[i] = (float) random.nextGaussian();
        }
        return data;
    }
}
