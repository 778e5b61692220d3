package org.convlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class InputsTest {
    @Test
    void writeFailureNamesTheFileAsGivenNotTheTemporaryOne() {
        assertEquals("out.csv: cannot be written (permission denied)", Inputs.cannotWrite(Path.of("out.csv"),
                new AccessDeniedException("/data/.convlab-1x2y3z.tmp")).getMessage());
        assertEquals("out.csv: cannot be written (No space left on device)", Inputs.cannotWrite(Path.of("out.csv"),
                new FileSystemException("/data/.convlab-1x2y3z.tmp", null, "No space left on device")).getMessage());
    }
}
