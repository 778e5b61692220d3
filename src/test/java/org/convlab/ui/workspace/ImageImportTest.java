package org.convlab.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.convlab.io.TestImages;
import org.convlab.model.WorkspaceState;
import org.convlab.ui.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ImageImportTest extends WorkspaceFixture {
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void corruptFileShowsAnErrorAndKeepsX(FxRobot robot) throws Exception {
        this.robot = robot;
        awaitOutput();
        WorkspaceState before = workspace.state();
        Path file = TestImages.corruptPng(dir);
        robot.interact(() -> window.workspaceView().importImage(file));
        Label message = node("#input-message", Label.class);
        await(() -> message.getText().startsWith("Could not import"));
        assertEquals("Could not import corrupt.png: it is not an image ConvLab can read (PNG, JPEG, GIF or BMP), "
                + "or the file is damaged. X is unchanged.", message.getText());
        assertTrue(message.getStyleClass().contains("message-error"));
        assertTrue(message.isVisible());
        assertEquals(before, workspace.state());
        assertTrue(workspace.history().undoDescription().isEmpty());
    }

    @Test
    void anImportMessageGoesWhenXChanges(FxRobot robot) throws Exception {
        this.robot = robot;
        awaitOutput();
        Path file = TestImages.corruptPng(dir);
        robot.interact(() -> window.workspaceView().importImage(file));
        Label message = node("#input-message", Label.class);
        await(() -> message.isVisible() && message.getText().startsWith("Could not import"));
        robot.clickOn(cell(inputView(), 2, 3));
        assertFalse(message.isVisible());
    }

    @Test
    void imageOverOneHundredMegapixelsIsRefusedAndKeepsX(FxRobot robot) throws Exception {
        this.robot = robot;
        awaitOutput();
        WorkspaceState before = workspace.state();
        Path file = TestImages.hugePngHeader(dir, 20_000, 10_000);
        robot.interact(() -> window.workspaceView().importImage(file));
        await(() -> text("#input-message").startsWith("Could not import"));
        assertContains("20,000\u00d710,000 pixels, about 200 megapixels", text("#input-message"));
        assertEquals(before, workspace.state());
    }

    @Test
    void pictureBecomesGrayLevelsAsOneUndoableStep(FxRobot robot) throws Exception {
        this.robot = robot;
        awaitOutput();
        Path file = TestImages.halfBlackPng(dir, 600, 300);
        robot.interact(() -> window.workspaceView().importImage(file));
        await(() -> text("#input-message").startsWith("Imported"));
        assertEquals(128, workspace.state().input().numRows);
        assertEquals(256, workspace.state().input().numCols);
        assertEquals("edit.importImage", workspace.history().undoDescription().orElseThrow());
        // 128x256 input with K [1, -1]: the only nonzero outputs are at the black-white border.
        assertEquals(-1f, output().get(10, 127), 1e-6);
        assertEquals(0f, output().get(10, 10));
        robot.interact(workspace::undo);
        assertEquals(6, workspace.state().input().numRows);
    }

    @Test
    void pictureForViewingKeepsUpTo1024(FxRobot robot) throws Exception {
        this.robot = robot;
        awaitOutput();
        Path file = TestImages.halfBlackPng(dir, 2000, 1000);
        robot.interact(() -> window.workspaceView().importImageForViewing(file));
        await(() -> text("#input-message").startsWith("Imported"));
        assertEquals(512, workspace.state().input().numRows);
        assertEquals(1024, workspace.state().input().numCols);
        assertEquals(-1f, output().get(10, 511), 1e-6);
    }

    @Test
    void colorPictureBecomesThreeChannelsAsOneUndoableStep(FxRobot robot) throws Exception {
        this.robot = robot;
        awaitOutput();
        WorkspaceState before = workspace.state();
        List<String> infos = new CopyOnWriteArrayList<>();
        List<String> errors = new CopyOnWriteArrayList<>();
        ImageImport colors = new ImageImport(workspace, Texts.of("workspace"), infos::add, errors::add);
        Path file = TestImages.stripesPng(dir, 8, 4);
        robot.interact(() -> colors.loadColor(file, ImageImport.MAX_SIDE));
        await(() -> workspace.state().inputChannels() == 3);
        WorkspaceState s = workspace.state();
        assertEquals(List.of("R", "G", "B"), s.channelNames());
        assertEquals(3, s.bank().inputs());
        assertEquals(4, s.input(0).numRows);
        assertEquals(8, s.input(0).numCols);
        // stripes: red, green, blue, then (64, 128, 192); each two columns wide
        assertEquals(1f, s.input(0).get(2, 0), 1e-6);
        assertEquals(0f, s.input(1).get(2, 1), 1e-6);
        assertEquals(1f, s.input(1).get(2, 3), 1e-6);
        assertEquals(1f, s.input(2).get(2, 5), 1e-6);
        assertEquals(128 / 255f, s.input(1).get(2, 7), 1e-6);
        assertEquals(List.of(), errors);
        await(() -> infos.size() == 2);
        assertContains("three 4\u00d78 channels R, G and B", infos.get(1));
        assertEquals("edit.importImage", workspace.history().undoDescription().orElseThrow());
        robot.interact(workspace::undo);
        assertEquals(before, workspace.state());
    }

    @Test
    void refusedColorPicturesSayWhyInOneLineAndKeepX(FxRobot robot) throws Exception {
        this.robot = robot;
        awaitOutput();
        WorkspaceState before = workspace.state();
        List<String> errors = new CopyOnWriteArrayList<>();
        ImageImport colors = new ImageImport(workspace, Texts.of("workspace"), info -> { }, errors::add);
        Path corrupt = TestImages.corruptPng(dir);
        robot.interact(() -> colors.loadColor(corrupt, ImageImport.MAX_SIDE));
        await(() -> errors.size() == 1);
        assertEquals("Could not import corrupt.png: it is not an image ConvLab can read (PNG, JPEG, GIF or BMP), "
                + "or the file is damaged. X is unchanged.", errors.get(0));
        Path huge = TestImages.hugePngHeader(dir, 20_000, 10_000);
        robot.interact(() -> colors.loadColor(huge, ImageImport.MAX_SIDE));
        await(() -> errors.size() == 2);
        assertContains("20,000\u00d710,000 pixels, about 200 megapixels", errors.get(1));
        assertFalse(errors.get(1).contains("\n"));
        assertEquals(before, workspace.state());
        assertTrue(workspace.history().undoDescription().isEmpty());
    }

    @Test
    void fileMenuOffersTheColorImport(FxRobot robot) {
        this.robot = robot;
        MenuBar bar = (MenuBar) window.root().lookup(".menu-bar");
        MenuItem item = bar.getMenus().get(0).getItems().stream()
                .filter(i -> "menu-file-importColor".equals(i.getId())).findFirst().orElseThrow();
        assertEquals("Import Color Image\u2026", item.getText());
    }
}
