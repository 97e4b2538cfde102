package fi.livskraft.geomap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fi.livskraft.IntegrationTest;
import fi.livskraft.area.AreaDirectory;
import fi.livskraft.area.AreaLists;
import fi.livskraft.area.EmploymentArea;
import fi.livskraft.area.Municipality;
import fi.livskraft.evidence.AreaFigures;
import fi.livskraft.evidence.LabourFact;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The map on the pages: one link with a title per unit, the figures, Åland, the table and the attribution. */
@IntegrationTest
class GeoMapPagesTest {

    private static final Pattern SHAPE = Pattern.compile(
            "<a href=\"([^\"]+)\" class=\"geomap-shape\" data-code=\"([^\"]+)\">\\s*<title>([^<]*)</title>\\s*"
                    + "<path d=\"[^\"]+\" fill=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    AreaDirectory directory;

    @Autowired
    AreaLists lists;

    @Autowired
    AreaFigures figures;

    record Shape(String href, String code, String title, String fill) {}

    private List<Shape> shapes(String html) {
        List<Shape> out = new ArrayList<>();
        Matcher m = SHAPE.matcher(html);
        while (m.find()) {
            out.add(new Shape(m.group(1), m.group(2), unescape(m.group(3)), m.group(4)));
        }
        return out;
    }

    private static String unescape(String s) {
        return s.replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&");
    }

    private String page(String url, String lang) throws Exception {
        return mvc.perform(get(url).param("lang", lang))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void everyMunicipalityOf2025IsOneLinkWithATitleInThePagesLanguage() throws Exception {
        List<Municipality> all = directory.municipalities();
        assertThat(all).hasSize(308);
        for (String lang : List.of("sv", "fi", "en")) {
            String html = page("/municipalities", lang);
            List<Shape> shapes = shapes(html);
            assertThat(shapes).hasSize(308);
            Map<String, Shape> byCode = shapes.stream().collect(Collectors.toMap(Shape::code, s -> s));
            Locale locale = Locale.forLanguageTag(lang);
            for (Municipality m : all) {
                Shape s = byCode.get(m.code());
                assertThat(s).as("shape of %s", m.code()).isNotNull();
                assertThat(s.href()).isEqualTo("/municipalities/" + m.code());
                assertThat(s.title()).startsWith(m.names().in(locale) + ": ");
            }
            assertThat(html).contains(unescapedMessage(lang));
            assertThat(html).contains("<details class=\"geomap-table\">");
        }
    }

    private static String unescapedMessage(String lang) {
        return switch (lang) {
            case "sv" -> "Lantmäteriverket";
            case "fi" -> "Maanmittauslaitoksen";
            default -> "National Land Survey of Finland";
        };
    }

    @Test
    void theUnemploymentRateIsTheJobseekersOverTheLabourForceAndÅlandIsMarked() throws Exception {
        Map<String, BigDecimal> unemployed = byCode(figures.newestMonth("KU", "SSS", "UNEMPLOYED_JOBSEEKERS"));
        Map<String, BigDecimal> force = byCode(figures.newestMonth("KU", "SSS", "LABOUR_FORCE"));
        List<Shape> shapes = shapes(page("/municipalities", "fi"));
        int withFigure = 0;
        for (Shape s : shapes) {
            Municipality m = directory.municipality(s.code()).orElseThrow();
            if (m.inAland()) {
                assertThat(s.fill()).isEqualTo(GeoMaps.ALAND);
                assertThat(s.title()).contains("AN2024");
                continue;
            }
            BigDecimal u = unemployed.get(s.code());
            BigDecimal f = force.get(s.code());
            if (u == null || f == null) {
                assertThat(s.fill()).isEqualTo(GeoMaps.NO_DATA);
                continue;
            }
            withFigure++;
            BigDecimal rate = u.multiply(BigDecimal.valueOf(100)).divide(f, 1, RoundingMode.HALF_UP);
            NumberFormat nf = NumberFormat.getNumberInstance(Locale.forLanguageTag("fi"));
            nf.setMinimumFractionDigits(1);
            nf.setMaximumFractionDigits(1);
            assertThat(s.title()).isEqualTo(m.names().fi() + ": " + nf.format(rate));
            assertThat(Classes.PALETTE).contains(s.fill());
        }
        assertThat(withFigure)
                .as("municipalities with a rate in the shipped 12r5 table")
                .isGreaterThan(280);
    }

    private static Map<String, BigDecimal> byCode(List<LabourFact> facts) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        facts.forEach(f -> out.put(f.areaCode().substring(2), f.value()));
        return out;
    }

    @Test
    void aggregatesToRegionsAndEmploymentAreas() throws Exception {
        List<Shape> regions = shapes(page("/municipalities?measure=unemployment&level=region", "sv"));
        assertThat(regions).hasSize(19);
        assertThat(regions).allSatisfy(s -> assertThat(s.href()).isEqualTo("/regions/" + s.code()));

        List<Shape> tightness = shapes(page("/municipalities?measure=tightness&occupation=2221", "sv"));
        assertThat(tightness).as("the occupation tables exist by region").hasSize(19);
        // the occupation page links to this map in place of its old tile grid
        assertThat(page("/evidence/occupations/2221", "fi"))
                .contains("href=\"/municipalities?measure=tightness&amp;level=region&amp;occupation=2221#geomap\"")
                .doesNotContain("map-title");

        List<EmploymentArea> areas = lists.employmentAreas();
        long aland = directory.municipalities().stream()
                .filter(Municipality::inAland)
                .count();
        List<Shape> cost = shapes(page("/municipalities?measure=cost", "en"));
        assertThat(cost).hasSize(areas.size() + (int) aland);
        Set<String> areaLinks = cost.stream()
                .map(Shape::href)
                .filter(h -> h.startsWith("/employment-areas/"))
                .collect(Collectors.toSet());
        assertThat(areaLinks).hasSize(areas.size());
    }

    @Test
    void anEmploymentAreaPageShowsItsMembersOnTheMap() throws Exception {
        EmploymentArea area = lists.employmentAreas().stream()
                .filter(a -> a.municipalityCodes().size() > 3)
                .findFirst()
                .orElseThrow();
        List<Shape> shapes = shapes(page("/employment-areas/" + area.id(), "sv"));
        assertThat(shapes).extracting(Shape::code).containsExactlyInAnyOrderElementsOf(area.municipalityCodes());
    }

    @Test
    void theStartPageShowsFinlandsHeadlineFiguresAndTheMap() throws Exception {
        String html = page("/", "sv");
        assertThat(html).contains("id=\"headline-figures\"");
        assertThat(html).contains("Arbetslösa arbetssökande, 2023-10");
        assertThat(shapes(html)).hasSize(308);
        assertThat(html).doesNotContain("own-situation");
    }

    @Test
    void aSignedInOwnerIsLinkedToTheSituationOfTheirFirstMunicipality() throws Exception {
        var owner = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                        "owner-of-two")
                .authorities(
                        new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_OWNER"),
                        new org.springframework.security.core.authority.SimpleGrantedAuthority("OWNER:905"),
                        new org.springframework.security.core.authority.SimpleGrantedAuthority("OWNER:499"));
        String html = mvc.perform(get("/").with(owner).param("lang", "sv"))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("href=\"/municipalities/499\"");
        assertThat(html).contains("Din kommuns läge: Korsholm");
        assertThat(html).contains("id=\"headline-figures\"");
    }
}
