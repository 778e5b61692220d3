package org.convlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class GrayscaleImageTest {
    @TempDir
    Path dir;

    @Test
    void smallImageIsReadAtItsSizeAsGrayLevels() throws Exception {
        FMatrixRMaj x = GrayscaleImage.read(TestImages.halfBlackPng(dir, 8, 4), 256);
        assertEquals(4, x.numRows);
        assertEquals(8, x.numCols);
        assertEquals(0f, x.get(2, 1));
        assertEquals(1f, x.get(2, 6), 1e-6);
    }

    @Test
    void largeImageIsScaledDownToFitKeepingItsProportions() throws Exception {
        FMatrixRMaj x = GrayscaleImage.read(TestImages.halfBlackPng(dir, 1200, 600), 256);
        assertEquals(128, x.numRows);
        assertEquals(256, x.numCols);
        assertEquals(0f, x.get(64, 10));
        assertEquals(1f, x.get(64, 250), 1e-6);
    }

    @Test
    void corruptFileIsRefusedAsUnreadable() throws Exception {
        Path file = TestImages.corruptPng(dir);
        ImageImportException e = assertThrows(ImageImportException.class, () -> GrayscaleImage.read(file, 256));
        assertEquals(ImageImportException.Reason.UNREADABLE, e.reason());
    }

    @Test
    void hugeImageIsRefusedFromItsHeaderBeforeDecoding() throws Exception {
        Path file = TestImages.hugePngHeader(dir, 20_000, 10_000);
        ImageImportException e = assertThrows(ImageImportException.class, () -> GrayscaleImage.read(file, 256));
        assertEquals(ImageImportException.Reason.TOO_LARGE, e.reason());
        assertEquals(20_000, e.width());
        assertEquals(10_000, e.height());
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void pipeIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path fifo = dir.resolve("photo.png");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        ImageImportException e = assertTimeoutPreemptively(HostileMutations.HANG_GUARD,
                () -> assertThrows(ImageImportException.class, () -> GrayscaleImage.read(fifo, 256)));
        assertEquals(ImageImportException.Reason.UNREADABLE, e.reason());
    }
}
