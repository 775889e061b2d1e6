package cn.bangfu.ledger.logic.reports.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The table grid of a page as lines: the edges of every framed box, with the edges two neighbouring cells share
 * drawn once and the edges that continue one another (a column's left edge down a run of rows) joined into one
 * line. A page of 30 rows and 8 columns strokes about 40 lines instead of 240 rectangles: a smaller file, no
 * line drawn twice (which some viewers show darker), and less for the PDF/A check to read.
 */
final class GridLines {

    /** A line from (x1, y1) to (x2, y2), horizontal or vertical. */
    record Line(float x1, float y1, float x2, float y2) {
    }

    /** Edges closer than this (in points) are the same edge: the boxes' coordinates are sums of floats. */
    private static final float SAME = 0.01f;

    private GridLines() {
    }

    /** The lines that draw the frames of {@code boxes}' framed boxes. */
    static List<Line> of(List<Box> boxes) {
        Map<Long, List<float[]>> across = new HashMap<>(); // by y: [x1, x2] runs
        Map<Long, List<float[]>> down = new HashMap<>(); // by x: [y1, y2] runs
        for (Box b : boxes) {
            if (!b.framed()) {
                continue;
            }
            float left = b.x();
            float right = b.x() + b.width();
            float top = b.top();
            float bottom = b.top() - b.height();
            across.computeIfAbsent(key(top), k -> new ArrayList<>()).add(new float[] {left, right, top});
            across.computeIfAbsent(key(bottom), k -> new ArrayList<>()).add(new float[] {left, right, bottom});
            down.computeIfAbsent(key(left), k -> new ArrayList<>()).add(new float[] {bottom, top, left});
            down.computeIfAbsent(key(right), k -> new ArrayList<>()).add(new float[] {bottom, top, right});
        }
        List<Line> lines = new ArrayList<>();
        for (List<float[]> runs : across.values()) {
            for (float[] r : merge(runs)) {
                lines.add(new Line(r[0], r[2], r[1], r[2]));
            }
        }
        for (List<float[]> runs : down.values()) {
            for (float[] r : merge(runs)) {
                lines.add(new Line(r[2], r[0], r[2], r[1]));
            }
        }
        return lines;
    }

    private static long key(float at) {
        return Math.round(at / SAME);
    }

    /** Runs on one line ({@code [from, to, at]}), overlapping or touching ones joined. */
    private static List<float[]> merge(List<float[]> runs) {
        runs.sort(Comparator.comparingDouble(r -> r[0]));
        List<float[]> out = new ArrayList<>();
        float[] current = null;
        for (float[] r : runs) {
            if (current != null && r[0] <= current[1] + SAME) {
                current[1] = Math.max(current[1], r[1]);
            } else {
                current = new float[] {r[0], r[1], r[2]};
                out.add(current);
            }
        }
        return out;
    }
}
