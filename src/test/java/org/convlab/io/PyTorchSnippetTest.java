package org.convlab.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convlab.core.Chapter;
import org.convlab.support.Reference;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PyTorchSnippetTest {
    @TempDir
    Path dir;

    private static boolean hasPython() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @Test
    void snippetParsesAsPython() throws Exception {
        assumeTrue(hasPython(), "python3 is not installed here");
        Random r = new Random(7);
        String code = PyTorchSnippet.of(Reference.random(r, 6, 8), Reference.random(r, 3, 2), -0.25f);
        Path file = dir.resolve("snippet.py");
        Files.writeString(file, code, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("python3", "-c", "import ast, sys; ast.parse(open(sys.argv[1]).read())",
                file.toString()).redirectErrorStream(true).start();
        assertEquals(true, p.waitFor(30, TimeUnit.SECONDS));
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
    }

    @Test
    void literalNumbersRoundTrip() throws MatrixFormatException {
        Random r = new Random(11);
        FMatrixRMaj x = Reference.random(r, 5, 7);
        x.data[3] = 1e-7f;
        x.data[4] = -3.4e12f;
        FMatrixRMaj k = Chapter.edgeKernel();
        String code = PyTorchSnippet.of(x, k, 0.5f);
        Matcher m = Pattern.compile("^X = (torch\\.tensor\\(.*?\\]\\]\\))$", Pattern.MULTILINE | Pattern.DOTALL).matcher(code);
        assertEquals(true, m.find(), code);
        assertArrayEquals(x.data, MatrixPaste.parse(m.group(1)).data);
        assertEquals(true, code.contains("K = torch.tensor([[1.0, -1.0]])"), code);
        assertEquals(true, code.contains("b = 0.5\n"), code);
    }
}
