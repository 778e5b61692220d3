package org.convlab.model.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.convlab.core.BankGradient;
import org.convlab.core.BankTrainer;
import org.convlab.core.ChannelCorrelation;
import org.convlab.core.ChannelStack;
import org.convlab.core.ConvGeometry;
import org.convlab.core.KernelBank;
import org.convlab.model.PoolingStage;
import org.convlab.model.Workspace;
import org.convlab.model.WorkspaceState;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/** Training a whole kernel bank (D2L 6.4): the gray weights from a color image, and a bank learned back. */
class BankTrainingTest {
    private static final float[] GRAY = {0.299f, 0.587f, 0.114f};

    /** A 3-channel random image (R, G, B in [0, 1)) under a 2x3x3x3 bank, which the gray task ignores. */
    static WorkspaceState colorWorkspace(long seed, int rows, int cols) {
        SplittableRandom random = new SplittableRandom(seed);
        ChannelStack rgb = ChannelStack.of(random(rows, cols, random, 0, 1), random(rows, cols, random, 0, 1),
                random(rows, cols, random, 0, 1));
        return WorkspaceState.of(rgb, List.of("R", "G", "B"), bank(2, 3, 3, 3, random), new float[2],
                ConvGeometry.VALID, PoolingStage.OFF);
    }

    static TrainingSettings graySettings() {
        return TrainingSettings.chapter().withTarget(TargetKind.RGB_TO_GRAY).withInit(InitKind.RANDOM).withSeed(3)
                .withLearningRate(0.005).withEpochs(400).withTolerance(0);
    }

    @Test
    void theSessionLearnsTheGrayWeightsAsAOneByOneBankWithTheLossFalling() {
        TrainingSession s = new TrainingSession(new Workspace(colorWorkspace(5, 10, 10)), graySettings());
        TrainingTask task = s.taskProperty().get();
        assertEquals("1x3x1x1", task.shape());
        assertFalse(task.singleChannel());
        for (int i = 0; i < 400; i++) {
            s.step();
        }
        assertEquals(TrainingPhase.FINISHED, s.phase());
        Snapshot last = s.snapshotProperty().get();
        assertArrayEquals(GRAY, last.bank().toArray(), 1e-3f);
        List<LossPoint> losses = List.copyOf(s.losses());
        assertEquals(400, losses.get(losses.size() - 1).epoch());
        for (int i = 1; i < 100; i++) {
            assertTrue(losses.get(i).loss() < losses.get(i - 1).loss(), "epoch " + losses.get(i).epoch());
        }
        assertTrue(losses.get(losses.size() - 1).loss() < 1e-8 * losses.get(0).loss(),
                losses.get(0).loss() + " -> " + losses.get(losses.size() - 1).loss());
    }

    @Test
    void aLessonsCheckSeesTheGrayWeightsAsTheBooksOneByThreeK() throws TrainingProblem {
        WorkspaceState state = colorWorkspace(5, 10, 10);
        TrainingSettings settings = graySettings();
        WholeRun run = WholeRun.play(TrainingTask.prepare(state, settings), settings);
        assertFalse(run.diverged());
        assertEquals(400, run.lastEpoch());
        assertEquals(1, run.kernel().numRows);
        assertArrayEquals(GRAY, run.kernel().data, 1e-3f);
    }

    @Test
    void theBanksLogAndTableHaveTheBankColumnsOfTheCommandLine() {
        TrainingSession s = new TrainingSession(new Workspace(colorWorkspace(5, 10, 10)),
                graySettings().withBias(true).withEpochs(2));
        s.step();
        s.step();
        String[] csv = s.epochTableCsv().split("\n");
        assertEquals("epoch,loss,k_0_0_0_0,k_0_1_0_0,k_0_2_0_0,bias_0", csv[0]);
        assertEquals(3, csv.length);
        assertTrue(csv[2].startsWith("2,"), csv[2]);
        assertEquals(6, csv[2].split(",").length);
        assertTrue(s.log().get(0).startsWith("epoch 1, loss "), s.log().get(0));
        // the run ends with the bank and the biases as PyTorch prints a weight and a bias of those shapes
        String end = String.join("\n", s.log().subList(2, s.log().size()));
        assertTrue(end.startsWith("tensor([[[["), end);
        assertTrue(end.contains("]]]])\ntensor(["), end);
        // the path is drawn on one kernel's landscape only: a bank keeps none
        assertEquals(List.of(), List.copyOf(s.trajectory()));
    }

    @Test
    void aBankThatDivergesSaysFromWhichLearningRateOnItDoes() throws TrainingProblem {
        WorkspaceState state = colorWorkspace(5, 10, 10);
        double limit = BankStability.largestStableRate(TrainingTask.prepare(state, graySettings().withBias(true)));
        assertTrue(limit > 1e-3 && limit < 0.1, "limit " + limit);
        // just below the limit the run settles; just above it every step overshoots
        assertFalse(WholeRun.play(TrainingTask.prepare(state, graySettings().withBias(true)
                .withLearningRate(0.97 * limit)), graySettings().withBias(true).withLearningRate(0.97 * limit))
                .diverged());
        TrainingSession s = new TrainingSession(new Workspace(state), graySettings().withBias(true)
                .withLearningRate(1.1 * limit).withEpochs(2000));
        for (int i = 0; i < 2000 && s.phase() != TrainingPhase.DIVERGED; i++) {
            s.step();
        }
        assertEquals(TrainingPhase.DIVERGED, s.phase());
        assertEquals("notice.divergedLimit", s.noticeProperty().get().key());
        assertEquals(Figures.rate(limit), s.noticeProperty().get().args().get(2));
    }

    @Test
    void aLargeBanksEpochTableKeepsAsManyRowsAsItsValuesAllow() throws TrainingProblem {
        SplittableRandom random = new SplittableRandom(4);
        WorkspaceState state = WorkspaceState.of(ChannelStack.of(random(9, 9, random, -1, 1)), null,
                bank(8, 1, 7, 7, random), new float[8], ConvGeometry.VALID, PoolingStage.OFF);
        TrainingTask bank = TrainingTask.prepare(state, TrainingSettings.chapter().withBias(true));
        assertEquals(EpochTable.BANK_VALUES / (8 * 49 + 8), EpochTable.capacity(bank));
        assertEquals(EpochTable.CAPACITY, EpochTable.capacity(TrainingTask.prepare(new Workspace().state(),
                TrainingSettings.chapter())));
    }

    @Test
    void theGrayTargetIsTheWeightedSumOfTheColorChannels() throws TrainingProblem {
        WorkspaceState state = colorWorkspace(9, 6, 7);
        TrainingTask task = TrainingTask.rgbToGray(state, graySettings());
        assertEquals(1, task.targets().count());
        FMatrixRMaj y = task.target();
        for (int i = 0; i < y.getNumElements(); i++) {
            double gray = 0.299 * state.input(0).data[i] + 0.587 * state.input(1).data[i]
                    + 0.114 * state.input(2).data[i];
            assertEquals(gray, y.data[i], 1e-6);
        }
        assertEquals(List.of("R", "G", "B"), task.channelNames());
        assertEquals(ConvGeometry.VALID, task.geometry());
    }

    @Test
    void rgbToGrayOnAnInputOfOneChannelSaysItNeedsThree() {
        TrainingProblem p = assertThrows(TrainingProblem.class,
                () -> TrainingTask.prepare(new Workspace().state(), graySettings()));
        assertEquals("problem.grayNeedsThree", p.notice().key());
        assertEquals(List.of("1"), p.notice().args());
    }

    @Test
    void aBankThroughAPoolingStageIsRefusedWithItsShape() {
        WorkspaceState pooled = colorWorkspace(5, 10, 10).withPooling(new PoolingStage(true,
                org.convlab.core.PoolWindow.of(2, 2), org.convlab.core.PoolMode.MAX));
        TrainingProblem p = assertThrows(TrainingProblem.class, () -> TrainingTask.prepare(pooled,
                TrainingSettings.chapter()));
        assertEquals("problem.bankPooling", p.notice().key());
        assertEquals(List.of("2x3x3x3"), p.notice().args());
    }

    @Test
    void theWorkspacesBankWithBiasesAndStrideIsLearnedBackFromARandomStart() throws TrainingProblem {
        SplittableRandom random = new SplittableRandom(21);
        KernelBank truth = bank(3, 2, 3, 3, random);
        float[] bias = {0.5f, -0.25f, 0.125f};
        ConvGeometry g = new ConvGeometry(1, 1, 2, 2, 1, 1);
        WorkspaceState state = WorkspaceState.of(ChannelStack.of(random(10, 10, random, -1, 1),
                random(10, 10, random, -1, 1)), null, truth, bias, g, PoolingStage.OFF);
        TrainingSettings settings = TrainingSettings.chapter().withInit(InitKind.RANDOM).withSeed(4).withBias(true)
                .withLearningRate(0.01).withEpochs(3000).withTolerance(0);
        TrainingTask task = TrainingTask.prepare(state, settings);
        assertNull(task.startNote());
        assertArrayEquals(ChannelCorrelation.corr2d(state.stack(), truth, bias, g).toArray(), task.targets().toArray());
        WholeRun run = WholeRun.play(task, settings);
        assertFalse(run.diverged());
        assertArrayEquals(truth.toArray(), run.bank().toArray(), 1e-3f);
        assertArrayEquals(bias, run.biases(), 1e-3f);
        // the claim checker's matrix form: one row per output channel
        assertEquals(3, run.kernel().numRows);
        assertEquals(18, run.kernel().numCols);
    }

    @Test
    void aBanksGradientAndStepAreTheTextbookOnes() throws TrainingProblem {
        SplittableRandom random = new SplittableRandom(8);
        KernelBank truth = bank(2, 3, 2, 2, random);
        float[] trueBias = {0.75f, -0.5f};
        WorkspaceState state = WorkspaceState.of(ChannelStack.of(random(5, 6, random, -1, 1),
                random(5, 6, random, -1, 1), random(5, 6, random, -1, 1)), null, truth, trueBias,
                ConvGeometry.VALID, PoolingStage.OFF);
        TrainingSettings settings = TrainingSettings.chapter().withInit(InitKind.RANDOM).withSeed(2).withBias(true)
                .withLearningRate(0.01);
        TrainingTask task = TrainingTask.prepare(state, settings);
        KernelBank k = task.initialBank();
        float[] b = {0.1f, -0.2f};
        BankGradient g = EpochBatch.at(task, k, b);
        double[][][][] dk = new double[2][3][2][2];
        double[] db = new double[2];
        double loss = 0;
        // dL/dK[o,c,i,j] = 2 sum E[o][p,q] X[c][p+i, q+j], dL/db[o] = 2 sum E[o], written out as plain loops
        for (int o = 0; o < 2; o++) {
            for (int p = 0; p < 4; p++) {
                for (int q = 0; q < 5; q++) {
                    double yHat = b[o];
                    for (int c = 0; c < 3; c++) {
                        for (int i = 0; i < 2; i++) {
                            for (int j = 0; j < 2; j++) {
                                yHat += (double) k.kernel(o, c).get(i, j) * state.input(c).get(p + i, q + j);
                            }
                        }
                    }
                    double e = yHat - task.targets().channel(o).get(p, q);
                    loss += e * e;
                    db[o] += 2 * e;
                    for (int c = 0; c < 3; c++) {
                        for (int i = 0; i < 2; i++) {
                            for (int j = 0; j < 2; j++) {
                                dk[o][c][i][j] += 2 * e * state.input(c).get(p + i, q + j);
                            }
                        }
                    }
                }
            }
        }
        assertEquals(loss, g.loss(), 1e-4 * loss);
        for (int o = 0; o < 2; o++) {
            assertEquals(db[o], g.biasGrad()[o], 1e-3);
            for (int c = 0; c < 3; c++) {
                for (int i = 0; i < 2; i++) {
                    for (int j = 0; j < 2; j++) {
                        assertEquals(dk[o][c][i][j], g.kernelGrad().kernel(o, c).get(i, j), 1e-3);
                    }
                }
            }
        }
        // one epoch from the start steps K and b by -lr times that gradient
        BankGradient atStart = EpochBatch.at(task, k, new float[2]);
        BankTrainer.Epoch first = task.descent(0.01).step();
        float[] k0 = k.toArray();
        float[] dk0 = atStart.kernelGrad().toArray();
        float[] k1 = first.kernel().toArray();
        for (int i = 0; i < k0.length; i++) {
            assertEquals(k0[i] - 0.01f * dk0[i], k1[i], 1e-6f);
        }
        for (int o = 0; o < 2; o++) {
            assertEquals(-0.01f * (float) atStart.biasGrad()[o], first.bias()[o], 1e-6f);
        }
    }

    private static FMatrixRMaj random(int rows, int cols, SplittableRandom random, double lo, double hi) {
        FMatrixRMaj m = new FMatrixRMaj(rows, cols);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = (float) random.nextDouble(lo, hi);
        }
        return m;
    }

    private static KernelBank bank(int outputs, int inputs, int rows, int cols, SplittableRandom random) {
        FMatrixRMaj[][] k = new FMatrixRMaj[outputs][inputs];
        for (int o = 0; o < outputs; o++) {
            for (int c = 0; c < inputs; c++) {
                k[o][c] = random(rows, cols, random, -1, 1);
            }
        }
        return KernelBank.of(k);
    }
}
