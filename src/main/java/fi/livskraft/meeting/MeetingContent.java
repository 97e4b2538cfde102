package fi.livskraft.meeting;

import fi.livskraft.account.Actor;
import fi.livskraft.common.InvalidInputException;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Adds content to a demonstration meeting through the services (checked and audited like any other). */
@Component
class MeetingContent {

    private final Meetings meetings;
    private final Agenda agenda;
    private final Minutes minutes;
    private final Actions actions;

    MeetingContent(Meetings meetings, Agenda agenda, Minutes minutes, Actions actions) {
        this.meetings = meetings;
        this.agenda = agenda;
        this.minutes = minutes;
        this.actions = actions;
    }

    void agendaItem(Meeting m, LocalDate date, NewAgendaItem item, Actor actor) {
        agenda.add(m.id(), date, item, actor);
    }

    /** Adds the item when what it cites exists now; false when it does not. */
    boolean tryAgendaItem(Meeting m, LocalDate date, NewAgendaItem item, Actor actor) {
        try {
            agenda.add(m.id(), date, item, actor);
            return true;
        } catch (InvalidInputException e) {
            return false;
        }
    }

    void minutes(Meeting m, LocalDate date, String text, Actor actor) {
        minutes.write(m.id(), date, text, meetings.occurrence(m, date).version(), actor);
    }

    void decision(Meeting m, LocalDate date, String text, Actor actor) {
        minutes.decide(m.id(), date, text, actor);
    }

    void action(Meeting m, LocalDate date, NewAction action, Actor actor) {
        actions.create(m.id(), date, action, actor, true);
    }
}
