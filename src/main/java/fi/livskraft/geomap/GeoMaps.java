package fi.livskraft.geomap;

import fi.livskraft.area.AreaDirectory;
import fi.livskraft.area.AreaLists;
import fi.livskraft.area.AreaMaps;
import fi.livskraft.area.EmploymentArea;
import fi.livskraft.area.Municipality;
import fi.livskraft.area.MunicipalityPopulations;
import fi.livskraft.area.Region;
import fi.livskraft.common.Names;
import fi.livskraft.economypages.AreaCosts;
import fi.livskraft.evidence.AreaFigures;
import fi.livskraft.evidence.LabourFact;
import fi.livskraft.insight.InsightFormat;
import fi.livskraft.insight.RegionalTightness;
import fi.livskraft.insight.SourceRef;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Draws the choropleth (public API of the module): a measure at a level, every unit a link with a
 * title, quantile classes in a sequential palette, a hatched pattern where there is no figure and
 * a dotted one for Åland (outside AN2024 and the employment areas).
 *
 * <p>Measures: the unemployment rate (unemployed jobseekers / labour force x 100, the newest month
 * of the municipal table, summed over the members of an area or region); the tightness of an
 * occupation (open vacancies per unemployed jobseeker, by region: the level the occupation tables
 * give); the AN2024 cost per inhabitant (the employment area's cost of the newest year with Kela
 * figures / the members' population of the newest year all have, by employment area: the level of
 * Kela's figures).
 */
@Service
public class GeoMaps implements AreaMaps {

    static final String NO_DATA = "url(#geomap-nodata)";
    static final String ALAND = "url(#geomap-aland)";
    static final String DEFAULT_OCCUPATION = "2221";

    enum Measure {
        UNEMPLOYMENT,
        TIGHTNESS,
        COST;

        String param() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Measure of(String param) {
            for (Measure m : values()) {
                if (m.param().equals(param)) {
                    return m;
                }
            }
            return UNEMPLOYMENT;
        }
    }

    enum Level {
        MUNICIPALITY,
        EMPLOYMENT_AREA,
        REGION;

        String param() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Level of(String param) {
            for (Level l : values()) {
                if (l.param().equals(param)) {
                    return l;
                }
            }
            return MUNICIPALITY;
        }
    }

    /** A unit drawn as one link: a municipality, an employment area or a region. */
    record Unit(String code, Names names, String href, List<String> members, boolean aland) {}

    /** The figures of a measure by unit code, with what they are. */
    record Figures(
            Level level,
            Map<String, BigDecimal> values,
            int scale,
            String captionKey,
            Object[] captionArgs,
            String noteKey,
            List<String> sources,
            boolean demo,
            java.time.YearMonth newest) {}

    private final MapGeometry geometry;
    private final AreaDirectory directory;
    private final AreaLists lists;
    private final MunicipalityPopulations populations;
    private final AreaFigures labour;
    private final RegionalTightness tightness;
    private final AreaCosts costs;
    private final InsightFormat format;
    private final MessageSource messages;

    GeoMaps(
            MapGeometry geometry,
            AreaDirectory directory,
            AreaLists lists,
            MunicipalityPopulations populations,
            AreaFigures labour,
            RegionalTightness tightness,
            AreaCosts costs,
            InsightFormat format,
            MessageSource messages) {
        this.geometry = geometry;
        this.directory = directory;
        this.lists = lists;
        this.populations = populations;
        this.labour = labour;
        this.tightness = tightness;
        this.costs = costs;
        this.format = format;
        this.messages = messages;
    }

    @Override
    public MapView municipalities(String measure, String level, String occupation, Locale locale) {
        return map(measure, level, occupation, true, locale);
    }

    /** The start page's map: the unemployment rate by municipality, without a selector. */
    public MapView overview(Locale locale) {
        return map(null, null, null, false, locale);
    }

    /**
     * The map of any measure and level (parameters as in the GET form: measure unemployment,
     * tightness or cost; level municipality, employment-area or region; occupation a 4-digit ISCO
     * code); a measure whose data exist at one level only is drawn at that level.
     */
    public MapView map(String measure, String level, String occupation, boolean withChoices, Locale locale) {
        Measure m = Measure.of(measure);
        String isco = occupation != null && occupation.matches("\\d{4}") ? occupation : DEFAULT_OCCUPATION;
        Figures figures = figures(m, Level.of(level), isco);
        List<Unit> units = units(figures.level());
        MapView.Choices choices = withChoices ? choices(m, figures.level(), isco, locale) : null;
        return view("geomap", units, figures, Set.of(), choices, locale);
    }

    @Override
    public MapView employmentArea(String areaId, Locale locale) {
        Figures figures = figures(Measure.UNEMPLOYMENT, Level.MUNICIPALITY, DEFAULT_OCCUPATION);
        Set<String> members = directory.municipalities().stream()
                .filter(mu -> areaId.equals(mu.employmentAreaId()))
                .map(Municipality::code)
                .collect(Collectors.toSet());
        return view("geomap-area", units(Level.MUNICIPALITY), figures, members, null, locale);
    }

    // ------------------------------------------------------------ units

    List<Unit> units(Level level) {
        List<Municipality> all = directory.municipalities();
        List<Unit> units = new ArrayList<>();
        switch (level) {
            case MUNICIPALITY -> all.forEach(mu -> units.add(municipalityUnit(mu)));
            case REGION -> {
                Map<String, List<String>> members = all.stream()
                        .collect(Collectors.groupingBy(
                                Municipality::regionCode, Collectors.mapping(Municipality::code, Collectors.toList())));
                for (Region r : lists.regions()) {
                    units.add(new Unit(
                            r.code(),
                            r.names(),
                            "/regions/" + r.code(),
                            members.getOrDefault(r.code(), List.of()),
                            r.isAland()));
                }
            }
            case EMPLOYMENT_AREA -> {
                for (EmploymentArea a : lists.employmentAreas()) {
                    units.add(new Unit(a.id(), a.names(), "/employment-areas/" + a.id(), a.municipalityCodes(), false));
                }
                all.stream().filter(Municipality::inAland).forEach(mu -> units.add(municipalityUnit(mu)));
            }
        }
        return units;
    }

    private static Unit municipalityUnit(Municipality mu) {
        return new Unit(mu.code(), mu.names(), "/municipalities/" + mu.code(), List.of(mu.code()), mu.inAland());
    }

    // ------------------------------------------------------------ figures

    Figures figures(Measure measure, Level level, String isco) {
        return switch (measure) {
            case UNEMPLOYMENT -> unemployment(level);
            case TIGHTNESS -> tightness(isco);
            case COST -> cost();
        };
    }

    private Figures unemployment(Level level) {
        List<LabourFact> unemployed = labour.newestMonth("KU", "SSS", "UNEMPLOYED_JOBSEEKERS");
        List<LabourFact> force = labour.newestMonth("KU", "SSS", "LABOUR_FORCE");
        Map<String, BigDecimal> u = byMunicipality(unemployed);
        Map<String, BigDecimal> f = byMunicipality(force);
        Map<String, BigDecimal> values = new HashMap<>();
        for (Unit unit : units(level)) {
            BigDecimal su = BigDecimal.ZERO;
            BigDecimal sf = BigDecimal.ZERO;
            boolean complete = !unit.members().isEmpty();
            for (String code : unit.members()) {
                if (u.get(code) == null || f.get(code) == null) {
                    complete = false;
                    break;
                }
                su = su.add(u.get(code));
                sf = sf.add(f.get(code));
            }
            if (complete && sf.signum() > 0) {
                values.put(unit.code(), su.multiply(BigDecimal.valueOf(100)).divide(sf, 1, RoundingMode.HALF_UP));
            }
        }
        String period = unemployed.isEmpty() ? null : unemployed.get(0).period();
        List<String> sources = new ArrayList<>();
        boolean demo = false;
        for (LabourFact fact : concat(unemployed, force)) {
            var s = fact.source();
            String text = s.publisher() + ", " + s.dataset() + ", " + s.vintage() + " (" + s.licence() + ")";
            if (!sources.contains(text)) {
                sources.add(text);
            }
            demo |= s.demo();
        }
        return new Figures(
                level,
                values,
                1,
                "geomap.caption.unemployment",
                new Object[] {format.month(period)},
                "geomap.note.unemployment",
                sources,
                demo,
                month(period));
    }

    private static Map<String, BigDecimal> byMunicipality(List<LabourFact> facts) {
        Map<String, BigDecimal> out = new HashMap<>();
        facts.forEach(fact -> out.put(fact.areaCode().substring(2), fact.value()));
        return out;
    }

    private Figures tightness(String isco) {
        Optional<RegionalTightness.OccupationMap> map = tightness.of(isco);
        Map<String, BigDecimal> values = new HashMap<>();
        List<String> sources = new ArrayList<>();
        boolean demo = false;
        String period = null;
        Names names = new Names(isco, isco, isco);
        if (map.isPresent()) {
            map.get().byRegion().forEach((region, t) -> {
                if (t.hasRatio()) {
                    values.put(region, t.ratio().setScale(2, RoundingMode.HALF_UP));
                }
            });
            for (SourceRef s : map.get().sources()) {
                sources.add(s.publisher() + ", " + s.dataset() + ", " + s.vintage() + " (" + s.licence() + ")");
                demo |= s.demo();
            }
            period = map.get().period();
            names = map.get().names();
        }
        return new Figures(
                Level.REGION,
                values,
                2,
                "geomap.caption.tightness",
                new Object[] {isco, names, format.month(period)},
                "geomap.note.tightness",
                sources,
                demo,
                month(period));
    }

    private Figures cost() {
        AreaCosts.YearCosts year = costs.newestYear();
        Map<String, EmploymentArea> areas =
                lists.employmentAreas().stream().collect(Collectors.toMap(EmploymentArea::id, a -> a));
        Map<String, BigDecimal> values = new HashMap<>();
        List<String> sources = new ArrayList<>();
        boolean demo = false;
        Integer populationYear = null;
        for (AreaCosts.AreaCost c : year.areas()) {
            EmploymentArea area = areas.get(c.areaId());
            if (area == null) {
                continue;
            }
            MunicipalityPopulations.Census census = populations.census(area.municipalityCodes());
            if (census.populations().size() != area.municipalityCodes().size()) {
                continue;
            }
            long people = census.populations().values().stream()
                    .mapToLong(Integer::longValue)
                    .sum();
            if (people > 0) {
                values.put(c.areaId(), c.cost().divide(BigDecimal.valueOf(people), 0, RoundingMode.HALF_UP));
            }
            populationYear = populationYear == null ? census.year() : Math.max(populationYear, census.year());
            if (!sources.contains(c.source())) {
                sources.add(c.source());
            }
            demo |= c.demo();
        }
        int months =
                year.areas().stream().mapToInt(AreaCosts.AreaCost::months).max().orElse(0);
        return new Figures(
                Level.EMPLOYMENT_AREA,
                values,
                0,
                "geomap.caption.cost",
                new Object[] {
                    year.year() == null ? "–" : String.valueOf(year.year()),
                    months,
                    populationYear == null ? "–" : String.valueOf(populationYear)
                },
                "geomap.note.cost",
                sources,
                demo,
                year.year() == null ? null : java.time.YearMonth.of(year.year(), Math.max(1, months)));
    }

    // ------------------------------------------------------------ the view

    private MapView view(
            String id, List<Unit> units, Figures figures, Set<String> only, MapView.Choices choices, Locale locale) {
        Classes classes = Classes.quantiles(
                units.stream()
                        .filter(u -> !u.aland())
                        .map(u -> figures.values().get(u.code()))
                        .toList(),
                5,
                figures.scale());
        List<MapView.Shape> shapes = new ArrayList<>();
        List<MapView.Row> rows = new ArrayList<>();
        MapGeometry.Box box = null;
        boolean aland = false;
        // larger shapes first, so that an enclave (Kauniainen in Espoo) is drawn over its surroundings
        List<Unit> ordered = new ArrayList<>(units);
        ordered.sort(Comparator.comparingLong((Unit u) -> -extent(u)));
        for (Unit u : ordered) {
            if (!only.isEmpty() && !only.contains(u.code())) {
                continue;
            }
            StringBuilder d = new StringBuilder();
            for (String code : u.members()) {
                String p = geometry.path(code);
                if (p != null) {
                    d.append(p);
                    box = box == null ? geometry.box(code) : box.union(geometry.box(code));
                }
            }
            if (d.isEmpty()) {
                continue;
            }
            BigDecimal value = figures.values().get(u.code());
            String name = u.names().in(locale);
            String fill;
            String shown;
            String legendClass;
            if (u.aland()) {
                aland = true;
                fill = ALAND;
                shown = format.number(value, locale);
                legendClass = text("geomap.legend.aland", locale);
            } else if (value == null) {
                fill = NO_DATA;
                shown = format.number((BigDecimal) null, locale);
                legendClass = text("geomap.legend.no-data", locale);
            } else {
                int c = classes.of(value);
                fill = classes.colour(c);
                shown = format.number(value, locale);
                legendClass = classLabel(classes, c, locale);
            }
            String title = value == null
                    ? name + ": " + legendClass
                    : name + ": " + shown + (u.aland() ? " (" + legendClass + ")" : "");
            shapes.add(new MapView.Shape(u.code(), u.href(), title, d.toString(), fill));
            rows.add(new MapView.Row(u.href(), name, shown, legendClass));
        }
        Collator collator = Collator.getInstance(locale);
        rows.sort(Comparator.comparing(MapView.Row::name, collator));
        List<MapView.LegendEntry> legend = new ArrayList<>();
        if (!figures.values().isEmpty()) {
            for (int c = 0; c < classes.count(); c++) {
                legend.add(new MapView.LegendEntry(classes.colour(c), classLabel(classes, c, locale)));
            }
        }
        legend.add(new MapView.LegendEntry(NO_DATA, text("geomap.legend.no-data", locale)));
        if (aland) {
            legend.add(new MapView.LegendEntry(ALAND, text("geomap.legend.aland", locale)));
        }
        String viewBox = only.isEmpty() || box == null ? geometry.viewBox() : box.viewBox(6);
        Object[] args = figures.captionArgs().clone();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Names n) {
                args[i] = n.in(locale);
            }
        }
        String caption = text(figures.captionKey(), locale, args) + " – "
                + text("geomap.level." + figures.level().param(), locale);
        return new MapView(
                id,
                viewBox,
                caption,
                text(figures.noteKey(), locale),
                shapes,
                legend,
                text(figures.captionKey() + ".heading", locale),
                rows,
                figures.sources(),
                figures.demo(),
                staleNote(figures.newest(), locale),
                aland,
                choices);
    }

    /** The area of the bounding box of a unit's members, in square map units. */
    private long extent(Unit u) {
        MapGeometry.Box box = null;
        for (String code : u.members()) {
            MapGeometry.Box b = geometry.box(code);
            if (b != null) {
                box = box == null ? b : box.union(b);
            }
        }
        return box == null ? 0 : (box.maxX() - box.minX()) * (box.maxY() - box.minY());
    }

    private String classLabel(Classes classes, int c, Locale locale) {
        List<BigDecimal> b = classes.bounds();
        if (b.isEmpty()) {
            return text("geomap.legend.all", locale);
        }
        if (c == 0) {
            return text("geomap.legend.first", locale, format.number(b.get(0), locale));
        }
        if (c == b.size()) {
            return text("geomap.legend.last", locale, format.number(b.get(c - 1), locale));
        }
        return text(
                "geomap.legend.between", locale, format.number(b.get(c - 1), locale), format.number(b.get(c), locale));
    }

    private MapView.Choices choices(Measure measure, Level level, String isco, Locale locale) {
        List<MapView.Option> measures = new ArrayList<>();
        for (Measure m : Measure.values()) {
            measures.add(new MapView.Option(m.param(), text("geomap.measure." + m.param(), locale)));
        }
        List<MapView.Option> levels = new ArrayList<>();
        for (Level l : Level.values()) {
            levels.add(new MapView.Option(l.param(), text("geomap.level." + l.param(), locale)));
        }
        Collator collator = Collator.getInstance(locale);
        List<MapView.Option> occupations = tightness.occupations().entrySet().stream()
                .map(e -> new MapView.Option(e.getKey(), e.getValue().in(locale) + " (" + e.getKey() + ")"))
                .sorted(Comparator.comparing(MapView.Option::label, collator))
                .toList();
        return new MapView.Choices(measure.param(), level.param(), isco, measures, levels, occupations);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    // ------------------------------------------------------------ headline figures

    /** A headline figure of Finland with its source and vintage. */
    public record Headline(String label, String value, String source, String staleNote) {}

    /** Finland's headline figures for the start page: unemployed, vacancies, rate, AN2024 cost. */
    public List<Headline> headlines(Locale locale) {
        List<Headline> out = new ArrayList<>();
        Map<String, LabourFact> whole = new LinkedHashMap<>();
        for (String measure : List.of("UNEMPLOYED_JOBSEEKERS", "OPEN_VACANCIES", "LABOUR_FORCE")) {
            labour.newestMonth("SSS", "SSS", measure).stream().findFirst().ifPresent(f -> whole.put(measure, f));
        }
        for (String measure : List.of("UNEMPLOYED_JOBSEEKERS", "OPEN_VACANCIES")) {
            LabourFact f = whole.get(measure);
            if (f != null) {
                out.add(new Headline(
                        text("geomap.headline." + measure, locale, format.month(f.period())),
                        format.persons(f.value(), locale),
                        sourceText(f),
                        staleNote(month(f.period()), locale)));
            }
        }
        LabourFact u = whole.get("UNEMPLOYED_JOBSEEKERS");
        LabourFact lf = whole.get("LABOUR_FORCE");
        if (u != null
                && lf != null
                && u.value() != null
                && lf.value() != null
                && lf.value().signum() > 0) {
            BigDecimal rate = u.value().multiply(BigDecimal.valueOf(100)).divide(lf.value(), 1, RoundingMode.HALF_UP);
            out.add(new Headline(
                    text("geomap.headline.rate", locale, format.month(u.period())),
                    format.number(rate, locale) + " %",
                    sourceText(u),
                    staleNote(month(u.period()), locale)));
        }
        AreaCosts.YearCosts year = costs.newestYear();
        if (year.year() != null && !year.areas().isEmpty()) {
            BigDecimal total =
                    year.areas().stream().map(AreaCosts.AreaCost::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
            Set<String> withFigures =
                    year.areas().stream().map(AreaCosts.AreaCost::areaId).collect(Collectors.toSet());
            List<String> members = lists.employmentAreas().stream()
                    .filter(a -> withFigures.contains(a.id()))
                    .flatMap(a -> a.municipalityCodes().stream())
                    .toList();
            MunicipalityPopulations.Census census = populations.census(members);
            long people = census.populations().values().stream()
                    .mapToLong(Integer::longValue)
                    .sum();
            int months = year.areas().stream()
                    .mapToInt(AreaCosts.AreaCost::months)
                    .max()
                    .orElse(0);
            boolean demo = year.areas().stream().anyMatch(AreaCosts.AreaCost::demo);
            String source = String.join(
                            "; ",
                            year.areas().stream()
                                    .map(AreaCosts.AreaCost::source)
                                    .distinct()
                                    .toList())
                    + (demo ? " – " + text("geomap.demo", locale) : "");
            out.add(new Headline(
                    text(
                            "geomap.headline.cost",
                            locale,
                            String.valueOf(year.year()),
                            months,
                            year.areas().size()),
                    format.number(total.setScale(0, RoundingMode.HALF_UP), locale) + " €",
                    source,
                    staleNote(java.time.YearMonth.of(year.year(), Math.max(1, months)), locale)));
            if (people > 0 && census.populations().size() == members.size()) {
                out.add(new Headline(
                        text(
                                "geomap.headline.cost-per-inhabitant",
                                locale,
                                String.valueOf(year.year()),
                                String.valueOf(census.year())),
                        format.number(total.divide(BigDecimal.valueOf(people), 0, RoundingMode.HALF_UP), locale) + " €",
                        source + "; " + census.source(),
                        staleNote(java.time.YearMonth.of(year.year(), Math.max(1, months)), locale)));
            }
        }
        return out;
    }

    static final java.time.ZoneId ZONE = java.time.ZoneId.of("Europe/Helsinki");

    /** A month 2023M10, or null. */
    static java.time.YearMonth month(String period) {
        return period == null || !period.matches("\\d{4}M\\d{2}")
                ? null
                : java.time.YearMonth.of(
                        Integer.parseInt(period.substring(0, 4)), Integer.parseInt(period.substring(5)));
    }

    /** Whether the newest month of a figure ended more than six months before today. */
    static boolean stale(java.time.YearMonth newest, java.time.LocalDate today) {
        return newest != null && newest.atEndOfMonth().plusMonths(6).isBefore(today);
    }

    private String staleNote(java.time.YearMonth newest, Locale locale) {
        return stale(newest, java.time.LocalDate.now(ZONE)) ? text("geomap.stale", locale, newest.toString()) : null;
    }

    private String sourceText(LabourFact f) {
        var s = f.source();
        return s.publisher() + ", " + s.dataset() + ", " + s.vintage() + (s.demo() ? " (demo)" : "");
    }
}
