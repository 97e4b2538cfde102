package fi.livskraft.dialogue.classifier;

/**
 * One suggested occupation: the ISCO-08 unit group, the ESCO occupation that matched best (null
 * when the group's own name matched best), its label in the language of the text, and a score
 * between 0 and 1: the share of this suggestion in the evidence for the five best.
 */
public record Suggestion(String iscoCode, String escoUri, String label, double score) {

    /** HIGH from 0.5, MEDIUM from 0.25, LOW below (shown to people beside the score). */
    public String confidence() {
        return score >= 0.5 ? "HIGH" : score >= 0.25 ? "MEDIUM" : "LOW";
    }
}
