package io.storyloom.export;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A TrueType/OpenType font file ("sfnt"): its tables, and the file written back from them. Used to hand
 * PDFBox a font without the tables it should not apply (its ligatures lose letters when text is read back).
 */
final class Sfnt {

    private static final int DIRECTORY_ENTRY = 16;
    private static final int HEADER = 12;

    private Sfnt() {
    }

    /** One table: its four-letter tag, its checksum as the font gives it, and its bytes. */
    record Table(int tag, int checksum, byte[] data) {

        String tagName() {
            return new String(ByteBuffer.allocate(4).putInt(tag).array(), StandardCharsets.US_ASCII);
        }
    }

    /** The font without the named tables, e.g. {@code GSUB}; every other table as the font has it. */
    static byte[] without(byte[] font, Set<String> leaveOut) {
        ByteBuffer in = ByteBuffer.wrap(font);
        if (font.length < HEADER) {
            throw new IllegalArgumentException("Not a TrueType or OpenType font");
        }
        int count = Short.toUnsignedInt(in.getShort(4));
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int at = HEADER + i * DIRECTORY_ENTRY;
            int offset = in.getInt(at + 8);
            int length = in.getInt(at + 12);
            if (offset < 0 || length < 0 || offset > font.length - length) {
                throw new IllegalArgumentException("A font table lies outside the file");
            }
            byte[] data = new byte[length];
            System.arraycopy(font, offset, data, 0, length);
            var table = new Table(in.getInt(at), in.getInt(at + 4), data);
            if (!leaveOut.contains(table.tagName())) {
                tables.add(table);
            }
        }
        return write(in.getInt(0), tables);
    }

    /** A font file of these tables, in this order, each at a four-byte boundary. */
    static byte[] write(int flavor, List<Table> tables) {
        int count = tables.size();
        int tableStart = HEADER + DIRECTORY_ENTRY * count;
        int size = tableStart;
        for (Table table : tables) {
            size += padded(table.data().length);
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        int power = Integer.highestOneBit(Math.max(count, 1));
        out.putInt(flavor)
                .putShort((short) count)
                .putShort((short) (power * 16))
                .putShort((short) Integer.numberOfTrailingZeros(power))
                .putShort((short) (count * 16 - power * 16));
        int offset = tableStart;
        for (Table table : tables) {
            out.putInt(table.tag()).putInt(table.checksum()).putInt(offset).putInt(table.data().length);
            offset += padded(table.data().length);
        }
        for (Table table : tables) {
            out.put(table.data());
            out.position(padded(out.position()));
        }
        return out.array();
    }

    private static int padded(int length) {
        return (length + 3) & ~3;
    }
}
