package fi.livskraft.steering;

import java.time.LocalDate;

/** An owner meeting of a provider (minimal until the dialogue module keeps meetings). */
public record Meeting(long id, long providerId, LocalDate heldOn, String title, String kind, boolean demo) {}
