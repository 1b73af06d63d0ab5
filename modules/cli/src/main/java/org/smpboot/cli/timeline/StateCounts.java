package org.smpboot.cli.timeline;

import java.util.Arrays;
import org.smpboot.machine.CpuState;

/**
 * How many processors are in each state at given times: a sweep over every span's start and end,
 * for the aggregate SVG view of machines too large for a row per CPU.
 *
 * <p>Each span counts from its start (inclusive) to its end (exclusive), except that the last span
 * of a track counts to the end of time, so a processor is counted exactly once at every instant.
 */
final class StateCounts {

    private static final int STATES = CpuState.values().length;
    /** Low bits of an encoded boundary: the state's ordinal and whether it is an end. */
    private static final int TAG_BITS = 4;

    private StateCounts() {
    }

    /**
     * {@return {@code counts[i][state]} at {@code times[i]}}
     *
     * @param times ascending
     */
    static int[][] at(Timeline timeline, long[] times) {
        int spans = timeline.tracks().stream().mapToInt(track -> track.spans().size()).sum();
        long[] boundaries = new long[2 * spans];
        int next = 0;
        for (Timeline.Track track : timeline.tracks()) {
            for (int i = 0; i < track.spans().size(); i++) {
                Timeline.Span span = track.spans().get(i);
                int ordinal = span.state().ordinal();
                boundaries[next++] = (span.start() << TAG_BITS) | (ordinal << 1);
                long end = i == track.spans().size() - 1 ? Long.MAX_VALUE >> TAG_BITS : span.end();
                boundaries[next++] = (end << TAG_BITS) | (ordinal << 1) | 1;
            }
        }
        Arrays.sort(boundaries);
        int[] current = new int[STATES];
        int[][] counts = new int[times.length][];
        int cursor = 0;
        for (int i = 0; i < times.length; i++) {
            while (cursor < boundaries.length && (boundaries[cursor] >> TAG_BITS) <= times[i]) {
                long tag = boundaries[cursor] & ((1 << TAG_BITS) - 1);
                current[(int) (tag >> 1)] += (tag & 1) == 0 ? 1 : -1;
                cursor++;
            }
            counts[i] = current.clone();
        }
        return counts;
    }
}
