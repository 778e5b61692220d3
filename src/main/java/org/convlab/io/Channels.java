package org.convlab.io;

import org.ejml.data.FMatrixRMaj;

/**
 * The channels read from a matrix file: the planes of a {@code C x H x W} {@code .npy} array, or a
 * 2-D matrix as a single plane. Whether the file was 3-D is kept, so that a command writes back the
 * rank it was given (a {@code 1 x H x W} array stays 3-D).
 *
 * @param planes  the channels, each H x W, at least one
 * @param stacked true when the file held a 3-D array
 */
public record Channels(FMatrixRMaj[] planes, boolean stacked) {
}
