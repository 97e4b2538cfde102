package fi.livskraft.partnership.web;

import fi.livskraft.partnership.Participant;
import fi.livskraft.partnership.Participants;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The participants of the partnership, public: page {@code /participants} and the JSON API. */
@Controller
@Tag(name = "Participants", description = "Organisations taking part in the partnership (public)")
class ParticipantController {

    private final Participants participants;

    ParticipantController(Participants participants) {
        this.participants = participants;
    }

    /** A participant as JSON. */
    record ParticipantJson(long id, String kind, String refCode, String name, LocalDate joinedOn, boolean demo) {

        static ParticipantJson from(Participant p) {
            return new ParticipantJson(p.id(), p.kind().name(), p.refCode(), p.name(), p.joinedOn(), p.demo());
        }
    }

    @GetMapping("/participants")
    String page(Model model) {
        model.addAttribute("groups", participants.byKind());
        return "partnership/participants";
    }

    @GetMapping("/api/v1/participants")
    @ResponseBody
    @Operation(summary = "List the participants (public)")
    List<ParticipantJson> api() {
        return participants.list().stream().map(ParticipantJson::from).toList();
    }
}
