package fi.livskraft.area;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The employment areas: public reads, corrections by the coordinator. */
@RestController
@RequestMapping("/api/v1/employment-areas")
@Tag(
        name = "Employment areas",
        description = "The 45 employment areas of 2025. Åland's municipalities belong to none (own employment"
                + " services under the autonomy act). Rows marked 'best reading, verify' are not confirmed.")
class EmploymentAreaApi {

    private final EmploymentAreas areas;

    EmploymentAreaApi(EmploymentAreas areas) {
        this.areas = areas;
    }

    @GetMapping
    @Operation(summary = "All employment areas with members, lead municipality and source note")
    List<EmploymentAreaJson> list() {
        return areas.list().stream().map(EmploymentAreaJson::from).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One employment area (404 when unknown)")
    EmploymentAreaJson get(@PathVariable String id) {
        return EmploymentAreaJson.from(areas.get(id));
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Correct an employment area (coordinator)",
            description = "Sets the lead municipality and all members. A municipality taken from another area leaves"
                    + " it in the same transaction. 400 names the field (unknown code, lead not a member, Åland"
                    + " municipality, empty list); 409 when the version is stale. Audited. HTTP Basic.")
    EmploymentAreaJson update(@PathVariable String id, @RequestBody EmploymentAreaUpdateJson body) {
        return EmploymentAreaJson.from(areas.update(id, body.toChange()));
    }
}
