package io.storyloom.export;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Unwraps a WOFF 1.0 file into the TrueType/OpenType font it carries. WOFF only zlib-compresses each
 * table of the original font, so the result is that font, byte for byte in every table; the font
 * artifact on Maven Central ships WOFF, while PDFBox embeds TrueType.
 */
final class Woff {

    private static final int SIGNATURE = 0x774F4646; // "wOFF"
    private static final int HEADER = 44;
    private static final int WOFF_ENTRY = 20;

    private Woff() {
    }

    static byte[] toSfnt(byte[] woff) {
        return toSfnt(woff, Set.of());
    }

    /** The font without the named tables, e.g. {@code GSUB}; every other table is as the font has it. */
    static byte[] toSfnt(byte[] woff, Set<String> leaveOut) {
        ByteBuffer in = ByteBuffer.wrap(woff);
        if (woff.length < HEADER || in.getInt(0) != SIGNATURE) {
            throw new IllegalArgumentException("Not a WOFF 1.0 font");
        }
        int flavor = in.getInt(4);
        List<Table> entries = new ArrayList<>();
        for (int i = 0; i < Short.toUnsignedInt(in.getShort(12)); i++) {
            int at = HEADER + i * WOFF_ENTRY;
            var table = new Table(in.getInt(at), in.getInt(at + 4), in.getInt(at + 8), in.getInt(at + 12),
                    in.getInt(at + 16));
            if (!leaveOut.contains(table.tagName())) {
                entries.add(table);
            }
        }
        List<Sfnt.Table> tables = new ArrayList<>();
        for (Table entry : entries) {
            tables.add(new Sfnt.Table(entry.tag(), entry.checksum(), entry.data(woff)));
        }
        return Sfnt.write(flavor, tables);
    }

    /** One table as the WOFF directory describes it. */
    private record Table(int tag, int offset, int compressedLength, int length, int checksum) {

        byte[] data(byte[] woff) {
            if (offset < 0 || compressedLength < 0 || length < 0 || offset > woff.length - compressedLength) {
                throw new IllegalArgumentException("WOFF table " + tagName() + " lies outside the file");
            }
            if (compressedLength == length) {
                byte[] raw = new byte[length];
                System.arraycopy(woff, offset, raw, 0, length);
                return raw;
            }
            var inflater = new Inflater();
            try {
                inflater.setInput(woff, offset, compressedLength);
                byte[] table = new byte[length];
                int read = 0;
                while (read < length && !inflater.finished()) {
                    int n = inflater.inflate(table, read, length - read);
                    if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                        break;
                    }
                    read += n;
                }
                if (read != length) {
                    throw new IllegalArgumentException("WOFF table " + tagName() + " is truncated");
                }
                return table;
            } catch (DataFormatException e) {
                throw new IllegalArgumentException("WOFF table " + tagName() + " is corrupt", e);
            } finally {
                inflater.end();
            }
        }

        String tagName() {
            return new String(ByteBuffer.allocate(4).putInt(tag).array(), StandardCharsets.US_ASCII);
        }
    }
}
