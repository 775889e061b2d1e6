package cn.bangfu.ledger.logic.demo;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The random streams of a demo: one per section, derived from the seed and the section's name alone, so a
 * section draws the same values whatever the other sections draw, and adding a section changes nothing the
 * others make.
 *
 * <p>The derivation is fixed here (FNV-1a over the name's UTF-8 bytes, xor the seed, through SplitMix64's
 * finaliser, seeding a {@link SplittableRandom}), not left to {@code String.hashCode} or to the order in
 * which streams are split: the same seed gives the same demo on every JVM.
 */
final class DemoRandom {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private DemoRandom() {
    }

    /** The stream of the section called {@code name} for {@code seed}. */
    static RandomGenerator stream(long seed, String name) {
        return new SplittableRandom(mix(seed ^ fnv1a(name)));
    }

    static long fnv1a(String name) {
        long h = FNV_OFFSET;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= FNV_PRIME;
        }
        return h;
    }

    /** SplitMix64's finaliser: nearby seeds give unrelated states. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** One of {@code values}, each as likely as its weight (weights of zero are never chosen). */
    static <T> T weighted(RandomGenerator random, T[] values, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
