package fi.livskraft.steering;

/** One owner's vote, the owner named by its code (municipality code or business ID). */
public record Ballot(String ownerCode, Vote vote) {

    public Ballot {
        ownerCode = ownerCode == null ? "" : ownerCode.strip();
    }
}
