package fi.livskraft.education;

/**
 * Small-cell suppression for public views: a count of 1 to threshold-1 persons is shown as
 * "&lt;threshold" (zero and larger counts as they are; a count not published as empty).
 */
record Suppression(int threshold, boolean active) {

    Suppression {
        if (threshold < 1) {
            throw new IllegalArgumentException("the suppression threshold is at least 1");
        }
    }

    String show(Integer count) {
        if (count == null) {
            return "";
        }
        if (active && count > 0 && count < threshold) {
            return "<" + threshold;
        }
        return String.valueOf(count);
    }

    boolean hides(Integer count) {
        return active && count != null && count > 0 && count < threshold;
    }
}
