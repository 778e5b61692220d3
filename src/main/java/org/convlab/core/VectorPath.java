package org.convlab.core;

/**
 * Whether the forward correlation may use {@link VectorRows}: only when the JVM was started with
 * {@code --add-modules jdk.incubator.vector}. The module is in the runtime image but not resolved
 * by default, because on Java 17 resolving it prints an incubator warning on standard error before
 * ConvLab starts, which the command line's one-line error contract does not allow. Without it the
 * plain-Java passes of {@link CorrelationStrips} run, with the same results to the bit.
 */
final class VectorPath {
    /** The Vector API is resolved and not turned off with {@code -Dconvlab.plainJava=true}. */
    static final boolean AVAILABLE = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
            && !Boolean.getBoolean("convlab.plainJava");

    private VectorPath() {
    }
}
