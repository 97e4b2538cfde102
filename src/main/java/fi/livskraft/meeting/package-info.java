/**
 * Meetings of the partnership dialogue: single meetings and recurring series (weekly, monthly by
 * weekday of the month such as the first Tuesday, monthly by day of the month) in Europe/Helsinki
 * time, visible to the organiser, the participating organisations and the coordinator; agendas
 * whose items cite evidence (a gap row of insight, a workforce need of dialogue, a goal of
 * steering) and show its current figures, or the snapshot taken at citation when it is gone;
 * minutes with every revision, decisions recorded in them, and actions with owners and due dates.
 * Meetings are published as an RFC 5545 iCalendar feed ({@link fi.livskraft.meeting.IcsWriter}).
 * Pages and the JSON API live in {@code web}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meetings")
package fi.livskraft.meeting;
