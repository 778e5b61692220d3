package org.convlab.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.convlab.core.Shapes;
import org.ejml.data.FMatrixRMaj;

/**
 * The matrices workspace states hold. States never change their matrices, so a matrix one state
 * holds is shared by the next instead of copied; any other matrix is checked and copied in.
 */
final class HeldMatrices {
    /**
     * The matrices some state holds, by identity (FMatrixRMaj keeps Object's equals), weakly, so a
     * matrix no state holds any more is forgotten.
     */
    private static final Map<FMatrixRMaj, Boolean> HELD = new WeakHashMap<>();

    private HeldMatrices() {
    }

    /**
     * The matrices a new state holds: the given ones, shared when a state holds them already,
     * otherwise checked for finite values and copied.
     *
     * @param matrices the matrices
     * @param what     what they are, for a message
     * @return an unmodifiable list
     * @throws IllegalArgumentException for a missing matrix or a value that is not finite
     */
    static List<FMatrixRMaj> hold(List<FMatrixRMaj> matrices, String what) {
        List<FMatrixRMaj> out = new ArrayList<>(matrices.size());
        for (FMatrixRMaj m : matrices) {
            if (m == null) {
                throw new IllegalArgumentException("a missing " + what);
            }
            out.add(held(m, what));
        }
        return List.copyOf(out);
    }

    /**
     * A matrix a state may hold: one some state holds already is shared (states never change their
     * matrices), any other is checked and copied. Painting one channel of a 3x512x512 stack then
     * copies that channel only, not the whole stack and bank, at every cell.
     */
    private static FMatrixRMaj held(FMatrixRMaj m, String what) {
        synchronized (HELD) {
            if (HELD.containsKey(m)) {
                return m;
            }
        }
        Shapes.requireFinite(m, what);
        FMatrixRMaj copy = m.copy();
        synchronized (HELD) {
            HELD.put(copy, Boolean.TRUE);
        }
        return copy;
    }

    /**
     * Whether two lists of matrices hold the same shapes and the same cells, bit for bit.
     *
     * @param a one list
     * @param b the other
     * @return true for equal values
     */
    static boolean sameCells(List<FMatrixRMaj> a, List<FMatrixRMaj> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            FMatrixRMaj x = a.get(i);
            FMatrixRMaj y = b.get(i);
            if (x.numRows != y.numRows || x.numCols != y.numCols
                    || !Arrays.equals(x.data, 0, x.getNumElements(), y.data, 0, y.getNumElements())) {
                return false;
            }
        }
        return true;
    }
}
