package org.convlab.io;

/**
 * An image that was not imported, with the reason as a value the window can put in the user's
 * language.
 */
public final class ImageImportException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why an image was refused. */
    public enum Reason {
        /** No reader understands the file, or decoding it failed. */
        UNREADABLE,
        /** The image has more pixels than ConvLab decodes. */
        TOO_LARGE
    }

    private final Reason reason;
    private final long width;
    private final long height;

    /**
     * An import that failed.
     *
     * @param reason why
     * @param width  the image's width if known, else 0
     * @param height the image's height if known, else 0
     * @param detail a technical detail for logs
     */
    public ImageImportException(Reason reason, long width, long height, String detail) {
        super(reason + " (" + width + "x" + height + "): " + detail);
        this.reason = reason;
        this.width = width;
        this.height = height;
    }

    /**
     * Why the image was refused.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }

    /**
     * The image's width, if it was read.
     *
     * @return pixels, or 0
     */
    public long width() {
        return width;
    }

    /**
     * The image's height, if it was read.
     *
     * @return pixels, or 0
     */
    public long height() {
        return height;
    }
}
