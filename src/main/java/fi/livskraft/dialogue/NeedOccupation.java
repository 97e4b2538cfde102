package fi.livskraft.dialogue;

/** An occupation a person confirmed for a need; score is the classifier's, null when typed by code. */
public record NeedOccupation(String iscoCode, String escoUri, String label, Double score, String confirmedBy) {}
