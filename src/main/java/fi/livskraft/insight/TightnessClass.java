package fi.livskraft.insight;

/** Five classes like the national occupational barometer, from strong shortage to strong surplus. */
public enum TightnessClass {
    STRONG_SHORTAGE,
    SHORTAGE,
    BALANCE,
    SURPLUS,
    STRONG_SURPLUS;

    /** Message key of the class name. */
    public String labelKey() {
        return "insight.class." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Fill colour on the charts (diverging red-grey-blue). */
    public String fill() {
        return Charts.fill(this);
    }

    /** Text colour on that fill. */
    public String ink() {
        return Charts.ink(this);
    }

    /** CSS class of the tile or bar that shows the class. */
    public String cssClass() {
        return "tight-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
