package fi.livskraft.dialogue;

/** Who raised a need: an employer, an owner municipality, an employment area or the coordinator. */
public enum RaiserKind {
    EMPLOYER,
    OWNER,
    EMPLOYMENT_AREA,
    COORDINATOR
}
