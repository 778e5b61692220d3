package org.convlab.model.lesson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convlab.core.BankTrainer;
import org.convlab.core.ChannelStack;
import org.convlab.core.ConvGeometry;
import org.convlab.core.KernelBank;
import org.convlab.core.MultipleChannels;
import org.convlab.core.PoolWindow;
import org.convlab.core.TrainingStatus;
import org.convlab.model.PoolingStage;
import org.convlab.model.WorkspaceState;
import org.convlab.support.Golden;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The chapter's lesson in both languages says only what its setups compute: every claim holds
 * (the reader checks that against corr2d and the trainer), every claim is quoted in the text, and
 * every number in the text is one the step's setup or claims account for.
 */
class LessonContentTest {
    /** A number not glued to a Latin letter ("D2L"), with its sign; section numbers have 2 dots. */
    private static final Pattern NUMBER = Pattern.compile("(?<![A-Za-z\\d.])-?\\d+(?:\\.\\d+)*");

    private static Lesson lesson(String language) {
        return LessonLibrary.builtIn(Locale.forLanguageTag(language));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void everyStepSetsUpAWorkspaceWhoseOutputExists(String language) {
        for (LessonStep step : lesson(language).steps()) {
            assertTrue(step.setup().kernelFits(), step.id() + " " + step.title());
            FMatrixRMaj y = ClaimCheck.output(step.setup());
            assertTrue(y.getNumElements() > 0);
            assertFalse(step.look().isBlank(), step.id());
            assertFalse(step.tryThis().isBlank(), step.id());
            assertFalse(step.question().isBlank(), step.id());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void everyClaimHoldsAgainstTheArithmetic(String language) {
        for (LessonStep step : lesson(language).steps()) {
            for (Claim claim : step.claims()) {
                assertEquals(java.util.Optional.empty(), ClaimCheck.check(step, claim), step.id() + " " + claim);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void everyClaimIsQuotedInTheText(String language) {
        for (LessonStep step : lesson(language).steps()) {
            String text = text(step);
            for (Claim claim : step.claims()) {
                for (String quote : quotes(step, claim)) {
                    assertTrue(text.contains(quote), language + " " + step.id() + " " + step.title()
                            + ": the text does not quote \"" + quote + "\" from " + claim + "\n" + text);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void everyNumberInTheTextIsAccountedFor(String language) {
        for (LessonStep step : lesson(language).steps()) {
            Set<String> known = accountedNumbers(step);
            Matcher m = NUMBER.matcher(text(step));
            while (m.find()) {
                String token = m.group();
                if (token.chars().filter(c -> c == '.').count() >= 2 || token.matches("6\\.[2-5]")) {
                    continue;
                }
                assertTrue(known.contains(token), language + " " + step.id() + " " + step.title() + ": the text quotes "
                        + token + ", which neither the setup nor a claim accounts for; known: " + known);
            }
        }
    }

    @Test
    void bothLanguagesTeachTheSameSteps() {
        List<LessonStep> en = lesson("en").steps();
        List<LessonStep> zh = lesson("zh-CN").steps();
        assertEquals(en.size(), zh.size());
        for (int i = 0; i < en.size(); i++) {
            LessonStep a = en.get(i);
            LessonStep b = zh.get(i);
            assertTrue(sameState(a.setup(), b.setup()), "step " + (i + 1));
            assertEquals(a.pane(), b.pane(), "step " + (i + 1));
            assertEquals(a.exercise(), b.exercise(), "step " + (i + 1));
            assertEquals(a.training().map(TrainingSetup::learningRate), b.training().map(TrainingSetup::learningRate));
            assertEquals(a.training().map(TrainingSetup::init), b.training().map(TrainingSetup::init));
            assertEquals(a.claims().size(), b.claims().size(), "step " + (i + 1));
        }
    }

    @Test
    void theLessonCoversTheChapterAndItsExercises() {
        Lesson en = lesson("en");
        List<String> ids = en.steps().stream().map(LessonStep::id).toList();
        assertTrue(ids.containsAll(List.of("6.2.1", "6.2.2", "6.2.3", "6.2.4", "6.3.1", "6.3.2", "6.4.1", "6.4.2",
                "6.4.3", "6.5.1", "6.5.2", "6.5.3", "6.5.4")));
        // the 8 exercises of 6.2, the 4 of 6.3, 4 steps on the 6 of 6.4 and the 5 of 6.5
        assertEquals(21, en.steps().stream().filter(LessonStep::exercise).count());
        LessonStep first = en.steps().get(0);
        assertEquals("[[19, 25], [37, 43]]", ClaimCheck.format(ClaimCheck.output(first.setup()), 0));
        assertEquals("0×0 + 1×1 + 3×2 + 4×3 = 19", ClaimCheck.cellSum(first.setup(), 0, 0));
    }

    @Test
    void theChannelStepsComputeWhatTheBooksCodePrints() {
        List<LessonStep> steps = lesson("en").steps();
        LessonStep in = step(steps, "6.4.1", 0);
        LessonStep out = step(steps, "6.4.2", 0);
        // the book's printout: the 6.4.1 tensor, K's shape, then the three channels of 6.4.2 (values as "56.")
        String golden = Golden.text("d2l/section-6.4.txt");
        List<String> printed = new ArrayList<>();
        Matcher m = Pattern.compile("-?\\d+(?=\\.)").matcher(golden);
        while (m.find()) {
            printed.add(m.group());
        }
        List<String> computed = new ArrayList<>(values(ClaimCheck.outputs(in.setup())));
        computed.addAll(values(ClaimCheck.outputs(out.setup())));
        assertEquals(printed, computed);
        WorkspaceState bank = out.setup();
        assertTrue(golden.contains("torch.Size([" + bank.outputChannels() + ", " + bank.inputChannels() + ", "
                + bank.kernel().numRows + ", " + bank.kernel().numCols + "])"), golden);
        assertEquals("(0×0 + 1×1 + 3×2 + 4×3) + (1×1 + 2×2 + 4×3 + 5×4) = 56", ClaimCheck.cellSum(in.setup(), 0, 0));
        assertEquals(MultipleChannels.exampleInput().toArray().length, in.setup().stack().toArray().length);
        assertArrayEquals(MultipleChannels.exampleInput().toArray(), in.setup().stack().toArray());
        assertArrayEquals(MultipleChannels.stackedKernel().toArray(), out.setup().bank().toArray());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void theGrayStepsBankIsLearnedFromZerosWithinItsEpochs(String language) {
        LessonStep gray = step(lesson(language).steps(), "6.4.3", 1);
        assertEquals(List.of("R", "G", "B"), gray.setup().channelNames());
        TrainingSetup t = gray.training().orElseThrow();
        assertEquals(TrainingSetup.Init.ZEROS, t.init());
        assertEquals(LessonPane.TRAINING, gray.pane());
        WorkspaceState s = gray.setup();
        ChannelStack target = ChannelStack.of(ClaimCheck.outputs(s).toArray(FMatrixRMaj[]::new));
        BankTrainer trainer = new BankTrainer(s.stack(), target, KernelBank.zeros(1, 3, 1, 1), t.learnBias(),
                t.learningRate(), s.geometry());
        trainer.run(t.epochs());
        assertEquals(TrainingStatus.RUNNING, trainer.status());
        assertEquals("[0.299, 0.587, 0.114]", ClaimCheck.format(FMatrixRMaj.wrap(1, 3, trainer.kernel().toArray()), 3));
    }

    /** The n-th step (from 0) with this id. */
    private static LessonStep step(List<LessonStep> steps, String id, int n) {
        return steps.stream().filter(s -> s.id().equals(id)).skip(n).findFirst().orElseThrow();
    }

    private static List<String> values(List<FMatrixRMaj> channels) {
        List<String> v = new ArrayList<>();
        for (FMatrixRMaj c : channels) {
            for (int i = 0; i < c.getNumElements(); i++) {
                v.add(ClaimCheck.format(c.data[i], 4));
            }
        }
        return v;
    }

    private static boolean sameState(WorkspaceState a, WorkspaceState b) {
        return a.equals(b);
    }

    private static String text(LessonStep step) {
        return step.look() + "\n" + step.tryThis() + "\n" + step.question();
    }

    /** What the text must contain for a claim; claims about whole large matrices need no quote. */
    private static List<String> quotes(LessonStep step, Claim claim) {
        WorkspaceState state = claim.with().apply(step.setup());
        List<String> q = new ArrayList<>();
        if (claim instanceof Claim.Output c && c.value().getNumElements() <= 4) {
            q.add(ClaimCheck.format(c.value(), c.decimals()));
        } else if (claim instanceof Claim.Cell c) {
            q.add(ClaimCheck.format(c.value(), c.decimals()));
        } else if (claim instanceof Claim.CellSum c) {
            q.add(ClaimCheck.cellSum(state, c.row(), c.col()));
        } else if (claim instanceof Claim.All c) {
            q.add(ClaimCheck.format(c.value(), 4));
        } else if (claim instanceof Claim.Count c) {
            q.add(Integer.toString(c.count()));
            q.add(ClaimCheck.format(c.value(), 4));
        } else if (claim instanceof Claim.Shape c) {
            q.add(c.rows() + "×" + c.cols());
        } else if (claim instanceof Claim.Loss c) {
            q.add(ClaimCheck.format(c.value(), c.decimals()));
        } else if (claim instanceof Claim.TrainedKernel c) {
            q.add(ClaimCheck.format(c.value(), c.decimals()));
        } else if (claim instanceof Claim.StableRateLimit c) {
            q.add(c.written());
        } else if (claim instanceof Claim.MatrixForm c) {
            q.add(c.rows() + "×" + c.cols());
            q.add(Integer.toString(c.nonzeros()));
        } else if (claim instanceof Claim.Pooled c && c.value().getNumElements() <= 4) {
            q.add(ClaimCheck.format(c.value(), c.decimals()));
        } else if (claim instanceof Claim.PooledShape c) {
            q.add(c.rows() + "×" + c.cols());
        } else if (claim instanceof Claim.ShiftChanges c) {
            q.add(Integer.toString(c.y()));
            q.add(Integer.toString(c.z()));
        } else if (claim instanceof Claim.ChannelOutput c && c.value().getNumElements() <= 4) {
            q.add(ClaimCheck.format(c.value(), c.decimals()));
        } else if (claim instanceof Claim.StackShape c) {
            q.add(c.channels() + "×" + c.rows() + "×" + c.cols());
        } else if (claim instanceof Claim.BankShape c) {
            q.add(c.outputs() + "×" + c.inputs() + "×" + c.rows() + "×" + c.cols());
        } else if (claim instanceof Claim.ProductPaths c) {
            q.add(c.differing() + "");
            q.add(c.decimals() + "");
        } else if (claim instanceof Claim.LayerCost c) {
            for (Long v : new Long[] {c.multiplyAdds(), c.parameters(), c.outputs()}) {
                if (v != null) {
                    q.add(v.toString());
                }
            }
        } else if (claim instanceof Claim.Composition c) {
            q.add(ClaimCheck.format(c.first(), 4));
            q.add(ClaimCheck.format(c.second(), 4));
            q.add(state.kernel().numRows + "×" + state.kernel().numCols);
        } else if (claim instanceof Claim.PatchMatrix c) {
            q.add(c.rows() + "×" + c.cols());
        } else if (claim instanceof Claim.ChannelPooled c && c.value().getNumElements() <= 4) {
            q.add(ClaimCheck.format(c.value(), c.decimals()));
        }
        return q;
    }

    /** The numbers a step's text may quote: its setup's, its claims', and the sizes they imply. */
    private static Set<String> accountedNumbers(LessonStep step) {
        Set<String> known = new HashSet<>(List.of("1"));
        addState(known, step.setup());
        step.training().ifPresent(t -> {
            known.add(plain(t.learningRate()));
            known.add(Integer.toString(t.epochs()));
            known.add(Long.toString(t.seed()));
            addMatrix(known, t.initialKernel(step.setup().kernel().numRows, step.setup().kernel().numCols), 4);
        });
        for (Claim claim : step.claims()) {
            known.addAll(quotes(step, claim));
            Variation v = claim.with();
            if (!v.isNone()) {
                addState(known, v.apply(step.setup()));
            }
            if (v.learningRate() != null) {
                known.add(plain(v.learningRate()));
            }
            if (claim instanceof Claim.Output c) {
                addMatrix(known, c.value(), c.decimals());
            } else if (claim instanceof Claim.TrainedKernel c) {
                addMatrix(known, c.value(), c.decimals());
            } else if (claim instanceof Claim.Pooled c) {
                addMatrix(known, c.value(), c.decimals());
            } else if (claim instanceof Claim.Loss c) {
                known.add(Integer.toString(c.epoch()));
            } else if (claim instanceof Claim.StableRateLimit c) {
                known.addAll(List.of(c.written().split("/")));
                known.add(ClaimCheck.format(c.value(), c.decimals()));
            } else if (claim instanceof Claim.MatrixForm c) {
                known.add(Integer.toString(c.rows() * c.cols()));
            } else if (claim instanceof Claim.Cell c) {
                known.add(Integer.toString(c.row()));
                known.add(Integer.toString(c.col()));
            } else if (claim instanceof Claim.ChannelPooled c) {
                addMatrix(known, c.value(), c.decimals());
            } else if (claim instanceof Claim.ChannelOutput c) {
                addMatrix(known, c.value(), c.decimals());
                known.add(Integer.toString(c.channel()));
            } else if (claim instanceof Claim.Composition c) {
                for (FMatrixRMaj k : List.of(c.first(), c.second())) {
                    addMatrix(known, k, 4);
                    known.add(Integer.toString(k.numRows));
                    known.add(Integer.toString(k.numCols));
                }
            }
        }
        return known;
    }

    /**
     * The numbers of a state: every channel's and every kernel's values, the biases, the channel
     * counts, the shapes, and Y's shape and cell count, per channel and in all (C_out x OH x OW).
     */
    private static void addState(Set<String> known, WorkspaceState s) {
        for (int c = 0; c < s.inputChannels(); c++) {
            addMatrix(known, s.input(c), 4);
        }
        for (int o = 0; o < s.outputChannels(); o++) {
            for (int c = 0; c < s.inputChannels(); c++) {
                addMatrix(known, s.kernel(o, c), 4);
            }
            addNumber(known, s.bias(o), 4);
        }
        known.add(Integer.toString(s.inputChannels()));
        known.add(Integer.toString(s.outputChannels()));
        for (FMatrixRMaj m : List.of(s.input(), s.kernel())) {
            known.add(Integer.toString(m.numRows));
            known.add(Integer.toString(m.numCols));
            known.add(Integer.toString(m.getNumElements()));
        }
        if (s.kernelFits()) {
            FMatrixRMaj y = ClaimCheck.output(s);
            known.add(Integer.toString(y.numRows));
            known.add(Integer.toString(y.numCols));
            known.add(Integer.toString(y.getNumElements()));
            known.add(Integer.toString(y.getNumElements() * s.outputChannels()));
        }
        addGeometry(known, s);
        addPooling(known, s);
    }

    /**
     * The numbers of 6.5's pooling: the window, its cell count, stride and padding (and twice the
     * padding, as the shape formula adds it), Z's shape and cell count, and the reads pooling
     * takes, Z's cells times the window's.
     */
    private static void addPooling(Set<String> known, WorkspaceState s) {
        PoolingStage p = s.pooling();
        if (!p.on()) {
            return;
        }
        PoolWindow w = p.window();
        for (int v : new int[] {w.rows(), w.cols(), w.rows() * w.cols(), w.strideRows(), w.strideCols(), w.padRows(),
            w.padCols(), 2 * w.padRows(), 2 * w.padCols()}) {
            known.add(Integer.toString(v));
        }
        FMatrixRMaj z = s.kernelFits() ? p.pool(ClaimCheck.output(s)) : null;
        if (z != null) {
            known.add(Integer.toString(z.numRows));
            known.add(Integer.toString(z.numCols));
            known.add(Integer.toString(z.getNumElements()));
            known.add(Integer.toString(z.getNumElements() * w.rows() * w.cols()));
        }
    }

    /**
     * The numbers of 6.3's shape formula ⌊(n − k + p + s) / s⌋: each padding, stride and dilation,
     * the total padding p, the dilated kernel's span and the numerator.
     */
    private static void addGeometry(Set<String> known, WorkspaceState s) {
        ConvGeometry g = s.geometry();
        int[][] sides = {{s.input().numRows, s.kernel().numRows, g.padRows(), g.strideRows(), g.dilationRows()},
            {s.input().numCols, s.kernel().numCols, g.padCols(), g.strideCols(), g.dilationCols()}};
        for (int[] side : sides) {
            int span = side[4] * (side[1] - 1) + 1;
            for (int v : new int[] {side[2], 2 * side[2], side[3], side[4], span, side[0] - span + 2 * side[2] + side[3]}) {
                known.add(Integer.toString(v));
            }
        }
    }

    /** A rate as a person writes it: 0.03, not 0.0300. */
    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static void addMatrix(Set<String> known, FMatrixRMaj m, int decimals) {
        for (int i = 0; i < m.getNumElements(); i++) {
            addNumber(known, m.data[i], decimals);
        }
    }

    /** A value as the lessons format it ("0.2500") and as a person writes it ("0.25"). */
    private static void addNumber(Set<String> known, double v, int decimals) {
        String formatted = ClaimCheck.format(v, decimals);
        known.add(formatted);
        known.add(formatted.contains(".") ? formatted.replaceAll("0+$", "") : formatted);
    }
}
