package fi.livskraft.occupation;

/** How sure a crosswalk row is: HIGH (the qualification trains for this occupation), MEDIUM, LOW (a guess). */
public enum Confidence {
    HIGH,
    MEDIUM,
    LOW
}
