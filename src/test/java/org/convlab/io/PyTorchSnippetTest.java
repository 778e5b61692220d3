package org.convlab.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convlab.core.ChannelStack;
import org.convlab.core.Chapter;
import org.convlab.core.ConvGeometry;
import org.convlab.core.KernelBank;
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

    private static final ConvGeometry PADDED = new ConvGeometry(1, 0, 2, 1, 1, 2);

    /** Three input channels into two output channels, with a float that only its shortest form keeps. */
    private static String layerSnippet(ConvGeometry g, ChannelStack[] x, KernelBank[] k) {
        Random r = new Random(64);
        x[0] = ChannelStack.of(Reference.random(r, 5, 6), Reference.random(r, 5, 6), Reference.random(r, 5, 6));
        x[0].channel(1).data[7] = 1e-7f;
        FMatrixRMaj[][] bank = new FMatrixRMaj[2][3];
        for (FMatrixRMaj[] row : bank) {
            for (int c = 0; c < 3; c++) {
                row[c] = Reference.random(r, 2, 3);
            }
        }
        k[0] = KernelBank.of(bank);
        return PyTorchSnippet.of(x[0], k[0], new float[] {0.1f, -3.4e12f}, g);
    }

    /** A tensor literal read back: its shape, from the nesting, and its values in C order. */
    private record Literal(List<Integer> shape, List<Float> values) {
        static Literal after(String code, String assignment) {
            int start = code.indexOf(assignment + "torch.tensor(");
            assertTrue(start >= 0, code);
            Literal l = new Literal(new ArrayList<>(), new ArrayList<>());
            int[] at = {start + assignment.length() + "torch.tensor(".length()};
            l.read(code, at, 0);
            assertEquals(')', code.charAt(at[0]), "the literal ends the call");
            return l;
        }

        /** Reads one nested list at at[0], checking that siblings have one length. */
        private void read(String s, int[] at, int depth) {
            assertEquals('[', s.charAt(at[0]++));
            int count = 0;
            while (true) {
                while (Character.isWhitespace(s.charAt(at[0]))) {
                    at[0]++;
                }
                if (s.charAt(at[0]) == '[') {
                    read(s, at, depth + 1);
                } else {
                    Matcher m = NUMBER.matcher(s).region(at[0], s.length());
                    assertTrue(m.lookingAt(), s.substring(at[0], Math.min(s.length(), at[0] + 20)));
                    values.add(Float.parseFloat(m.group()));
                    at[0] = m.end();
                }
                count++;
                char next = s.charAt(at[0]++);
                if (next == ']') {
                    break;
                }
                assertEquals(',', next);
            }
            while (shape.size() <= depth) {
                shape.add(-1);
            }
            if (shape.get(depth) == -1) {
                shape.set(depth, count);
            } else {
                assertEquals(shape.get(depth), count, "a ragged literal at depth " + depth);
            }
        }
    }

    private static final Pattern NUMBER = Pattern.compile("-?\\d+\\.\\d+(e-?\\d+)?");

    @Test
    void severalChannelsMakeAConv2dWithTheBankAsWeightAndOneBiasPerOutput() {
        ChannelStack[] x = new ChannelStack[1];
        KernelBank[] k = new KernelBank[1];
        String code = layerSnippet(PADDED, x, k);
        assertTrue(code.contains("\nconv = nn.Conv2d(3, 2, kernel_size=(2, 3), padding=(1, 0), stride=(2, 1),"
                + " dilation=(1, 2), bias=True)\n"), code);
        Literal input = Literal.after(code, "X = ");
        assertEquals(List.of(1, 3, 5, 6), input.shape());
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < 30; i++) {
                assertEquals(x[0].channel(c).data[i], input.values().get(c * 30 + i));
            }
        }
        Literal weight = Literal.after(code, "conv.weight.data = ");
        assertEquals(List.of(2, 3, 2, 3), weight.shape());
        for (int o = 0; o < 2; o++) {
            for (int c = 0; c < 3; c++) {
                for (int i = 0; i < 6; i++) {
                    assertEquals(k[0].kernel(o, c).data[i], weight.values().get((o * 3 + c) * 6 + i));
                }
            }
        }
        Literal bias = Literal.after(code, "conv.bias.data = ");
        assertEquals(List.of(2), bias.shape());
        assertEquals(List.of(0.1f, -3.4e12f), bias.values());
        assertFalse(code.contains("corr2d_multi_in_out"), "the book's functions know no padding or stride");
    }

    @Test
    void inTheChaptersGeometryTheLayerIsCheckedAgainstTheBook() {
        String code = layerSnippet(ConvGeometry.VALID, new ChannelStack[1], new KernelBank[1]);
        assertTrue(code.contains("padding=(0, 0), stride=(1, 1), dilation=(1, 1)"), code);
        assertTrue(code.contains("Y_book = corr2d_multi_in_out(X[0], conv.weight.data)"), code);
    }

    @Test
    void layerSnippetParsesAsPython() throws Exception {
        assumeTrue(hasPython(), "python3 is not installed here");
        for (ConvGeometry g : List.of(ConvGeometry.VALID, PADDED)) {
            Path file = dir.resolve("layer.py");
            Files.writeString(file, layerSnippet(g, new ChannelStack[1], new KernelBank[1]), StandardCharsets.UTF_8);
            Process p = new ProcessBuilder("python3", "-c", "import ast, sys; ast.parse(open(sys.argv[1]).read())",
                    file.toString()).redirectErrorStream(true).start();
            assertEquals(true, p.waitFor(30, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
