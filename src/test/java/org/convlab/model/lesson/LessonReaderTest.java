package org.convlab.model.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.convlab.core.ConvGeometry;
import org.convlab.model.lesson.LessonFormatException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A teacher's lesson file: what loads, and the message for every way it can be wrong. */
class LessonReaderTest {
    private static final String STEP = """
            {"id": "1", "title": "t", "look": "l", "setup": {"input": %s, "kernel": %s%s}%s}""";

    private static String lesson(String steps) {
        return "{\"formatVersion\": 1, \"title\": \"My lesson\", \"steps\": [" + steps + "]}";
    }

    private static String step(String input, String kernel) {
        return STEP.formatted(input, kernel, "", "");
    }

    private static LessonFormatException fails(String text) {
        return assertThrows(LessonFormatException.class, () -> LessonReader.read(text, "my-lesson.json"));
    }

    @Test
    void aMinimalLessonLoadsWithLiteralMatricesAndUnknownFieldsIgnored() throws LessonFormatException {
        String text = "{\"formatVersion\": 1, \"title\": \"My lesson\", \"author\": \"ignored\", \"steps\": ["
                + STEP.formatted("[[1, 2], [3, 4]]", "[1, -1]", ", \"bias\": 0.5, \"colour\": \"red\"",
                ", \"claims\": [{\"kind\": \"output\", \"value\": [[-0.5], [-0.5]]}]") + "]}";
        Lesson lesson = LessonReader.read(text, "my-lesson.json");
        assertEquals("My lesson", lesson.title());
        LessonStep step = lesson.steps().get(0);
        assertEquals(2, step.setup().input().numRows);
        assertEquals(1, step.setup().kernel().numRows);
        assertEquals(0.5f, step.setup().bias());
        assertEquals(LessonPane.WORKSPACE, step.pane());
        assertTrue(step.training().isEmpty());
    }

    @Test
    void trainingDefaultsToTheChaptersRateAndEpochsAndShowsTheTrainingPane() throws LessonFormatException {
        String text = lesson(STEP.formatted("\"edge-6x8\"", "\"edge\"", ", \"training\": {\"init\": \"ZEROS\"}", ""));
        LessonStep step = LessonReader.read(text, "t.json").steps().get(0);
        TrainingSetup t = step.training().orElseThrow();
        assertEquals(TrainingSetup.Init.ZEROS, t.init());
        assertEquals(0.03, t.learningRate());
        assertEquals(10, t.epochs());
        assertEquals(LessonPane.TRAINING, step.pane());
    }

    @Test
    void badJsonNamesTheFileAndTheLine() {
        LessonFormatException e = fails("{\"formatVersion\": 1,\n \"title\": \"x\"\n \"steps\": []}");
        assertEquals(Problem.NOT_JSON, e.problem());
        assertTrue(e.getMessage().startsWith("my-lesson.json: "), e.getMessage());
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }

    @Test
    void aMissingFieldIsNamed() {
        LessonFormatException e = fails(lesson("{\"id\": \"1\", \"title\": \"t\", \"setup\": {\"input\": \"edge-6x8\", "
                + "\"kernel\": \"edge\"}}"));
        assertEquals(Problem.MISSING_FIELD, e.problem());
        assertEquals(1, e.step());
        assertEquals("my-lesson.json: step 1, look: the field \"look\" is missing", e.getMessage());
    }

    @Test
    void anUnknownPresetListsTheKnownOnes() {
        LessonFormatException e = fails(lesson(step("\"edge-6x8\"", "\"egde\"")));
        assertEquals(Problem.UNKNOWN_PRESET, e.problem());
        assertEquals("setup.kernel", e.field());
        assertTrue(e.getMessage().contains("\"egde\"") && e.getMessage().contains("second-derivative"), e.getMessage());
    }

    @Test
    void nonFiniteNumbersAreRefused() {
        assertEquals(Problem.NOT_FINITE, fails(lesson(step("[[1, NaN]]", "[1]"))).problem());
        assertEquals(Problem.NOT_FINITE, fails(lesson(step("[[1, 1e999]]", "[1]"))).problem());
        assertEquals(Problem.NOT_FINITE, fails(lesson(step("[[1, 1e39]]", "[1]"))).problem());
        LessonFormatException e = fails(lesson(step("[[1, 2]]", "[Infinity]")));
        assertEquals("setup.kernel[0]", e.field());
    }

    @Test
    void aKernelLargerThanTheInputIsRefused() {
        LessonFormatException e = fails(lesson(step("[[1, 2], [3, 4]]", "\"box-blur-3x3\"")));
        assertEquals(Problem.KERNEL_TOO_LARGE, e.problem());
        assertTrue(e.getMessage().contains("3x3") && e.getMessage().contains("2x2"), e.getMessage());
    }

    @Test
    void aNewerFormatIsRefusedByVersion() {
        LessonFormatException e = fails(lesson(step("\"edge-6x8\"", "\"edge\"")).replace("\"formatVersion\": 1",
                "\"formatVersion\": 5"));
        assertEquals(Problem.NEWER_VERSION, e.problem());
        assertTrue(e.getMessage().contains("format 5"), e.getMessage());
    }

    @Test
    void paddingStrideAndDilationAreANumberOrAPairAndClaimsAreCheckedWithThem() throws LessonFormatException {
        String text = lesson(STEP.formatted("\"edge-6x8\"", "\"edge\"", ", \"padding\": [0, 1], \"stride\": 2",
                ", \"claims\": [{\"kind\": \"shape\", \"rows\": 3, \"cols\": 5},"
                        + " {\"kind\": \"shape\", \"rows\": 6, \"cols\": 7, \"with\": {\"padding\": 0, \"stride\": 1}}]"));
        LessonStep step = LessonReader.read(text, "t.json").steps().get(0);
        assertEquals(new ConvGeometry(0, 1, 2, 2, 1, 1), step.setup().geometry());
        String wrong = lesson(STEP.formatted("\"edge-6x8\"", "\"edge\"", ", \"stride\": 2",
                ", \"claims\": [{\"kind\": \"shape\", \"rows\": 6, \"cols\": 7}]"));
        assertEquals(Problem.FALSE_CLAIM, fails(wrong).problem());
    }

    @Test
    void badGeometryIsNamedWithItsField() {
        LessonFormatException pair = fails(lesson(STEP.formatted("\"edge-6x8\"", "\"edge\"", ", \"padding\": [1, 2, 3]", "")));
        assertEquals(Problem.WRONG_TYPE, pair.problem());
        assertTrue(pair.getMessage().contains("setup.padding"), pair.getMessage());
        assertEquals(Problem.OUT_OF_RANGE,
                fails(lesson(STEP.formatted("\"edge-6x8\"", "\"edge\"", ", \"stride\": [1, 0]", ""))).problem());
        assertEquals(Problem.OUT_OF_RANGE,
                fails(lesson(STEP.formatted("\"edge-6x8\"", "\"edge\"", ", \"padding\": -1", ""))).problem());
        LessonFormatException empty = fails(lesson(STEP.formatted("\"edge-6x8\"", "\"edge\"", ", \"dilation\": 9", "")));
        assertEquals(Problem.EMPTY_OUTPUT, empty.problem());
    }

    @Test
    void raggedAndEmptyMatricesAndWrongTypesAreNamed() {
        assertEquals(Problem.RAGGED_MATRIX, fails(lesson(step("[[1, 2], [3]]", "[1]"))).problem());
        assertEquals(Problem.EMPTY_MATRIX, fails(lesson(step("[]", "[1]"))).problem());
        assertEquals(Problem.WRONG_TYPE, fails(lesson(step("[[1, \"a\"]]", "[1]"))).problem());
        assertEquals(Problem.WRONG_TYPE, fails(lesson(step("7", "[1]"))).problem());
        assertEquals(Problem.NO_STEPS, fails(lesson("")).problem());
        assertEquals(Problem.WRONG_TYPE, fails("[1, 2]").problem());
    }

    @Test
    void badChoicesAndRangesAreNamed() {
        LessonFormatException e = fails(lesson(STEP.formatted("\"edge-6x8\"", "\"edge\"",
                ", \"training\": {\"init\": \"gaussian\"}", "")));
        assertEquals(Problem.UNKNOWN_CHOICE, e.problem());
        assertTrue(e.getMessage().contains("book-run, random, zeros, custom"), e.getMessage());
        assertEquals(Problem.OUT_OF_RANGE, fails(lesson(STEP.formatted("\"edge-6x8\"", "\"edge\"",
                ", \"training\": {\"init\": \"zeros\", \"learningRate\": -1}", ""))).problem());
        assertEquals(Problem.OUT_OF_RANGE, fails(lesson(STEP.formatted("\"edge-6x8\"", "\"edge\"",
                ", \"training\": {\"init\": \"zeros\", \"epochs\": 0}", ""))).problem());
        assertEquals(Problem.WRONG_SHAPE, fails(lesson(STEP.formatted("\"counting-3x3\"", "\"counting-2x2\"",
                ", \"training\": {\"init\": \"book-run\"}", ""))).problem());
    }

    @Test
    void aClaimTheSetupDoesNotBearOutIsRefusedWithBothNumbers() {
        LessonFormatException e = fails(lesson(STEP.formatted("\"counting-3x3\"", "\"counting-2x2\"", "",
                ", \"claims\": [{\"kind\": \"cell\", \"row\": 0, \"col\": 0, \"value\": 20}]")));
        assertEquals(Problem.FALSE_CLAIM, e.problem());
        assertEquals("my-lesson.json: step 1, claims[0]: the text claims Y[0,0] = 20, but the setup computes "
                + "Y[0,0] = 19", e.getMessage());
    }

    @Test
    void theMessageIsInChineseForAChineseUser() {
        LessonFormatException e = fails(lesson(step("\"edge-6x8\"", "\"egde\"")));
        String zh = e.message(Locale.SIMPLIFIED_CHINESE);
        assertTrue(zh.startsWith("my-lesson.json：第 1 步，setup.kernel：没有名为“egde”的预设"), zh);
    }

    @Test
    void aFileIsReadAsUtf8AndProblemsNameIt(@TempDir Path dir) throws IOException, LessonFormatException {
        Path good = dir.resolve("zh-lesson.json");
        Files.writeString(good, lesson(step("\"edge-6x8\"", "\"edge\"")).replace("My lesson", "边缘检测"));
        assertEquals("边缘检测", LessonLibrary.load(good).title());

        Path latin1 = dir.resolve("latin1.json");
        Files.write(latin1, new byte[] {'{', (byte) 0xe9, '}'});
        LessonFormatException e = assertThrows(LessonFormatException.class, () -> LessonLibrary.load(latin1));
        assertEquals(Problem.UNREADABLE, e.problem());
        assertTrue(e.getMessage().startsWith("latin1.json: "), e.getMessage());

        LessonFormatException missing = assertThrows(LessonFormatException.class,
                () -> LessonLibrary.load(dir.resolve("gone.json")));
        assertEquals(Problem.UNREADABLE, missing.problem());
        assertTrue(missing.getMessage().startsWith("gone.json: "), missing.getMessage());
    }

    @Test
    void theReadmesExampleLessonLoads() throws IOException, LessonFormatException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("```json", readme.indexOf("### Writing a lesson")) + "```json".length();
        String example = readme.substring(start, readme.indexOf("```", start));
        Lesson lesson = LessonReader.read(example, "README.md");
        assertEquals("Blurring", lesson.title());
        assertTrue(lesson.steps().get(0).exercise());
    }

    @Test
    void theBuiltInLessonFollowsTheLanguage() {
        assertTrue(LessonLibrary.builtIn(Locale.SIMPLIFIED_CHINESE).title().contains("图像卷积"));
        assertTrue(LessonLibrary.builtIn(Locale.ENGLISH).title().contains("Convolutions for Images"));
        assertTrue(LessonLibrary.builtIn(Locale.GERMAN).title().contains("Convolutions for Images"));
    }

    @Test
    void aPoolingSetupSwitchesTheStageOnWithPyTorchsDefaultStrideAndItsClaimsAreChecked() throws LessonFormatException {
        String text = lesson(STEP.formatted("[[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11], [12, 13, 14, 15]]", "[[1]]",
                ", \"pooling\": {\"window\": 3}", ", \"claims\": [{\"kind\": \"pooled\", \"value\": [[10]]},"
                        + " {\"kind\": \"pooled\", \"value\": [[5, 7], [13, 15]], \"with\": {\"pooling\":"
                        + " {\"window\": 3, \"padding\": 1, \"stride\": 2}}}]"));
        LessonStep step = LessonReader.read(text, "t.json").steps().get(0);
        assertEquals(new org.convlab.model.PoolingStage(true, org.convlab.core.PoolWindow.of(3, 3),
                org.convlab.core.PoolMode.MAX), step.setup().pooling());
        String wrong = text.replace("[[10]]", "[[11]]");
        LessonFormatException e = fails(wrong);
        assertEquals(Problem.FALSE_CLAIM, e.problem());
        assertTrue(e.getMessage().contains("Z = [10]"), e.getMessage());
    }

    @Test
    void poolingPaddingOverHalfTheWindowIsOutOfRange() {
        LessonFormatException e = fails(lesson(STEP.formatted("\"edge-6x8\"", "\"edge\"",
                ", \"pooling\": {\"window\": 2, \"padding\": 2}", "")));
        assertEquals(Problem.OUT_OF_RANGE, e.problem());
    }
}
