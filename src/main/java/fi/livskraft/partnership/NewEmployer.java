package fi.livskraft.partnership;

/** An employer to register; the business ID is optional but unique and valid when given. */
public record NewEmployer(String name, String businessId, String municipalityCode, String industry, boolean demo) {

    public NewEmployer {
        name = name == null ? "" : name.strip();
        businessId = businessId == null || businessId.isBlank() ? null : businessId.strip();
        municipalityCode = municipalityCode == null ? "" : municipalityCode.strip();
        industry = industry == null || industry.isBlank() ? null : industry.strip();
    }
}
