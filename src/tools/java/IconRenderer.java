import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws ConvLab's application icon: the book's 3x3 input X = 0..8 as a heatmap in the app's
 * diverging colormap, with an amber 2x2 kernel window over its top-left corner, the first step
 * of corr2d in D2L figure 6.2.1.
 *
 * <p>The layout lives on a 16-unit grid whose edges are whole units, so every size that is a
 * multiple of 16 comes out pixel-sharp, and the 16 px icon is drawn pixel by pixel.
 *
 * <pre>
 *   java src/tools/java/IconRenderer.java assets/icons [src/main/resources/org/convlab/ui/icons]
 * </pre>
 *
 * writes convlab-N.png (N = 16 ... 512), convlab.ico (Windows) and convlab.icns (macOS) to the
 * first folder, and the sizes the window uses to the second one. The output depends only on this
 * file (and, at 64 px and up, on the digits of the JDK's logical SansSerif font).
 */
public final class IconRenderer {
    private static final List<Integer> PNG_SIZES = List.of(16, 32, 48, 64, 128, 256, 512);
    private static final List<Integer> WINDOW_SIZES = List.of(16, 32, 48, 64, 128, 256);
    private static final List<Integer> ICO_SIZES = List.of(16, 32, 48, 64, 128, 256);
    /** Apple's icon types, each a PNG of the given pixel size. */
    private static final Map<String, Integer> ICNS_TYPES = new LinkedHashMap<>();

    static {
        ICNS_TYPES.put("icp4", 16);
        ICNS_TYPES.put("icp5", 32);
        ICNS_TYPES.put("icp6", 64);
        ICNS_TYPES.put("ic07", 128);
        ICNS_TYPES.put("ic08", 256);
        ICNS_TYPES.put("ic09", 512);
        ICNS_TYPES.put("ic10", 1024);
        ICNS_TYPES.put("ic11", 32);
        ICNS_TYPES.put("ic12", 64);
        ICNS_TYPES.put("ic13", 256);
        ICNS_TYPES.put("ic14", 512);
    }

    /** ColorBrewer RdBu, the stops of the app's DivergingColormap. */
    private static final int[] RDBU = {
        0x053061, 0x2166ac, 0x4393c3, 0x92c5de, 0xd1e5f0, 0xf7f7f7,
        0xfddbc7, 0xf4a582, 0xd6604d, 0xb2182b, 0x67001f,
    };
    private static final Color BACKGROUND_TOP = new Color(0x2b3a4d);
    private static final Color BACKGROUND_BOTTOM = new Color(0x17212e);
    private static final Color KERNEL = new Color(0xffc20a);

    private IconRenderer() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: java src/tools/java/IconRenderer.java ASSET_DIR [WINDOW_ICON_DIR]");
            System.exit(2);
        }
        Path assets = Files.createDirectories(Path.of(args[0]));
        Map<Integer, byte[]> png = new LinkedHashMap<>();
        for (int size : List.of(16, 32, 48, 64, 128, 256, 512, 1024)) {
            png.put(size, encode(render(size)));
        }
        for (int size : PNG_SIZES) {
            Files.write(assets.resolve("convlab-" + size + ".png"), png.get(size));
        }
        Files.write(assets.resolve("convlab.ico"), ico(png));
        Files.write(assets.resolve("convlab.icns"), icns(png));
        if (args.length == 2) {
            Path window = Files.createDirectories(Path.of(args[1]));
            for (int size : WINDOW_SIZES) {
                Files.write(window.resolve("convlab-" + size + ".png"), png.get(size));
            }
        }
        System.out.println("wrote " + PNG_SIZES.size() + " PNGs, convlab.ico and convlab.icns to " + assets);
    }

    /** Renders the icon at one size. */
    static BufferedImage render(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        double u = size / 16.0;
        boolean tiny = size < 32;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING,
                tiny ? RenderingHints.VALUE_ANTIALIAS_OFF : RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);

        // A rounded dark tile: it keeps the light cells visible on light panels and docks.
        RoundRectangle2D tile = new RoundRectangle2D.Double(0, 0, size, size, 4 * u, 4 * u);
        g.setPaint(new GradientPaint(0, 0, BACKGROUND_TOP, 0, size, BACKGROUND_BOTTOM));
        if (tiny) {
            fillTinyTile(g, size);
        } else {
            g.fill(tile);
        }

        // The input X = [[0,1,2],[3,4,5],[6,7,8]]: cells 4 units wide, 1 unit apart.
        for (int row = 0; row < 3; row++) {
            for (int col = 0; col < 3; col++) {
                int value = 3 * row + col;
                Rectangle2D cell = cell(row, col, u);
                g.setColor(heat(value));
                if (tiny) {
                    g.fill(cell);
                } else {
                    g.fill(new RoundRectangle2D.Double(cell.getX(), cell.getY(), cell.getWidth(), cell.getHeight(),
                            0.8 * u, 0.8 * u));
                }
                if (size >= 64) {
                    digit(g, value, cell);
                }
            }
        }

        // The 2x2 kernel window sits in the margin and the gaps, so it never covers a cell.
        Area window = new Area(new Rectangle2D.Double(0, 0, 11 * u, 11 * u));
        window.subtract(new Area(new Rectangle2D.Double(u, u, 9 * u, 9 * u)));
        if (!tiny) {
            // Rounded to match the tile's corner; a soft shadow lifts it off the grid.
            window = new Area(new RoundRectangle2D.Double(0, 0, 11 * u, 11 * u, 4 * u, 4 * u));
            window.subtract(new Area(new RoundRectangle2D.Double(u, u, 9 * u, 9 * u, 1.6 * u, 1.6 * u)));
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.35f));
            g.setColor(Color.BLACK);
            g.fill(window.createTransformedArea(AffineTransform.getTranslateInstance(0.25 * u, 0.25 * u)));
            g.setComposite(AlphaComposite.SrcOver);
        }
        g.setColor(KERNEL);
        g.fill(window);
        g.dispose();
        return image;
    }

    /** At 16 px a rounded rectangle antialiases to mush: cut the corners by hand instead. */
    private static void fillTinyTile(Graphics2D g, int size) {
        g.fillRect(0, 0, size, size);
        g.setComposite(AlphaComposite.Clear);
        int last = size - 1;
        for (int[] p : new int[][] {{0, 0}, {1, 0}, {0, 1}, {last, 0}, {last - 1, 0}, {last, 1},
                {0, last}, {1, last}, {0, last - 1}, {last, last}, {last - 1, last}, {last, last - 1}}) {
            g.fillRect(p[0], p[1], 1, 1);
        }
        g.setComposite(AlphaComposite.SrcOver);
    }

    private static Rectangle2D cell(int row, int col, double u) {
        return new Rectangle2D.Double((1 + 5 * col) * u, (1 + 5 * row) * u, 4 * u, 4 * u);
    }

    /** The value's color on a scale centred at 4, the middle of 0..8, like the app's heatmap. */
    private static Color heat(int value) {
        double t = (value - 4) / 4.0;
        double pos = (t + 1) / 2 * (RDBU.length - 1);
        int i = Math.min(RDBU.length - 2, (int) Math.floor(pos));
        double f = pos - i;
        int a = RDBU[i];
        int b = RDBU[i + 1];
        int r = (int) Math.round(((a >> 16) & 0xff) * (1 - f) + ((b >> 16) & 0xff) * f);
        int gr = (int) Math.round(((a >> 8) & 0xff) * (1 - f) + ((b >> 8) & 0xff) * f);
        int bl = (int) Math.round((a & 0xff) * (1 - f) + (b & 0xff) * f);
        return new Color(r, gr, bl);
    }

    private static void digit(Graphics2D g, int value, Rectangle2D cell) {
        boolean dark = Math.abs(value - 4) >= 3;
        g.setColor(dark ? new Color(0xf7f7f7) : new Color(0x1d2733));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(cell.getHeight() * 0.62)));
        FontMetrics m = g.getFontMetrics();
        String text = Integer.toString(value);
        float x = (float) (cell.getCenterX() - m.stringWidth(text) / 2.0);
        float y = (float) (cell.getCenterY() + (m.getAscent() - m.getDescent()) / 2.0);
        g.drawString(text, x, y);
    }

    private static byte[] encode(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Windows icon whose entries are PNGs (supported since Windows Vista). */
    private static byte[] ico(Map<Integer, byte[]> png) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ByteBuffer header = ByteBuffer.allocate(6 + 16 * ICO_SIZES.size())
                .order(ByteOrder.LITTLE_ENDIAN);
        header.putShort((short) 0).putShort((short) 1).putShort((short) ICO_SIZES.size());
        int offset = header.capacity();
        for (int size : ICO_SIZES) {
            byte[] data = png.get(size);
            header.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
            header.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
            header.putInt(data.length).putInt(offset);
            offset += data.length;
        }
        bytes.write(header.array());
        for (int size : ICO_SIZES) {
            bytes.write(png.get(size));
        }
        return bytes.toByteArray();
    }

    /** An Apple icon family: big-endian 'icns' header, then one PNG per icon type. */
    private static byte[] icns(Map<Integer, byte[]> png) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(body);
        for (Map.Entry<String, Integer> type : ICNS_TYPES.entrySet()) {
            byte[] data = png.get(type.getValue());
            out.writeBytes(type.getKey());
            out.writeInt(8 + data.length);
            out.write(data);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(file);
        header.writeBytes("icns");
        header.writeInt(8 + body.size());
        header.write(body.toByteArray());
        return file.toByteArray();
    }
}
