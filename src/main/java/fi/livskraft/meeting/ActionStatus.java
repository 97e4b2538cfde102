package fi.livskraft.meeting;

/** Where an action stands; done and cancelled actions are closed. */
public enum ActionStatus {
    OPEN,
    IN_PROGRESS,
    DONE,
    CANCELLED;

    public boolean closed() {
        return this == DONE || this == CANCELLED;
    }
}
