package org.convlab.model.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.convlab.core.ConvGeometry;
import org.convlab.model.PoolingStage;
import org.convlab.model.WorkspaceState;
import org.convlab.model.lesson.LessonFormatException.Problem;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/** Lesson format 4: a setup of named input channels, a kernel bank and biases, and the claims about them. */
class ChannelLessonTest {
    /** The book's 6.4.1 example: X 2x3x3, K 1x2x2x2. */
    private static final String BOOK = "\"inputs\": [[[0, 1, 2], [3, 4, 5], [6, 7, 8]], [[1, 2, 3], [4, 5, 6], [7, 8, 9]]],"
            + " \"kernels\": [[[[0, 1], [2, 3]], [[1, 2], [3, 4]]]]";

    private static String lesson(String setup, String claims) {
        return "{\"formatVersion\": 4, \"title\": \"t\", \"steps\": [{\"id\": \"1\", \"title\": \"t\", \"look\": \"l\","
                + " \"setup\": {" + setup + "}, \"claims\": [" + claims + "]}]}";
    }

    private static LessonStep read(String setup, String claims) throws LessonFormatException {
        return LessonReader.read(lesson(setup, claims), "channels.json").steps().get(0);
    }

    private static LessonFormatException fails(String setup, String claims) {
        return assertThrows(LessonFormatException.class, () -> LessonReader.read(lesson(setup, claims), "channels.json"));
    }

    @Test
    void aSetupOfNamedChannelsABankAndBiasesIsAMultiChannelWorkspace() throws LessonFormatException {
        LessonStep step = read("\"inputs\": [[[1, 2], [3, 4]], [[5, 6], [7, 8]], [[0, 0], [0, 1]]],"
                + " \"channelNames\": [\"R\", \"G\", \"B\"], \"kernels\": [[[1], [0], [0]], [[0], [1], [0]]],"
                + " \"biases\": [0.5, -1]", "");
        WorkspaceState s = step.setup();
        assertEquals(3, s.inputChannels());
        assertEquals(2, s.outputChannels());
        assertEquals(List.of("R", "G", "B"), s.channelNames());
        assertEquals(-1f, s.bias(1));
        assertEquals("[[5, 6], [7, 8]]", ClaimCheck.format(s.input(1), 0));
        assertEquals("[[1.5, 2.5], [3.5, 4.5]]", ClaimCheck.format(ClaimCheck.outputs(s).get(0), 1));
        assertEquals("[[4, 5], [6, 7]]", ClaimCheck.format(ClaimCheck.outputs(s).get(1), 0));
    }

    @Test
    void oneInputAndABankOfSeveralOutputsMayBeMixedAndOneBiasServesEveryOutput() throws LessonFormatException {
        WorkspaceState s = read("\"input\": [[1, 2], [3, 4]], \"kernels\": [[[1]], [[2]]], \"bias\": 1", "").setup();
        assertEquals(1, s.inputChannels());
        assertEquals(List.of(1f, 1f), s.biases());
        assertEquals(List.of("c0"), s.channelNames());
    }

    @Test
    void aFormatThreeSetupStillReadsAsTheChaptersOneChannel() throws LessonFormatException {
        WorkspaceState s = LessonReader.read(lesson("\"input\": \"counting-3x3\", \"kernel\": \"counting-2x2\","
                + " \"bias\": 1", "").replace("\"formatVersion\": 4", "\"formatVersion\": 3"), "old.json").steps().get(0)
                .setup();
        assertEquals(new WorkspaceState(s.input(), s.kernel(), 1f, ConvGeometry.VALID, PoolingStage.OFF), s);
        assertTrue(s.singleChannel());
    }

    @Test
    void countsThatDoNotAgreeNameTheListAndBothCounts() {
        LessonFormatException kernels = fails("\"inputs\": [[[1]], [[2]]], \"kernels\": [[[1]], [[1], [1]]]", "");
        assertEquals(Problem.COUNT_MISMATCH, kernels.problem());
        assertEquals("setup.kernels[0]", kernels.field());
        assertEquals("channels.json: step 1, setup.kernels[0]: this list has 1 entries but there are 2 channels; give"
                + " exactly one per channel", kernels.getMessage());
        assertEquals(Problem.COUNT_MISMATCH, fails(BOOK + ", \"biases\": [0, 1]", "").problem());
        assertEquals(Problem.COUNT_MISMATCH, fails(BOOK + ", \"channelNames\": [\"R\"]", "").problem());
        assertTrue(fails(BOOK + ", \"biases\": [0, 1]", "").message(Locale.SIMPLIFIED_CHINESE).contains("每个通道恰好需要一项"));
    }

    @Test
    void channelsOrKernelsOfAnotherShapeAreNamedByTheirPlace() {
        LessonFormatException inputs = fails("\"inputs\": [[[1, 2]], [[1], [2]]], \"kernels\": [[[1], [1]]]", "");
        assertEquals(Problem.CHANNEL_SHAPE, inputs.problem());
        assertEquals("setup.inputs[1]", inputs.field());
        assertTrue(inputs.getMessage().contains("this is 2x1 but the first is 1x2"), inputs.getMessage());
        LessonFormatException kernels = fails("\"inputs\": [[[1, 2], [3, 4]], [[1, 2], [3, 4]]],"
                + " \"kernels\": [[[1], [1]], [[1], [[1, 1]]]]", "");
        assertEquals(Problem.CHANNEL_SHAPE, kernels.problem());
        assertEquals("setup.kernels[1][1]", kernels.field());
    }

    @Test
    void moreChannelsThanTheWindowEditsOrABadNameAreOutOfRange() {
        String nine = String.join(", ", java.util.Collections.nCopies(9, "[[1]]"));
        assertEquals(Problem.OUT_OF_RANGE, fails("\"inputs\": [" + nine + "], \"kernel\": [1]", "").problem());
        assertEquals(Problem.OUT_OF_RANGE, fails(BOOK + ", \"channelNames\": [\"R\", \"\"]", "").problem());
        assertEquals(Problem.WRONG_TYPE, fails(BOOK + ", \"channelNames\": [\"R\", 2]", "").problem());
        assertEquals(Problem.EMPTY_MATRIX, fails("\"inputs\": [], \"kernel\": [1]", "").problem());
    }

    @Test
    void claimsOnAnOutputChannelAndOnTheShapesOfYAndKAreChecked() throws LessonFormatException {
        String stacked = "\"inputs\": [[[0, 1, 2], [3, 4, 5], [6, 7, 8]], [[1, 2, 3], [4, 5, 6], [7, 8, 9]]],"
                + " \"kernels\": [[[[0, 1], [2, 3]], [[1, 2], [3, 4]]], [[[1, 2], [3, 4]], [[2, 3], [4, 5]]]]";
        LessonStep step = read(stacked, "{\"kind\": \"channel-output\", \"channel\": 1, \"value\": [[76, 100], [148, 172]]},"
                + " {\"kind\": \"stack-shape\", \"channels\": 2, \"rows\": 2, \"cols\": 2},"
                + " {\"kind\": \"bank-shape\", \"outputs\": 2, \"inputs\": 2, \"rows\": 2, \"cols\": 2},"
                + " {\"kind\": \"output\", \"value\": [[56, 72], [104, 120]]}");
        assertEquals(4, step.claims().size());
        LessonFormatException wrong = fails(stacked, "{\"kind\": \"channel-output\", \"channel\": 1, \"value\": [[56, 72],"
                + " [104, 120]]}");
        assertEquals("channels.json: step 1, claims[0]: the text claims Y[1] = [[56, 72], [104, 120]], but the setup"
                + " computes Y[1] = [[76, 100], [148, 172]]", wrong.getMessage());
        assertEquals(Problem.FALSE_CLAIM, fails(stacked, "{\"kind\": \"channel-output\", \"channel\": 2, \"value\": [1]}")
                .problem());
        assertTrue(fails(stacked, "{\"kind\": \"stack-shape\", \"channels\": 3, \"rows\": 2, \"cols\": 2}").getMessage()
                .endsWith("computes Y 2x2x2"));
        assertTrue(fails(stacked, "{\"kind\": \"bank-shape\", \"outputs\": 2, \"inputs\": 1, \"rows\": 2, \"cols\": 2}")
                .getMessage().endsWith("computes K 2x2x2x2"));
    }

    @Test
    void eachOutputChannelIsPooledOnItsOwn() throws LessonFormatException {
        String copies = "\"inputs\": [[[0, 1, 2], [3, 4, 5], [6, 7, 8]], [[1, 2, 3], [4, 5, 6], [7, 8, 9]]],"
                + " \"kernels\": [[[1], [0]], [[0], [1]]], \"pooling\": {\"window\": 2}";
        read(copies, "{\"kind\": \"channel-pooled\", \"channel\": 1, \"value\": [[5]]},"
                + " {\"kind\": \"pooled\", \"value\": [[4]]}");
        LessonFormatException e = fails(copies, "{\"kind\": \"channel-pooled\", \"channel\": 1, \"value\": [[4]]}");
        assertTrue(e.getMessage().endsWith("computes Z[1] = [5]"), e.getMessage());
        assertEquals(Problem.FALSE_CLAIM, fails(copies, "{\"kind\": \"channel-pooled\", \"channel\": 2,"
                + " \"value\": [[4]]}").problem());
    }

    @Test
    void aCellSumOverSeveralChannelsBracketsEachChannel() throws LessonFormatException {
        LessonStep step = read(BOOK + ", \"bias\": 1", "{\"kind\": \"cell-sum\", \"row\": 1, \"col\": 1}");
        assertEquals("(4×0 + 5×1 + 7×2 + 8×3) + (5×1 + 6×2 + 8×3 + 9×4) + 1 = 121",
                ClaimCheck.cellSum(step.setup(), 1, 1));
    }

    @Test
    void aVariationKeepsTheChannelsAndItsBiasGoesToEveryOutput() throws LessonFormatException {
        String setup = BOOK.replace("]]]]", "]]], [[[0, 0], [0, 0]], [[0, 0], [0, 0]]]]");
        LessonStep step = read(setup, "{\"kind\": \"channel-output\", \"channel\": 1, \"value\": [[2, 2], [2, 2]],"
                + " \"with\": {\"bias\": 2}}");
        WorkspaceState varied = step.claims().get(0).with().apply(step.setup());
        assertEquals(2, varied.inputChannels());
        assertEquals(List.of(2f, 2f), varied.biases());
    }

    @Test
    void channelCountVariationsAddZeroInputsAndCopiesOfTheFirstOutput() throws LessonFormatException {
        LessonStep step = read(BOOK, "{\"kind\": \"stack-shape\", \"channels\": 3, \"rows\": 2, \"cols\": 2,"
                + " \"with\": {\"inputChannels\": 4, \"outputChannels\": 3}}");
        WorkspaceState v = step.claims().get(0).with().apply(step.setup());
        assertEquals(4, v.inputChannels());
        assertEquals("[[56, 72], [104, 120]]", ClaimCheck.format(ClaimCheck.outputs(v).get(2), 0));
        assertEquals(List.of("c0", "c1", "c2", "c3"), v.channelNames());
        WorkspaceState fewer = new Variation(null, null, null, null, null, null, null, 1, null).apply(step.setup());
        assertEquals("[[19, 25], [37, 43]]", ClaimCheck.format(ClaimCheck.outputs(fewer).get(0), 0));
    }

    @Test
    void aLayersCostIsCountedFromItsShapes() throws LessonFormatException {
        // 2 in, 3 out, 2x2 kernels, Y 2x2: 2*3*4*4 = 96 multiply-adds, 3*2*4 + 3 = 27 parameters, 12 outputs
        String stacked = BOOK.replace("]]]]", "]]], [[[0, 0], [0, 0]], [[0, 0], [0, 0]]], [[[0, 0], [0, 0]], [[0, 0], [0, 0]]]]");
        read(stacked, "{\"kind\": \"cost\", \"multiplyAdds\": 96, \"parameters\": 27, \"outputs\": 12},"
                + " {\"kind\": \"cost\", \"multiplyAdds\": 384, \"with\": {\"inputChannels\": 4, \"outputChannels\": 6}},"
                + " {\"kind\": \"cost\", \"outputs\": 48, \"with\": {\"padding\": 1}}");
        LessonFormatException wrong = fails(stacked, "{\"kind\": \"cost\", \"multiplyAdds\": 95, \"outputs\": 12}");
        assertTrue(wrong.getMessage().endsWith("the text claims 95 multiply-adds, 12 output values, but the setup"
                + " computes 96 multiply-adds, 12 output values"), wrong.getMessage());
        assertEquals(Problem.MISSING_FIELD, fails(stacked, "{\"kind\": \"cost\"}").problem());
    }

    @Test
    void theOneByOneProductAgreesWithTheChannelSumBitForBitUntilABiasChangesTheOrder() throws LessonFormatException {
        String pointwise = "\"inputs\": [[[0.1, 0.2, 0.3], [0.4, 0.5, 0.6], [0.7, 0.8, 0.9]], [[0.3, 0.1, 0.2],"
                + " [0.6, 0.4, 0.5], [0.9, 0.7, 0.8]], [[0.2, 0.3, 0.1], [0.5, 0.6, 0.4], [0.8, 0.9, 0.7]]],"
                + " \"kernels\": [[[0.1], [0.2], [0.3]], [[0.7], [-0.2], [0.6]]]";
        LessonStep step = read(pointwise, "{\"kind\": \"matrix-product\", \"differing\": 0, \"decimals\": 6}");
        Claim.ProductPaths biased = new Claim.ProductPaths(0, 6, new Variation(null, null, 0.1f, null, null, null, null));
        Optional<ClaimCheck.Mismatch> m = ClaimCheck.check(step, biased);
        assertTrue(m.isPresent() && !m.get().actual().startsWith("0 cells"), String.valueOf(m));
        assertEquals(Problem.UNCHECKABLE_CLAIM, fails(BOOK, "{\"kind\": \"matrix-product\", \"differing\": 0,"
                + " \"decimals\": 6}").problem());
    }

    @Test
    void twoKernelsInARowAreTheOneKernelOfSizeK1PlusK2MinusOne() throws LessonFormatException {
        String x = "[[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11], [12, 13, 14, 15]]";
        read("\"input\": " + x + ", \"kernel\": [[1, 0, -1], [1, 0, -1]]",
                "{\"kind\": \"composition\", \"first\": [1, -1], \"second\": [[1, 1], [1, 1]]}");
        assertTrue(fails("\"input\": " + x + ", \"kernel\": [[1, 0, -1], [1, 0, 1]]",
                "{\"kind\": \"composition\", \"first\": [1, -1], \"second\": [[1, 1], [1, 1]]}").getMessage()
                .contains("corr2d(corr2d(X, K1), K2)"));
        assertTrue(fails("\"input\": " + x + ", \"kernel\": [[1, -1]]",
                "{\"kind\": \"composition\", \"first\": [1, -1], \"second\": [[1, 1], [1, 1]]}").getMessage()
                .endsWith("computes K 1x2"));
    }

    @Test
    void thePatchMatrixTimesTheBankIsYForAnyGeometry() {
        Random r = new Random(64);
        for (int trial = 0; trial < 40; trial++) {
            int cin = 1 + r.nextInt(3);
            int cout = 1 + r.nextInt(3);
            int kh = 1 + r.nextInt(3);
            int kw = 1 + r.nextInt(3);
            ConvGeometry g = new ConvGeometry(r.nextInt(2), r.nextInt(2), 1 + r.nextInt(2), 1 + r.nextInt(2),
                    1 + r.nextInt(2), 1 + r.nextInt(2));
            WorkspaceState s = randomState(r, cin, cout, 5 + r.nextInt(3), 5 + r.nextInt(3), kh, kw, g);
            FMatrixRMaj patches = PatchMatrix.of(s);
            assertEquals(cin * kh * kw, patches.numRows);
            assertEquals(s.outputRows() * s.outputCols(), patches.numCols);
            List<FMatrixRMaj> y = ClaimCheck.outputs(s);
            List<FMatrixRMaj> product = PatchMatrix.outputs(s, patches);
            for (int o = 0; o < cout; o++) {
                for (int i = 0; i < y.get(o).getNumElements(); i++) {
                    assertEquals(y.get(o).data[i], product.get(o).data[i], 1e-4, s + " trial " + trial);
                }
            }
        }
    }

    @Test
    void trainingAndLandscapeClaimsOnSeveralChannelsAreUncheckableNotWrong() {
        LessonFormatException e = fails(BOOK + ", \"training\": {\"init\": \"zeros\"}", "{\"kind\": \"diverges\"}");
        assertEquals(Problem.UNCHECKABLE_CLAIM, e.problem());
        assertTrue(e.getMessage().contains("one input and one output channel"), e.getMessage());
        assertEquals(Problem.UNCHECKABLE_CLAIM, fails(BOOK, "{\"kind\": \"matrix-form\", \"rows\": 4, \"cols\": 9,"
                + " \"nonzeros\": 16}").problem());
    }

    private static WorkspaceState randomState(Random r, int cin, int cout, int h, int w, int kh, int kw,
                                              ConvGeometry g) {
        List<FMatrixRMaj> inputs = new java.util.ArrayList<>();
        for (int c = 0; c < cin; c++) {
            inputs.add(random(r, h, w));
        }
        List<List<FMatrixRMaj>> bank = new java.util.ArrayList<>();
        List<Float> biases = new java.util.ArrayList<>();
        for (int o = 0; o < cout; o++) {
            List<FMatrixRMaj> row = new java.util.ArrayList<>();
            for (int c = 0; c < cin; c++) {
                row.add(random(r, kh, kw));
            }
            bank.add(row);
            biases.add(r.nextFloat() - 0.5f);
        }
        return new WorkspaceState(inputs, null, bank, biases, g, PoolingStage.OFF);
    }

    private static FMatrixRMaj random(Random r, int rows, int cols) {
        FMatrixRMaj m = new FMatrixRMaj(rows, cols);
        for (int i = 0; i < m.getNumElements(); i++) {
            m.data[i] = r.nextFloat() * 2 - 1;
        }
        return m;
    }
}
