package fi.livskraft.area;

import fi.livskraft.common.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public read API for municipalities, regions and sub-regions. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Areas", description = "Municipalities, regions and sub-regions of 2025 (Source: Statistics Finland)")
class AreaApi {

    private final AreaDirectory directory;
    private final Regions regions;
    private final MunicipalityPopulations populations;

    AreaApi(AreaDirectory directory, Regions regions, MunicipalityPopulations populations) {
        this.directory = directory;
        this.regions = regions;
        this.populations = populations;
    }

    @GetMapping("/municipalities")
    @Operation(summary = "The 308 municipalities of 2025, optionally filtered by region and language status")
    List<MunicipalityJson> municipalities(
            @Parameter(description = "2-digit region code, e.g. 15") @RequestParam(required = false) String regionCode,
            @Parameter(description = "FINNISH, SWEDISH, BILINGUAL_FINNISH_MAJORITY or BILINGUAL_SWEDISH_MAJORITY")
                    @RequestParam(required = false)
                    LanguageStatus languageStatus) {
        Map<String, MunicipalityPopulations.Figure> latest = new HashMap<>();
        populations.latestOfEach().forEach(f -> latest.put(f.municipalityCode(), f));
        return directory.municipalities().stream()
                .filter(m -> regionCode == null
                        || regionCode.isBlank()
                        || m.regionCode().equals(regionCode))
                .filter(m -> languageStatus == null || m.languageStatus() == languageStatus)
                .sorted(java.util.Comparator.comparing(Municipality::code))
                .map(m -> MunicipalityJson.from(m, latest.get(m.code())))
                .toList();
    }

    @GetMapping("/municipalities/{code}")
    @Operation(
            summary = "One municipality of today by its 3-digit code (404 when unknown)",
            description = "With its latest population on record: {year, value, source}.")
    MunicipalityJson municipality(@PathVariable String code) {
        return directory
                .municipality(code)
                .map(m -> MunicipalityJson.from(m, populations.latest(code).orElse(null)))
                .orElseThrow(() -> new NotFoundException("municipality", code));
    }

    @GetMapping("/municipalities/{code}/population")
    @Operation(
            summary = "The population of a municipality on 31 December of every year on record, oldest first",
            description = "Shipped for 2000-2022 (Source: Statistics Finland, via THL Sotkanet), later years from"
                    + " StatFin 11ra. 404 when the municipality is unknown.")
    List<MunicipalityJson.PopulationJson> population(@PathVariable String code) {
        if (directory.municipality(code).isEmpty()) {
            throw new NotFoundException("municipality", code);
        }
        return populations.history(code).stream()
                .map(MunicipalityJson.PopulationJson::from)
                .toList();
    }

    @GetMapping("/resolve/municipality")
    @Operation(
            summary = "Today's municipality for a current or former name or code",
            description = "Finnish or Swedish name, case-insensitive, surrounding spaces ignored; also a 3-digit"
                    + " current or former code. 'Nastola' gives 398 Lahti, 'Pernå' gives 434 Loviisa.")
    MunicipalityJson resolve(@RequestParam String name) {
        return directory
                .resolve(name)
                .map(m -> MunicipalityJson.from(m, populations.latest(m.code()).orElse(null)))
                .orElseThrow(() -> new NotFoundException("municipality", name));
    }

    @GetMapping("/regions")
    @Operation(summary = "The 19 regions with the number of municipalities in each")
    List<RegionJson> regions() {
        return regions.list().stream().map(RegionJson::from).toList();
    }

    @GetMapping("/regions/{code}")
    @Operation(summary = "One region by its 2-digit code (404 when unknown)")
    RegionJson region(@PathVariable String code) {
        return regions.find(code).map(RegionJson::from).orElseThrow(() -> new NotFoundException("region", code));
    }

    @GetMapping("/sub-regions")
    @Operation(summary = "The sub-regions (seutukunnat) of the municipalities of 2025")
    List<SubRegionJson> subRegions() {
        return regions.subRegions().stream().map(SubRegionJson::from).toList();
    }
}
