package io.storyloom.narration;

/**
 * How long an MP3 plays, from its frame headers: every frame holds a fixed number of samples, so the
 * length is the frames counted times that, over the sample rate. No decoding; an ID3v2 tag in front is
 * skipped. Bytes that hold no MPEG audio frame last 0 ms.
 */
final class Mp3Duration {

    private static final int[][] BITRATES_KBPS = {
        {0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448}, // MPEG-1 layer I
        {0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384},    // MPEG-1 layer II
        {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320},     // MPEG-1 layer III
        {0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256},    // MPEG-2/2.5 layer I
        {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160},         // MPEG-2/2.5 layers II and III
    };
    private static final int[][] SAMPLE_RATES = {
        {11025, 12000, 8000},  // MPEG-2.5
        {0, 0, 0},             // reserved
        {22050, 24000, 16000}, // MPEG-2
        {44100, 48000, 32000}, // MPEG-1
    };

    private Mp3Duration() {
    }

    static long millis(byte[] mp3) {
        int at = skipId3(mp3);
        double seconds = 0;
        int frames = 0;
        while (at + 4 <= mp3.length) {
            int header = ((mp3[at] & 0xff) << 24) | ((mp3[at + 1] & 0xff) << 16) | ((mp3[at + 2] & 0xff) << 8)
                    | (mp3[at + 3] & 0xff);
            Frame frame = Frame.of(header);
            if (frame == null) {
                at++; // not a frame header: look for the next one (a damaged or padded stream)
                continue;
            }
            seconds += (double) frame.samples() / frame.sampleRate();
            frames++;
            at += frame.length();
        }
        return frames == 0 ? 0 : Math.round(seconds * 1000);
    }

    private static int skipId3(byte[] bytes) {
        if (bytes.length >= 10 && bytes[0] == 'I' && bytes[1] == 'D' && bytes[2] == '3') {
            int size = ((bytes[6] & 0x7f) << 21) | ((bytes[7] & 0x7f) << 14) | ((bytes[8] & 0x7f) << 7) | (bytes[9] & 0x7f);
            return 10 + size;
        }
        return 0;
    }

    private record Frame(int length, int samples, int sampleRate) {

        static Frame of(int header) {
            if ((header >>> 21) != 0x7ff) {
                return null;
            }
            int version = (header >>> 19) & 3;  // 0: 2.5, 2: 2, 3: 1
            int layer = (header >>> 17) & 3;    // 1: III, 2: II, 3: I
            int bitrateIndex = (header >>> 12) & 15;
            int rateIndex = (header >>> 10) & 3;
            int padding = (header >>> 9) & 1;
            if (version == 1 || layer == 0 || bitrateIndex == 0 || bitrateIndex == 15 || rateIndex == 3) {
                return null; // reserved or free-format: not something we can count
            }
            boolean mpeg1 = version == 3;
            int table = mpeg1 ? 3 - layer : (layer == 3 ? 3 : 4);
            int bitrate = BITRATES_KBPS[table][bitrateIndex] * 1000;
            int sampleRate = SAMPLE_RATES[version][rateIndex];
            if (layer == 3) { // layer I: 384 samples, 4-byte slots
                return new Frame((12 * bitrate / sampleRate + padding) * 4, 384, sampleRate);
            }
            int samples = layer == 1 && !mpeg1 ? 576 : 1152;
            return new Frame(samples / 8 * bitrate / sampleRate + padding, samples, sampleRate);
        }
    }
}
