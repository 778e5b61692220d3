package org.convlab.io;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Image files for import tests: real pictures (gray and colour), a damaged one, and a header claiming a huge one. */
public final class TestImages {
    private TestImages() {
    }

    /** A PNG whose left half is black and right half white. */
    public static Path halfBlackPng(Path dir, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, x < width / 2 ? 0x000000 : 0xffffff);
            }
        }
        Path file = dir.resolve("half.png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /**
     * A PNG of four colour stripes, each a quarter of the width: pure red, pure green, pure blue,
     * then (64, 128, 192).
     */
    public static Path stripesPng(Path dir, int width, int height) throws IOException {
        int[] colors = {0xff0000, 0x00ff00, 0x0000ff, 0x4080c0};
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, colors[x * 4 / width]);
            }
        }
        Path file = dir.resolve("stripes.png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** A file named .png holding bytes that are no image. */
    public static Path corruptPng(Path dir) throws IOException {
        Path file = dir.resolve("corrupt.png");
        Files.write(file, "this is not a picture at all".getBytes(StandardCharsets.US_ASCII));
        return file;
    }

    /** A PNG signature and header claiming width x height pixels, with no pixel data after it. */
    public static Path hugePngHeader(Path dir, int width, int height) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(ihdr);
        h.writeBytes("IHDR");
        h.writeInt(width);
        h.writeInt(height);
        h.write(new byte[] {8, 0, 0, 0, 0});
        byte[] chunk = ihdr.toByteArray();
        out.writeInt(chunk.length - 4);
        out.write(chunk);
        CRC32 crc = new CRC32();
        crc.update(chunk);
        out.writeInt((int) crc.getValue());
        Path file = dir.resolve("huge.png");
        Files.write(file, bytes.toByteArray());
        return file;
    }
}
