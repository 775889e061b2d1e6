package cn.bangfu.ledger.logic.demo;

import java.util.random.RandomGenerator;

/**
 * One part of the demo town (villages, settings, households, monitoring; later funds, projects, assets). The
 * generator runs the sections in order; each writes through the logic services and draws only from its own
 * random stream, so what one section makes never depends on how much another draws.
 */
interface DemoSection {

    /**
     * The stable name the section's random stream is derived from ({@link DemoRandom#stream}): renaming a section
     * changes everything it makes.
     */
    String name();

    /** This section's share of the progress bar, relative to the others (0: a few writes, no loop). */
    default double weight() {
        return 0;
    }

    /** Writes the section's part of the town, reading what earlier sections made from {@code town}. */
    void write(DemoTown town, RandomGenerator random);
}
