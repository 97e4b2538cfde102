package fi.livskraft.classification;

import static org.assertj.core.api.Assertions.assertThat;

import fi.livskraft.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The shipped classifications agree with the real published files in ../shared/data. */
@IntegrationTest
class ShippedClassificationsTest {

    static final Path DATA = Path.of("..", "shared", "data");

    @Autowired
    Classifications classifications;

    @Autowired
    JsonMapper json;

    @Test
    void everyShippedQualificationHasTheNamesOfTheCodeList() throws IOException {
        Path csv = DATA.resolve("education/opetushallitus_koodisto/koulutus_flat.csv");
        Assumptions.assumeTrue(Files.isRegularFile(csv), "../shared/data is absent: skipping " + csv);
        Map<String, List<String>> codeList = new HashMap<>();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = csvFields(line);
            codeList.put(f.get(0), List.of(clean(f.get(3)), clean(f.get(4)), clean(f.get(5))));
        }

        List<Qualification> shipped = classifications.qualifications(null, null);

        assertThat(shipped).hasSize(993);
        for (Qualification q : shipped) {
            assertThat(codeList).as("code %s in koulutus_flat.csv", q.code()).containsKey(q.code());
            assertThat(List.of(q.names().fi(), q.names().sv(), q.names().en()))
                    .as("names of %s", q.code())
                    .isEqualTo(codeList.get(q.code()));
        }
    }

    @Test
    void shipsEveryTypeOfQualificationAndThePracticalNursesQualification() {
        assertThat(classifications.qualificationCounts())
                .allSatisfy((type, count) -> assertThat(count).as("%s", type).isPositive());
        Qualification socialAndHealthCare =
                classifications.qualification("371101").orElseThrow();
        assertThat(socialAndHealthCare.type()).isEqualTo(QualificationType.UPPER_SECONDARY);
        assertThat(socialAndHealthCare.names().fi()).isEqualTo("Sosiaali- ja terveysalan perustutkinto");
        assertThat(socialAndHealthCare.names().sv()).isEqualTo("Grundexamen inom social- och hälsovårdsbranschen");
    }

    @Test
    void shippedIscoGroupsHaveTheEscoLabels() throws IOException {
        Path file = DATA.resolve("occupations/esco/esco_v1_1_1_occupations_isco_fi_sv_en.json");
        Assumptions.assumeTrue(Files.isRegularFile(file), "../shared/data is absent: skipping " + file);
        Map<String, List<String>> esco = new HashMap<>();
        for (JsonNode node : json.readTree(file)) {
            if (node.get("uri").asString().startsWith("http://data.europa.eu/esco/isco/C")) {
                JsonNode label = node.get("prefLabel");
                esco.put(
                        node.get("notation").asString(),
                        List.of(
                                label.get("fi").asString().strip(),
                                label.get("sv").asString().strip(),
                                label.get("en").asString().strip()));
            }
        }

        List<IscoGroup> shipped = classifications.iscoGroups(null);

        assertThat(esco).hasSize(619);
        assertThat(shipped).hasSize(619);
        for (IscoGroup g : shipped) {
            assertThat(List.of(g.names().fi(), g.names().sv(), g.names().en()))
                    .as("names of ISCO group %s", g.code())
                    .isEqualTo(esco.get(g.code()));
        }
        assertThat(classifications.iscoGroups(1)).hasSize(10);
        assertThat(classifications.iscoGroups(2)).hasSize(43);
        assertThat(classifications.iscoGroups(3)).hasSize(130);
        assertThat(classifications.iscoGroups(4)).hasSize(436);
    }

    @Test
    void searchFindsQualificationsByCodeAndByNameInAnyLanguage() {
        assertThat(classifications.search("371101", 5))
                .first()
                .extracting(Qualification::code)
                .isEqualTo("371101");
        assertThat(classifications.search("hälsovårdsbranschen", 50))
                .extracting(Qualification::code)
                .contains("371101");
        assertThat(classifications.search("social and health care", 50))
                .extracting(Qualification::code)
                .contains("371101");
        assertThat(classifications.search("SOSIAALI- JA TERVEYSALAN PERUSTUTKINTO", 3))
                .first()
                .extracting(Qualification::code)
                .isEqualTo("371101");
        assertThat(classifications.search("%", 5)).isEmpty();
        assertThat(classifications.search("perustutkinto", 7)).hasSize(7);
        assertThat(classifications.search(" ", 5)).isEmpty();
    }

    @Test
    void iscoGroupsKnowTheirParentsAndChildren() {
        assertThat(classifications.ancestors("2512"))
                .extracting(IscoGroup::code)
                .containsExactly("2", "25", "251");
        assertThat(classifications.children("251"))
                .extracting(IscoGroup::code)
                .containsExactly("2511", "2512", "2513", "2514", "2519");
        assertThat(classifications.children("2512")).isEmpty();
        assertThat(classifications.iscoGroup("0"))
                .get()
                .extracting(IscoGroup::parentCode)
                .isNull();
    }

    /** Trimmed as the shipped file was: spaces and stray trailing underscores. */
    static String clean(String name) {
        return name.replaceAll("[\\s_]+$", "").strip();
    }

    /** One CSV line (comma-separated, double quotes around values that contain commas or quotes). */
    static List<String> csvFields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    current.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    current.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        fields.add(current.toString());
        return fields;
    }
}
