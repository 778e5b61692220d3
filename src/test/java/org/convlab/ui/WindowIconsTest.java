package org.convlab.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WindowIconsTest {
    @ParameterizedTest
    @ValueSource(ints = {16, 32, 48, 64, 128, 256})
    void windowIconIsTheRenderedAssetAtItsSize(int size) throws IOException {
        byte[] resource;
        try (InputStream in = ConvLabApp.class.getResourceAsStream("icons/convlab-" + size + ".png")) {
            assertNotNull(in, "window icon " + size + " is packaged");
            resource = in.readAllBytes();
        }
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(resource));
        assertEquals(size, image.getWidth());
        assertEquals(size, image.getHeight());
        // The window must show the same icon as the installers: regenerate both with IconRenderer.
        assertArrayEquals(Files.readAllBytes(Path.of("assets/icons/convlab-" + size + ".png")), resource);
    }
}
