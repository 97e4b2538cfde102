package fi.livskraft.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.livskraft.IntegrationTest;
import fi.livskraft.TestUsers;
import fi.livskraft.account.Role;
import fi.livskraft.account.UserAccounts;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code POST /api/v1/imports}: JSON-stat 2.0 and the long CSV, on real and broken files. Each test
 * runs in a transaction that is rolled back (the importer joins it), so the shared database keeps
 * only the shipped reference facts.
 */
@IntegrationTest
@Transactional
class EvidenceImportApiTest {

    static final String PASSWORD = "correct-horse-battery";
    static final Path DATA = Path.of("..", "shared", "data");
    static final Path STATFIN = DATA.resolve("pxweb_jsonstat2").resolve("statfin");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    String coordinator;
    String provider;

    @BeforeEach
    void createUsers() {
        coordinator = TestUsers.create(accounts, "evidence-coord", PASSWORD, Role.COORDINATOR, "");
        provider = TestUsers.create(accounts, "evidence-provider", PASSWORD, Role.PROVIDER, "1");
    }

    ResultActions upload(String format, String name, byte[] content) throws Exception {
        return mvc.perform(multipart("/api/v1/imports")
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .param("format", format)
                .header("Accept-Language", "en")
                .with(httpBasic(coordinator, PASSWORD)));
    }

    ResultActions upload(String format, String name, String content) throws Exception {
        return upload(format, name, content.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] shared(Path file) throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(file), "../shared/data is absent: " + file + " not found");
        return Files.readAllBytes(file);
    }

    long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    long sourceCount() {
        return count("select count(*) from evidence_source");
    }

    // ------------------------------------------------------------------ real StatFin 12ti

    @Test
    void storesThe12tiFiguresAsInTheFileWithMissingCellsMissing() throws Exception {
        byte[] content = shared(STATFIN.resolve("tyonv-12ti-2023M01-M06-fi.json"));
        upload("jsonstat2", "tyonv-12ti-2023M01-M06-fi.json", content)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.format").value("jsonstat2"))
                .andExpect(jsonPath("$.source.publisher").value("Tilastokeskus, työnvälitystilasto"))
                .andExpect(jsonPath("$.source.vintage").value("2023-11-22"))
                .andExpect(jsonPath("$.source.licence").value("CC BY 4.0"))
                .andExpect(jsonPath("$.source.demo").value(false))
                .andExpect(jsonPath("$.cellsRead").value(103920))
                .andExpect(jsonPath("$.cellsStored").value(103920))
                .andExpect(jsonPath("$.durationMs").isNumber());
        long sourceId = count("select id from evidence_source where format = 'jsonstat2' and vintage = '2023-11-22'"
                + " and publisher = 'Tilastokeskus, työnvälitystilasto'");

        JsonNode doc = json.readTree(content);
        List<String> ids = new ArrayList<>();
        doc.get("id").forEach(n -> ids.add(n.asString()));
        List<List<String>> codes = new ArrayList<>();
        for (String id : ids) {
            List<String> list = new ArrayList<>();
            JsonNode index = doc.get("dimension").get(id).get("category").get("index");
            String[] ordered = new String[index.size()];
            Iterator<Map.Entry<String, JsonNode>> it = index.properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                ordered[e.getValue().asInt()] = e.getKey();
            }
            list.addAll(List.of(ordered));
            codes.add(list);
        }
        JsonNode values = doc.get("value");
        int[] sizes = {
            codes.get(0).size(),
            codes.get(1).size(),
            codes.get(2).size(),
            codes.get(3).size()
        };
        Random random = new Random(12);
        int checkedMissing = 0;
        int checkedValues = 0;
        for (int sample = 0; sample < 400; sample++) {
            int a = random.nextInt(sizes[0]);
            int o = random.nextInt(sizes[1]);
            int m = random.nextInt(sizes[2]);
            int t = random.nextInt(sizes[3]);
            int index = ((a * sizes[1] + o) * sizes[2] + m) * sizes[3] + t;
            String measure =
                    codes.get(3).get(t).equals("TYOTTOMATLOPUSSA") ? "UNEMPLOYED_JOBSEEKERS" : "OPEN_VACANCIES";
            Map<String, Object> row = jdbc.sql("select value, status from labour_market_fact where source_id = ?"
                            + " and area_code = ? and occupation_code = ? and period = ? and measure = ?")
                    .params(
                            sourceId,
                            codes.get(0).get(a),
                            codes.get(1).get(o),
                            codes.get(2).get(m),
                            measure)
                    .query()
                    .singleRow();
            JsonNode expected = values.get(index);
            if (expected.isNull()) {
                assertThat(row.get("value")).isNull();
                assertThat(row.get("status")).isEqualTo("..");
                checkedMissing++;
            } else {
                assertThat((BigDecimal) row.get("value")).isEqualByComparingTo(expected.decimalValue());
                checkedValues++;
            }
        }
        assertThat(checkedMissing).isPositive();
        assertThat(checkedValues).isPositive();
        long missingInFile = 0;
        for (JsonNode v : values) {
            if (v.isNull()) {
                missingInFile++;
            }
        }
        assertThat(missingInFile).isEqualTo(26607);
        assertThat(count("select count(*) from labour_market_fact where source_id = ? and value is null", sourceId))
                .isEqualTo(missingInFile);
        assertThat(count("select count(*) from labour_market_fact where source_id = ?", sourceId))
                .isEqualTo(103920);
        assertThat(count(
                        "select count(*) from labour_market_fact where source_id = ? and value = 0 and status = '..'",
                        sourceId))
                .isZero();
        assertThat(count(
                        "select count(*) from evidence_cell c join evidence_dataset d on d.id = c.dataset_id"
                                + " where d.source_id = ? and c.value is null",
                        sourceId))
                .isEqualTo(missingInFile);
        assertThat(count(
                        "select count(*) from evidence_dimension d join evidence_dataset s on s.id = d.dataset_id"
                                + " where s.source_id = ? and s.recognised_as = 'tyonv_12ti'",
                        sourceId))
                .isEqualTo(4);
    }

    @Test
    void reimportingTheSameVintageReplacesIt() throws Exception {
        byte[] content = shared(STATFIN.resolve("tyonv-12ti-2023M01-M06-fi.json"));
        upload("jsonstat2", "first.json", content).andExpect(status().isCreated());
        long sources = sourceCount();
        long facts = count("select count(*) from labour_market_fact");
        long cells = count("select count(*) from evidence_cell");
        upload("jsonstat2", "again.json", content).andExpect(status().isCreated());
        assertThat(sourceCount()).isEqualTo(sources);
        assertThat(count("select count(*) from labour_market_fact")).isEqualTo(facts);
        assertThat(count("select count(*) from evidence_cell")).isEqualTo(cells);
        assertThat(count("select count(*) from evidence_source where file_name = 'again.json'"))
                .isEqualTo(1);
    }

    // ------------------------------------------------------------------ other real documents

    @Test
    void importsTheSwedish12dzAsAGeneralDatasetWithAWarning() throws Exception {
        byte[] content = shared(STATFIN.resolve("adult-education-12dz-sv.json"));
        upload("jsonstat2", "adult-education-12dz-sv.json", content)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.source.publisher").value("Statistikcentralen, deltagande i vuxenutbildning"))
                .andExpect(jsonPath("$.source.licence").value("CC BY 4.0"))
                .andExpect(jsonPath("$.source.vintage").value("2023-10-06"))
                .andExpect(jsonPath("$.cellsRead").value(7))
                .andExpect(jsonPath("$.warnings[*].message", hasItem(containsString("general dataset only"))));
        assertThat(jdbc.sql(
                                "select c.unit_label from evidence_category c join evidence_dataset d on d.id = c.dataset_id"
                                        + " where c.code = 'akuo_lkm' order by d.id desc limit 1")
                        .query(String.class)
                        .single())
                .isEqualTo("antal");
        assertThat(count("select count(*) from evidence_dimension where code = 'timeperiod_y' and role = 'time'"))
                .isPositive();
    }

    @Test
    void importsTheJsonStatOrgSamples() throws Exception {
        Path samples = DATA.resolve("pxweb_jsonstat2").resolve("jsonstat_org_samples");
        for (String name : List.of("canada.json", "oecd.json")) {
            byte[] content = shared(samples.resolve(name));
            JsonNode doc = json.readTree(content);
            long cells = 1;
            for (JsonNode size : doc.get("size")) {
                cells *= size.asLong();
            }
            long values = doc.get("value").isArray()
                    ? doc.get("value").size()
                    : doc.get("value").size();
            upload("jsonstat2", name, content)
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.cellsRead").value(values));
            assertThat(count(
                            "select cell_count from evidence_dataset d join evidence_source s on s.id = d.source_id"
                                    + " where s.file_name = ?",
                            name))
                    .isEqualTo(cells);
        }
    }

    // ------------------------------------------------------------------ refused documents

    @Test
    void refusesJsonStat1Documents() throws Exception {
        long before = sourceCount();
        upload("jsonstat2", "v1.json", """
                        {"population": {"label": "Population", "source": "Somebody",
                          "dimension": {"id": ["year"], "size": [2],
                            "year": {"category": {"index": {"2020": 0, "2021": 1}}}},
                          "value": [1, 2]}}
                        """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].file").value("v1.json"))
                .andExpect(jsonPath("$.errors[0].field").value("version"))
                .andExpect(jsonPath("$.errors[0].message", containsString("Expected a JSON-stat 2.0 dataset")))
                .andExpect(jsonPath("$.errors[0].message", containsString("JSON-stat 1.x")));
        assertThat(sourceCount()).isEqualTo(before);
    }

    @Test
    void refusesCollectionDocuments() throws Exception {
        upload("jsonstat2", "collection.json", """
                        {"version": "2.0", "class": "collection", "label": "Tables",
                         "link": {"item": [{"class": "dataset", "href": "https://example.org/a"}]}}
                        """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("class"))
                .andExpect(jsonPath("$.errors[0].message", containsString("Expected a JSON-stat 2.0 dataset")))
                .andExpect(jsonPath("$.errors[0].message", containsString("collection")));
    }

    @Test
    void refusesATruncatedFileAndChangesNothing() throws Exception {
        byte[] content = shared(STATFIN.resolve("tyonv-12ti-2023M01-M06-fi.json"));
        upload("jsonstat2", "whole.json", content).andExpect(status().isCreated());
        long sources = sourceCount();
        long facts = count("select count(*) from labour_market_fact");
        byte[] half = java.util.Arrays.copyOf(content, content.length - 5000);
        upload("jsonstat2", "half.json", half)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].file").value("half.json"))
                .andExpect(jsonPath("$.errors[0].message", containsString("ends unexpectedly")));
        assertThat(sourceCount()).isEqualTo(sources);
        assertThat(count("select count(*) from labour_market_fact")).isEqualTo(facts);
    }

    @Test
    void refusesANonNumericValueNamingTheCellAndItsCodes() throws Exception {
        upload("jsonstat2", "text.json", small("[1, \"many\", 3, null]", null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].row").value("1"))
                .andExpect(jsonPath("$.errors[0].field").value("value[1]"))
                .andExpect(jsonPath("$.errors[0].message", containsString("Cell 1 (year=2020, sex=M)")))
                .andExpect(jsonPath("$.errors[0].message", containsString("many")));
    }

    @Test
    void refusesADuplicateCategoryCode() throws Exception {
        upload("jsonstat2", "dup.json", """
                        {"version": "2.0", "class": "dataset", "id": ["year"], "size": [2],
                         "dimension": {"year": {"category": {"index": ["2020", "2020"]}}}, "value": [1, 2]}
                        """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dimension.year.category.index"))
                .andExpect(jsonPath(
                        "$.errors[0].message", containsString("2020 appears more than once in dimension year")));
    }

    @Test
    void refusesWhenSizeAndValuesDisagree() throws Exception {
        upload("jsonstat2", "short.json", small("[1, 2, 3]", null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("gives 4 cells but value has 3")));
        upload("jsonstat2", "sparse.json", small("{\"0\": 1, \"9\": 2}", null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("Cell index 9 is outside")));
    }

    @Test
    void refusesUnknownAreaAndOccupationCodesListingThem() throws Exception {
        long before = sourceCount();
        upload(
                        "jsonstat2",
                        "codes.json",
                        employment12ti(List.of("MK15", "MK99", "KU999"), List.of("SSS", "5321", "9999")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath(
                        "$.errors[*].message",
                        hasItem(containsString("Unknown area codes in dimension Alue (2): MK99, KU999"))))
                .andExpect(jsonPath(
                        "$.errors[*].message",
                        hasItem(containsString("Unknown occupation codes in dimension Ammattiryhmä (1): 9999"))));
        assertThat(sourceCount()).isEqualTo(before);
    }

    // ------------------------------------------------------------------ shapes and orders

    @Test
    void readsValuesAndStatusesThatComeBeforeTheDimensions() throws Exception {
        String doc = """
                {"value": {"0": 5, "2": null, "3": 7},
                 "status": {"2": "..", "3": "p"},
                 "version": "2.0", "class": "dataset", "source": "Tilastokeskus", "updated": "2024-01-31",
                 "label": "Sparse test", "id": ["year", "sex"], "size": [2, 2],
                 "dimension": {"year": {"category": {"index": ["2020", "2021"]}},
                               "sex": {"category": {"index": {"F": 0, "M": 1}, "label": {"F": "Women", "M": "Men"}}}}}
                """;
        upload("jsonstat2", "sparse-first.json", doc)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.cellsRead").value(3))
                .andExpect(jsonPath("$.source.dataset").value("Sparse test"));
        List<Map<String, Object>> cells = jdbc.sql(
                        "select c.cell_index, c.value, c.status from evidence_cell c"
                                + " join evidence_dataset d on d.id = c.dataset_id where d.label = 'Sparse test' order by c.cell_index")
                .query()
                .listOfRows();
        assertThat(cells).hasSize(3);
        assertThat(cells.get(0)).containsEntry("value", 5.0);
        assertThat(cells.get(1).get("value")).isNull();
        assertThat(cells.get(1)).containsEntry("status", "..");
        assertThat(cells.get(2)).containsEntry("value", 7.0).containsEntry("status", "p");
    }

    @Test
    void recognisesSwedish12tiDimensionsAndTheDurationTable() throws Exception {
        String sv = employment12ti(List.of("MK15"), List.of("SSS", "5321"))
                .replace("\"Alue\"", "\"Område\"")
                .replace("\"Ammattiryhmä\"", "\"Yrkesgrupp\"")
                .replace("\"Kuukausi\"", "\"Månad\"")
                .replace("\"Tiedot\"", "\"Uppgifter\"");
        upload("jsonstat2", "12ti-sv.json", sv)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.warnings[*].message", hasItem(containsString("Recognised as tyonv_12ti: 4"))));

        String duration = """
                {"version": "2.0", "class": "dataset", "label": "Työttömät työnhakijat työttömyyden keston mukaan",
                 "source": "Tilastokeskus, työnvälitystilasto", "updated": "2025-02-20T06:00:00Z",
                 "id": ["Alue", "Kuukausi", "Työttömyyden kesto"], "size": [1, 1, 6],
                 "dimension": {
                   "Alue": {"category": {"index": ["KU499"]}},
                   "Kuukausi": {"category": {"index": ["2025M01"]}},
                   "Työttömyyden kesto": {"category": {"index": ["SSS", "01", "02", "03", "04", "05"],
                     "label": {"SSS": "Yhteensä", "01": "alle 3 kk", "02": "3 - 6 kk", "03": "6 - 12 kk",
                               "04": "12 - 24 kk", "05": "yli 24 kk"}}}},
                 "value": [100, 40, 20, 15, 15, 10]}
                """;
        upload("jsonstat2", "duration.json", duration).andExpect(status().isCreated());
        assertThat(jdbc.sql(
                                "select duration_class || '=' || value::int from labour_market_fact"
                                        + " where area_code = 'KU499' and period = '2025M01' order by value desc, duration_class")
                        .query(String.class)
                        .list())
                .containsExactly("ALL=100", "LT3M=40", "3-6M=20", "12-24M=15", "6-12M=15", "GE24M=10");
    }

    // ------------------------------------------------------------------ long CSV

    @Test
    void importsTheLongCsvIntoLabourAndGeneralFacts() throws Exception {
        String csv = """
                # publisher: Test publisher
                # dataset: test-long-csv
                # vintage: 2024-05
                # licence: CC BY 4.0
                area,occupation,qualification,period,measure,value,language,status
                MK15,5321,,2024M01,UNEMPLOYED_JOBSEEKERS,412,,
                MK15,5321,,2024M01,OPEN_VACANCIES,,,..
                KU499,,351101,2024,NEW_STUDENTS,35,sv,
                "KU499",,,2024,POPULATION,"19876.5",,
                """;
        upload("csv", "long.csv", csv)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.source.dataset").value("test-long-csv"))
                .andExpect(jsonPath("$.cellsRead").value(4))
                .andExpect(jsonPath("$.cellsStored").value(4));
        long source = count("select id from evidence_source where dataset = 'test-long-csv'");
        assertThat(jdbc.sql(
                                "select value from labour_market_fact where source_id = ? and measure = 'UNEMPLOYED_JOBSEEKERS'")
                        .param(source)
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("412");
        assertThat(count(
                        "select count(*) from labour_market_fact where source_id = ? and measure = 'OPEN_VACANCIES'"
                                + " and value is null and status = '..'",
                        source))
                .isEqualTo(1);
        assertThat(count(
                        "select count(*) from evidence_fact where source_id = ? and measure = 'NEW_STUDENTS'"
                                + " and language = 'sv' and qualification_code = '351101' and value = 35",
                        source))
                .isEqualTo(1);
        assertThat(count("select count(*) from evidence_fact where source_id = ? and value = 19876.5", source))
                .isEqualTo(1);
    }

    @Test
    void refusesABrokenCsvNamingRowAndField() throws Exception {
        String csv = """
                # publisher: Test publisher
                # dataset: broken
                # vintage: 2024
                # licence: CC BY 4.0
                area,occupation,period,measure,value
                MK15,5321,2024M01,UNEMPLOYED_JOBSEEKERS,12
                MK99,5321,2024M01,UNEMPLOYED_JOBSEEKERS,12
                MK15,5321,2024-01,UNEMPLOYED_JOBSEEKERS,12
                MK15,5321,2024M02,UNEMPLOYED_JOBSEEKERS,twelve
                """;
        upload("csv", "broken.csv", csv)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].file").value("broken.csv"))
                .andExpect(jsonPath("$.errors[0].row").value("7"))
                .andExpect(jsonPath("$.errors[0].field").value("area"))
                .andExpect(jsonPath("$.errors[0].message").value("Unknown area code MK99."))
                .andExpect(jsonPath("$.errors[1].row").value("8"))
                .andExpect(jsonPath("$.errors[1].field").value("period"))
                .andExpect(jsonPath("$.errors[2].row").value("9"))
                .andExpect(jsonPath("$.errors[2].field").value("value"));
        // the CSV importer writes as it reads; a refusal rolls the import's transaction back, which
        // here is the test's own (rolled back at its end), so the count is not checked inside it
    }

    @Test
    void refusesACsvWithoutItsSourceLines() throws Exception {
        upload("csv", "nometa.csv", "area,period,measure,value\nSSS,2024,X,1\n")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("# publisher"))
                .andExpect(jsonPath("$.errors[0].row").value("0"));
    }

    // ------------------------------------------------------------------ the endpoint

    @Test
    void anUnknownFormatNamesTheFormatsAvailable() throws Exception {
        upload("xml", "a.xml", "<a/>")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("format"))
                .andExpect(jsonPath("$.errors[0].message", containsString("csv")))
                .andExpect(jsonPath("$.errors[0].message", containsString("jsonstat2")));
    }

    @Test
    void onlyCoordinatorsImport() throws Exception {
        MockMultipartFile file =
                new MockMultipartFile("file", "a.csv", "text/csv", "x".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/v1/imports").file(file).param("format", "csv"))
                .andExpect(status().isUnauthorized());
        mvc.perform(multipart("/api/v1/imports")
                        .file(file)
                        .param("format", "csv")
                        .with(httpBasic(provider, PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void errorsComeInTheRequestsLanguage() throws Exception {
        mvc.perform(multipart("/api/v1/imports")
                        .file(new MockMultipartFile(
                                "file",
                                "c.json",
                                "application/json",
                                "{\"version\":\"2.0\",\"class\":\"collection\"}".getBytes(StandardCharsets.UTF_8)))
                        .param("format", "jsonstat2")
                        .header("Accept-Language", "sv")
                        .with(httpBasic(coordinator, PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("En JSON-stat 2.0-datamängd")));
    }

    // ------------------------------------------------------------------ fixtures

    /** A 2 x 2 dataset (year x sex) with the given value (and status) JSON. */
    static String small(String value, String status) {
        return """
                {"version": "2.0", "class": "dataset", "label": "Small", "source": "Tilastokeskus",
                 "updated": "2024-01-01", "id": ["year", "sex"], "size": [2, 2],
                 "dimension": {"year": {"category": {"index": ["2020", "2021"]}},
                               "sex": {"category": {"index": ["F", "M"]}}},
                 "value": %s%s}
                """.formatted(value, status == null ? "" : ", \"status\": " + status);
    }

    /** A 12ti-shaped document (areas x occupations x 2023M01 x both measures), values 1, 2, 3, ... */
    static String employment12ti(List<String> areas, List<String> occupations) {
        StringBuilder values = new StringBuilder();
        int n = areas.size() * occupations.size() * 2;
        for (int i = 0; i < n; i++) {
            values.append(i == 0 ? "" : ", ").append(i + 1);
        }
        return """
                {"version": "2.0", "class": "dataset", "label": "12ti test %s",
                 "source": "Tilastokeskus, työnvälitystilasto", "updated": "2023-11-22T06:00:00Z",
                 "id": ["Alue", "Ammattiryhmä", "Kuukausi", "Tiedot"], "size": [%d, %d, 1, 2],
                 "dimension": {
                   "Alue": {"category": {"index": [%s]}},
                   "Ammattiryhmä": {"category": {"index": [%s]}},
                   "Kuukausi": {"category": {"index": ["2023M01"]}},
                   "Tiedot": {"category": {"index": ["TYOTTOMATLOPUSSA", "AVPAIKATLOPUSSA"]}}},
                 "value": [%s]}
                """.formatted(
                UUID.randomUUID(), areas.size(), occupations.size(), quoted(areas), quoted(occupations), values);
    }

    static String quoted(List<String> codes) {
        return String.join(", ", codes.stream().map(c -> "\"" + c + "\"").toList());
    }
}
