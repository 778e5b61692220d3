package org.convlab.bench;

import java.util.Random;

/**
 * A benchmark case, written {@code HxW/hxw}: an input of H x W and a kernel of h x w, filled with
 * reproducible Gaussian values.
 *
 * @param rows       H
 * @param cols       W
 * @param kernelRows h
 * @param kernelCols w
 */
record Shape(int rows, int cols, int kernelRows, int kernelCols) {
    static Shape parse(String text) {
        String[] parts = text.split("[x/]");
        return new Shape(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]),
                Integer.parseInt(parts[3]));
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

    String kernel() {
        return kernelRows + "x" + kernelCols;
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
