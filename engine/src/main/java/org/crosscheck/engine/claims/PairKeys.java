package org.crosscheck.engine.claims;

/**
 * One {@code long} per pair of indices, for hash maps and sets. A plainly packed pair
 * ({@code a << 32 | b}) hashes to {@code a ^ b}, so thousands of pairs share a few buckets; multiplying
 * by an odd constant keeps one key per pair (it is invertible modulo 2^64) and spreads the hashes.
 */
final class PairKeys {

    private static final long MIX = 0x9E3779B97F4A7C15L;
    private static final long UNMIX = 0xF1DE83E19937733DL; // MIX * UNMIX = 1 (mod 2^64)

    private PairKeys() {
    }

    static long of(int a, int b) {
        return (((long) a << 32) | (b & 0xffffffffL)) * MIX;
    }

    static int first(long key) {
        return (int) ((key * UNMIX) >>> 32);
    }

    static int second(long key) {
        return (int) ((key * UNMIX) & 0xffffffffL);
    }
}
