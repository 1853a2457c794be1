package io.storyloom.safety;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text as the {@link WordingModel} reads it: its words and word pairs, and the letter sequences of three to
 * five letters of each word (with the word's edges), each hashed into one of {@link #BUCKETS} places. Letter
 * sequences carry a word's stem across its endings, compounds and languages ("vergift" in "vergiftet"), which
 * whole words do not. Each of the two kinds is weighted by how rare it was in the training texts ({@code idf},
 * zero for a place no training text had, so an unseen word neither counts nor dilutes) with repeats counted
 * sub-linearly, and scaled to length 1.
 */
final class WordingFeatures {

    static final int BUCKETS = 1 << 18;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int SHORTEST_SEQUENCE = 3;
    private static final int LONGEST_SEQUENCE = 5;

    private WordingFeatures() {
    }

    /** A sparse vector: a place may appear twice (once per kind); a dot product simply adds both. */
    record Vector(int[] places, float[] values) {

        double dot(float[] weights) {
            double sum = 0;
            for (int i = 0; i < places.length; i++) {
                sum += weights[places[i]] * values[i];
            }
            return sum;
        }
    }

    /** The text's places, each kind's in ascending order with repeats: what document frequencies count. */
    static int[][] places(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        List<String> terms = new ArrayList<>();
        String previous = null;
        for (String word : words) {
            if (word.length() < 2) { // "a", "y", "l": too common to say anything, in any of the languages
                continue;
            }
            terms.add("w " + word);
            if (previous != null) {
                terms.add("p " + previous + " " + word);
            }
            previous = word;
        }
        List<String> sequences = new ArrayList<>();
        for (String word : words) {
            String edged = " " + word + " ";
            for (int n = SHORTEST_SEQUENCE; n <= LONGEST_SEQUENCE && n <= edged.length(); n++) {
                for (int start = 0; start + n <= edged.length(); start++) {
                    sequences.add("c " + edged.substring(start, start + n));
                }
            }
        }
        return new int[][] {hashed(terms), hashed(sequences)};
    }

    /** The text's vector, each kind weighted by {@code idf} and scaled to length 1. */
    static Vector vector(String text, float[] idf) {
        int[][] kinds = places(text);
        int size = kinds[0].length + kinds[1].length;
        int[] places = new int[size];
        float[] values = new float[size];
        int n = 0;
        for (int[] kind : kinds) {
            int first = n;
            double norm = 0;
            for (int i = 0; i < kind.length; ) {
                int j = i;
                while (j < kind.length && kind[j] == kind[i]) {
                    j++;
                }
                float weight = idf[kind[i]];
                if (weight > 0) {
                    float value = (float) ((1 + Math.log(j - i)) * weight);
                    places[n] = kind[i];
                    values[n++] = value;
                    norm += value * value;
                }
                i = j;
            }
            float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
            for (int i = first; i < n; i++) {
                values[i] *= scale;
            }
        }
        return new Vector(Arrays.copyOf(places, n), Arrays.copyOf(values, n));
    }

    private static int[] hashed(List<String> terms) {
        int[] places = new int[terms.size()];
        for (int i = 0; i < places.length; i++) {
            places[i] = place(terms.get(i));
        }
        Arrays.sort(places);
        return places;
    }

    /** String.hashCode is the same on every JVM; the mixing (MurmurHash3's finaliser) spreads its low bits. */
    static int place(String term) {
        int h = term.hashCode();
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h & (BUCKETS - 1);
    }
}
