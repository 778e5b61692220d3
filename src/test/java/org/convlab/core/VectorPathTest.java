package org.convlab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Each Surefire run of the core's tests takes the path it is meant to: the main run resolves
 * jdk.incubator.vector and says so with {@code convlab.expectVectorPath=true}; the
 * {@code core-plain-java} run does neither, so the same tests cover the plain-Java path that ships.
 */
class VectorPathTest {
    @Test
    void theVectorPathIsOnExactlyWhenThisRunResolvesTheModule() {
        assertEquals(Boolean.getBoolean("convlab.expectVectorPath"), VectorPath.AVAILABLE);
    }
}
