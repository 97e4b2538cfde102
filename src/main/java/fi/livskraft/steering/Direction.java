package fi.livskraft.steering;

/** Whether a higher or a lower value of an indicator is better. */
public enum Direction {
    UP,
    DOWN
}
