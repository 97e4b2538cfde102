package fi.livskraft.education;

import fi.livskraft.common.FactImporter;
import fi.livskraft.common.ImportProblem;
import fi.livskraft.common.ImportProgress;
import fi.livskraft.common.ImportReport;
import fi.livskraft.common.JsonArrayFile;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code vipunen-json}: a response of the Vipunen API (an array of flat objects, e.g. the dataset
 * {@code amm_opiskelijat_ja_tutkinnot_vuosi_tutkinto}), streamed one object at a time. An object
 * with outcome counts (employed, further studies, unemployed, other) is a graduate-outcome row;
 * any other object is a supply row. The dataset is the file name without extension; the vintage is
 * the latest {@code tietojoukkoPaivitettyPvm}; the licence is CC BY 4.0 as Vipunen publishes it.
 */
@Component
class VipunenJsonImporter implements FactImporter {

    static final String FORMAT = "vipunen-json";
    static final String PUBLISHER = "Vipunen (Opetushallitus, opetus- ja kulttuuriministeriö)";
    static final String LICENCE = "CC BY 4.0";
    static final String UNDATED = "undated";

    private final EducationImport education;
    private final JsonMapper json;

    VipunenJsonImporter(EducationImport education, JsonMapper json) {
        this.education = education;
        this.json = json;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String labelKey() {
        return "education.import.vipunen.label";
    }

    @Override
    public String descriptionKey() {
        return "education.import.vipunen.description";
    }

    @Override
    @Transactional
    public ImportReport importFile(String fileName, InputStream content, ImportProgress progress) {
        CellChecks checks = education.checks(fileName);
        EducationStage.Batch batch = education.begin();
        Map<String, ProviderRegistry.Registered> registry = education.registry();
        String[] vintage = {null};
        int[] rows = {0};
        List<ImportProblem> shape = JsonArrayFile.read(fileName, content, json, (row, item) -> {
            rows[0] = row;
            String updated = VipunenFields.text(item, VipunenFields.UPDATED);
            if (!updated.isEmpty() && (vintage[0] == null || updated.compareTo(vintage[0]) > 0)) {
                vintage[0] = updated;
            }
            if (VipunenFields.isOutcome(item)) {
                outcome(checks, batch, row, item);
            } else {
                supply(checks, batch, registry, row, item);
            }
            if (row % 500 == 0) {
                progress.update(row, -1);
            }
        });
        shape.forEach(p ->
                checks.problem(p.row(), p.field(), p.messageKey(), p.arguments().toArray()));
        progress.update(rows[0], rows[0]);
        List<ImportProblem> warnings = new ArrayList<>();
        if (vintage[0] == null) {
            warnings.add(
                    ImportProblem.of(fileName, 0, VipunenFields.UPDATED.get(0), "education.import.warning.undated"));
        }
        String dataset = dataset(fileName);
        SourceMetadata metadata = new SourceMetadata(
                PUBLISHER,
                dataset,
                vintage[0] == null ? UNDATED : vintage[0],
                LICENCE,
                "Vipunen API: " + dataset,
                null);
        return education.finish(checks, batch, metadata, FORMAT, false, rows[0], warnings);
    }

    private static void supply(
            CellChecks checks,
            EducationStage.Batch batch,
            Map<String, ProviderRegistry.Registered> registry,
            int row,
            JsonNode item) {
        String codeField = field(item, VipunenFields.PROVIDER_CODE);
        String providerCode =
                checks.providerCode(row, codeField, VipunenFields.text(item, VipunenFields.PROVIDER_CODE), true);
        String providerName = VipunenFields.text(item, VipunenFields.PROVIDER_NAME);
        String qualification = checks.qualification(
                row, field(item, VipunenFields.QUALIFICATION), VipunenFields.text(item, VipunenFields.QUALIFICATION));
        Integer year = checks.year(row, field(item, VipunenFields.YEAR), VipunenFields.text(item, VipunenFields.YEAR));
        String language = supplyLanguage(checks, registry, row, item, providerCode);
        String breakdown = breakdown(item);
        List<StagedValue> values = new ArrayList<>();
        Object[][] measures = {
            {Measure.START_PLACES, VipunenFields.START_PLACES},
            {Measure.NEW_STUDENTS, VipunenFields.NEW_STUDENTS},
            {Measure.STUDENTS, VipunenFields.STUDENTS},
            {Measure.GRADUATES, VipunenFields.GRADUATES}
        };
        for (Object[] m : measures) {
            @SuppressWarnings("unchecked")
            List<String> names = (List<String>) m[1];
            String name = VipunenFields.present(item, names);
            if (name == null) {
                continue;
            }
            Long value = checks.count(row, name, JsonArrayFile.textOrEmpty(item, name));
            if (value != null && !checks.failed()) {
                values.add(new StagedValue(
                        row,
                        name,
                        (Measure) m[0],
                        providerCode,
                        providerName.isEmpty() ? providerCode : providerName,
                        null,
                        qualification,
                        year,
                        language,
                        value,
                        breakdown));
            }
        }
        if (!checks.failed()) {
            values.forEach(batch::add);
        }
    }

    /**
     * The language of instruction of a supply row; a dataset without one (the vocational students
     * and qualifications dataset has none) takes it from the registry when the provider teaches in
     * one language only.
     */
    private static String supplyLanguage(
            CellChecks checks,
            Map<String, ProviderRegistry.Registered> registry,
            int row,
            JsonNode item,
            String providerCode) {
        String name = VipunenFields.present(item, VipunenFields.LANGUAGE);
        if (name != null) {
            return checks.language(row, name, JsonArrayFile.textOrEmpty(item, name), false);
        }
        ProviderRegistry.Registered provider = providerCode == null ? null : registry.get(providerCode);
        if (provider != null && provider.languages().size() == 1) {
            return provider.languages().get(0);
        }
        checks.problem(row, VipunenFields.LANGUAGE.get(0), "education.import.error.no-language");
        return null;
    }

    private static void outcome(CellChecks checks, EducationStage.Batch batch, int row, JsonNode item) {
        String providerCode = checks.providerCode(
                row,
                field(item, VipunenFields.PROVIDER_CODE),
                VipunenFields.text(item, VipunenFields.PROVIDER_CODE),
                false);
        String providerName = VipunenFields.text(item, VipunenFields.PROVIDER_NAME);
        String areaField = VipunenFields.present(item, VipunenFields.AREA);
        String area = areaField == null
                ? CellChecks.WHOLE_COUNTRY
                : checks.area(row, areaField, JsonArrayFile.textOrEmpty(item, areaField));
        String qualification = checks.qualification(
                row, field(item, VipunenFields.QUALIFICATION), VipunenFields.text(item, VipunenFields.QUALIFICATION));
        Integer year = checks.year(row, field(item, VipunenFields.YEAR), VipunenFields.text(item, VipunenFields.YEAR));
        String languageField = VipunenFields.present(item, VipunenFields.LANGUAGE);
        String language = languageField == null
                ? CellChecks.ALL_LANGUAGES
                : checks.language(row, languageField, JsonArrayFile.textOrEmpty(item, languageField), true);
        Object[][] measures = {
            {Measure.OUTCOME_GRADUATES, VipunenFields.GRADUATES},
            {Measure.EMPLOYED, VipunenFields.EMPLOYED},
            {Measure.FURTHER_STUDIES, VipunenFields.FURTHER_STUDIES},
            {Measure.UNEMPLOYED, VipunenFields.UNEMPLOYED},
            {Measure.OTHER, VipunenFields.OTHER}
        };
        List<StagedValue> values = new ArrayList<>();
        for (Object[] m : measures) {
            @SuppressWarnings("unchecked")
            List<String> names = (List<String>) m[1];
            String name = VipunenFields.present(item, names);
            if (name == null) {
                continue;
            }
            Long value = checks.count(row, name, JsonArrayFile.textOrEmpty(item, name));
            if (value != null && !checks.failed()) {
                values.add(new StagedValue(
                        row,
                        name,
                        (Measure) m[0],
                        providerCode,
                        providerCode == null ? null : providerName.isEmpty() ? providerCode : providerName,
                        area,
                        qualification,
                        year,
                        language,
                        value,
                        ""));
            }
        }
        if (!checks.failed()) {
            values.forEach(batch::add);
        }
    }

    private static String breakdown(JsonNode item) {
        StringBuilder b = new StringBuilder();
        for (String name : VipunenFields.BREAKDOWN) {
            b.append(JsonArrayFile.textOrEmpty(item, name)).append('|');
        }
        return b.toString();
    }

    /** The field name to report: the one present, else the verified name. */
    private static String field(JsonNode item, List<String> names) {
        String present = VipunenFields.present(item, names);
        return present == null ? names.get(0) : present;
    }

    /** The file name without folders and extension, e.g. amm_opiskelijat_ja_tutkinnot_vuosi_tutkinto. */
    static String dataset(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        return name.isBlank() ? "vipunen" : name;
    }
}
