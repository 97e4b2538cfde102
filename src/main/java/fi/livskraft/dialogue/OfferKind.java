package fi.livskraft.dialogue;

/** What a provider offers for a need. */
public enum OfferKind {
    QUALIFICATION,
    EXTRA_START_PLACES,
    APPRENTICESHIP,
    SHORT_MODULE,
    LANGUAGE_TRAINING
}
