package org.convlab.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.convlab.core.Chapter;
import org.convlab.core.ChannelCorrelation;
import org.convlab.core.ChannelStack;
import org.convlab.core.ConvGeometry;
import org.convlab.core.CrossCorrelation;
import org.convlab.core.KernelBank;
import org.convlab.core.KernelInit;
import org.convlab.core.MultipleChannels;
import org.convlab.core.PaddingAndStride;
import org.convlab.core.Trainer;
import org.convlab.io.TorchFormat;
import org.convlab.io.TrainingLog;
import org.convlab.io.VisibleText;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;

/**
 * {@code convlab d2l [SECTION]}: replays a section of D2L's chapter 6 (6.2 unless told otherwise)
 * through the core and prints each of its outputs as the book's PyTorch code does.
 */
final class D2lCommand implements Command {
    /** The seed of the random inputs and kernels whose values the printed shapes do not depend on. */
    private static final long SEED = 0;
    private final Map<String, Consumer<PrintStream>> sections = new LinkedHashMap<>();

    D2lCommand() {
        sections.put("6.2", D2lCommand::convolutionsForImages);
        sections.put("6.3", D2lCommand::paddingAndStride);
        sections.put("6.4", D2lCommand::multipleChannels);
        sections.put("6.5", PoolingSection::print);
    }

    @Override
    public String name() {
        return "d2l";
    }

    @Override
    public String help() {
        return String.join("\n",
                "usage: convlab d2l [SECTION]",
                "",
                "Replays a section of D2L chapter 6 and prints its outputs in order, formatted as",
                "PyTorch prints them, separated by blank lines. Sections: " + String.join(", ", sections.keySet())
                        + ".",
                "",
                "6.2 \"Convolutions for Images\" (the default): corr2d of the 3x3 example, the 6x8 edge",
                "image, its edges under K = [1, -1], the transposed image's all-zero output, the ten",
                "training lines from the initial kernel [[0.3314, -0.4786]] with lr 0.03, and the",
                "learned kernel.",
                "6.3 \"Padding and Stride\": the output shapes of the section's four layers on an 8x8",
                "input (padding 1; padding 2,1 with a 5x3 kernel; stride 2; padding 0,1 and stride 3,4",
                "with a 3x5 kernel).",
                "6.4 \"Multiple Input and Multiple Output Channels\": the two-channel example, the shape of",
                "the stacked kernel bank (K, K+1, K+2) and its three output channels; the 1x1 convolution",
                "as a matrix product is checked against the general correlation and prints nothing, as",
                "in the book.",
                "6.5 \"Pooling\": max and average pooling of its 3x3 example, then nn.MaxPool2d with",
                "default stride, padding and stride, a 2x3 window, and over two channels.");
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws UsageException {
        boolean named = args.length > 0 && !args[0].startsWith("--");
        String section = named ? args[0] : "6.2";
        Arguments.parse(name(), named ? Arrays.copyOfRange(args, 1, args.length) : args, Set.of(), Set.of());
        Consumer<PrintStream> replay = sections.get(section);
        if (replay == null) {
            throw new UsageException(name() + ": unknown section " + VisibleText.quote(section) + "; sections: "
                    + String.join(", ", sections.keySet()));
        }
        replay.accept(out);
        return 0;
    }

    /** Section 6.3: each layer's output shape on the 8x8 input, computed by the layer. */
    private static void paddingAndStride(PrintStream out) {
        FMatrixRMaj x = PaddingAndStride.input(SEED);
        List<String> shapes = new ArrayList<>();
        for (PaddingAndStride.Layer layer : PaddingAndStride.layers()) {
            FMatrixRMaj k = KernelInit.pytorchDefault(layer.kernelRows(), layer.kernelCols(), SEED);
            FMatrixRMaj y = CrossCorrelation.corr2d(x, k, 0f, layer.geometry(), null);
            shapes.add(torchSize(y.numRows, y.numCols));
        }
        out.println(String.join("\n\n", shapes));
    }

    /** Section 6.4: multi-input, then multi-output channels, computed by the core. */
    private static void multipleChannels(PrintStream out) {
        ChannelStack x = MultipleChannels.exampleInput();
        ChannelStack y = ChannelCorrelation.corr2d(x, MultipleChannels.exampleKernel(), new float[1],
                ConvGeometry.VALID);
        out.println(TorchFormat.tensor(y.channel(0)));
        out.println();
        KernelBank k = MultipleChannels.stackedKernel();
        out.println(torchSize(k.outputs(), k.inputs(), k.rows(), k.cols()));
        out.println();
        ChannelStack stacked = ChannelCorrelation.corr2d(x, k, new float[k.outputs()], ConvGeometry.VALID);
        out.println(TorchFormat.tensor(new int[] {stacked.count(), stacked.rows(), stacked.cols()},
                stacked.toArray()));
        // the book's 1x1 check: the matrix product equals the general correlation; it prints nothing
        ChannelStack x3 = ChannelStack.fromArray(3, 3, 3, MultipleChannels.normal(27, SEED));
        KernelBank k1 = KernelBank.fromArray(2, 3, 1, 1, MultipleChannels.normal(6, SEED + 1));
        ChannelStack product = ChannelCorrelation.corr2d(x3, k1, new float[2], ConvGeometry.VALID);
        for (int o = 0; o < k1.outputs(); o++) {
            FMatrixRMaj sum = new FMatrixRMaj(3, 3);
            for (int c = 0; c < k1.inputs(); c++) {
                CommonOps_FDRM.addEquals(sum, CrossCorrelation.corr2d(x3.channel(c), k1.kernel(o, c)));
            }
            for (int i = 0; i < sum.data.length; i++) {
                if (Math.abs(product.channel(o).data[i] - sum.data[i]) >= 1e-6) {
                    throw new IllegalStateException("the 1x1 product differs from the correlation at " + o + ", " + i);
                }
            }
        }
    }

    /** How PyTorch prints a tensor's {@code shape}: {@code torch.Size([8, 8])}. */
    private static String torchSize(int... dims) {
        return "torch.Size([" + Arrays.stream(dims).mapToObj(Integer::toString).collect(Collectors.joining(", "))
                + "])";
    }

    /** Section 6.2, as the seed session printed it. */
    private static void convolutionsForImages(PrintStream out) {
        out.println(TorchFormat.tensor(CrossCorrelation.corr2d(Chapter.exampleInput(), Chapter.exampleKernel())));
        out.println();
        FMatrixRMaj x = Chapter.edgeImage();
        out.println(TorchFormat.tensor(x));
        out.println();
        FMatrixRMaj y = CrossCorrelation.corr2d(x, Chapter.edgeKernel());
        out.println(TorchFormat.tensor(y));
        out.println();
        out.println(TorchFormat.tensor(CrossCorrelation.corr2d(CommonOps_FDRM.transpose(x, null), Chapter.edgeKernel())));
        out.println();
        Trainer trainer = new Trainer(x, y, KernelInit.bookRun(), false, Chapter.LEARNING_RATE);
        trainer.run(Chapter.EPOCHS).forEach(r -> out.println(TrainingLog.line(r)));
        out.println();
        out.println(TorchFormat.tensor(trainer.kernel()));
    }
}
