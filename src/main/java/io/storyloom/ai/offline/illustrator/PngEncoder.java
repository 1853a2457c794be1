package io.storyloom.ai.offline.illustrator;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A minimal PNG writer for 8-bit RGB pages. ImageIO would do, but this one is faster (a quick
 * deflate level suits grainy pictures), needs no service lookup or cache file, and writes no
 * metadata, so the same pixels always give the same bytes.
 */
final class PngEncoder {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private PngEncoder() {
    }

    /** Encodes a {@link BufferedImage#TYPE_INT_RGB} image. */
    static byte[] encode(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("expected an INT_RGB image");
        }
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int stride = w * 3 + 1;
        byte[] raw = new byte[stride * h];
        byte[] row = new byte[w * 3];
        for (int y = 0; y < h; y++) {
            int o = 0;
            for (int x = 0; x < w; x++) {
                int p = pixels[y * w + x];
                row[o++] = (byte) (p >> 16);
                row[o++] = (byte) (p >> 8);
                row[o++] = (byte) p;
            }
            // Filter "Sub": each byte minus the same channel of the pixel to its left.
            int base = y * stride;
            raw[base] = 1;
            for (int i = 0; i < row.length; i++) {
                raw[base + 1 + i] = (byte) (row[i] - (i >= 3 ? row[i - 3] : 0));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 3 + 1024);
        out.writeBytes(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, w);
        putInt(header, 4, h);
        header[8] = 8;  // bits per channel
        header[9] = 2;  // colour type: RGB
        chunk(out, "IHDR", header);
        chunk(out, "IDAT", deflate(raw));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] raw) {
        Deflater deflater = new Deflater(1);
        try {
            deflater.setInput(raw);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 3 + 64);
            byte[] buffer = new byte[64 * 1024];
            while (!deflater.finished()) {
                int n = deflater.deflate(buffer);
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        byte[] length = new byte[4];
        putInt(length, 0, data.length);
        out.writeBytes(length);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        byte[] check = new byte[4];
        putInt(check, 0, (int) crc.getValue());
        out.writeBytes(check);
    }

    private static void putInt(byte[] target, int offset, int value) {
        target[offset] = (byte) (value >>> 24);
        target[offset + 1] = (byte) (value >>> 16);
        target[offset + 2] = (byte) (value >>> 8);
        target[offset + 3] = (byte) value;
    }
}
