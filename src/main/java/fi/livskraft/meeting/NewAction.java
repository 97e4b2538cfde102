package fi.livskraft.meeting;

/** An action as entered: dueOn ISO date; ownerOrganisation e.g. PROVIDER:12; needId/goalId optional. */
public record NewAction(
        String description, String ownerName, String ownerOrganisation, String dueOn, Long needId, Long goalId) {

    public NewAction {
        description = description == null ? "" : description.strip();
        ownerName = ownerName == null ? "" : ownerName.strip();
        ownerOrganisation = ownerOrganisation == null ? "" : ownerOrganisation.strip();
    }
}
