package fi.livskraft.economy.bench;

import fi.livskraft.economy.Band;
import fi.livskraft.economy.CostParameters;
import fi.livskraft.economy.Model;
import fi.livskraft.economy.MunicipalCost;
import fi.livskraft.economy.PersonCost;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Times the whole-country AN2024 cost calculation on a deterministic synthetic population: the 292
 * mainland municipalities (from the shipped reference data, Åland left out), 300,000 unemployed
 * persons shared among them by fixed pseudo-random weights (seed 2025), each with 0-1500
 * accumulated paid days and 1-258 paid days in the year (258 = 12 x 21.5). Not a unit test: run
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=fi.livskraft.economy.bench.WholeCountryCostBenchmark [-Dexec.args="300000 5 20"]
 * </pre>
 *
 * Arguments: persons, warm-up runs, measured runs. Prints persons per second, milliseconds per
 * whole-country run (p50, p95, min, max) and the country's cost, so the figures can be checked.
 */
public final class WholeCountryCostBenchmark {

    static final long SEED = 2025;

    record Person(int municipality, int accumulatedDays, int paidDays) {}

    public static void main(String[] args) throws IOException {
        int persons = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        List<String> municipalities = mainlandMunicipalities();
        List<Person> population = population(municipalities.size(), persons);
        CostParameters an2024 = an2024();

        for (int i = 0; i < warmup; i++) {
            run(an2024, population, municipalities.size());
        }
        long[] nanos = new long[runs];
        BigDecimal total = null;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            BigDecimal[] byMunicipality = run(an2024, population, municipalities.size());
            nanos[i] = System.nanoTime() - start;
            total = Arrays.stream(byMunicipality).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        Arrays.sort(nanos);
        double p50 = nanos[percentileIndex(runs, 50)] / 1e6;
        double p95 = nanos[percentileIndex(runs, 95)] / 1e6;
        System.out.printf(
                "municipalities %d, persons %d, warm-up runs %d, measured runs %d (%s, %d cores, Java %s)%n",
                municipalities.size(),
                population.size(),
                warmup,
                runs,
                System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        System.out.printf(
                "whole-country run: p50 %.1f ms, p95 %.1f ms, min %.1f ms, max %.1f ms%n",
                p50, p95, nanos[0] / 1e6, nanos[runs - 1] / 1e6);
        System.out.printf("persons per second (at p50): %,.0f%n", population.size() / (p50 / 1000));
        System.out.printf("country's AN2024 cost of the synthetic year: %s EUR%n", total.toPlainString());
    }

    /** Cost per municipality: sum of each person's total rounded to the cent. */
    static BigDecimal[] run(CostParameters params, List<Person> population, int municipalities) {
        BigDecimal[] sums = new BigDecimal[municipalities];
        Arrays.fill(sums, BigDecimal.ZERO);
        for (Person p : population) {
            PersonCost cost = MunicipalCost.personCost(params, p.accumulatedDays(), p.paidDays());
            sums[p.municipality()] = sums[p.municipality()].add(cost.cost());
        }
        return sums;
    }

    static List<Person> population(int municipalities, int persons) {
        SplittableRandom random = new SplittableRandom(SEED);
        double[] weights = new double[municipalities];
        double sum = 0;
        for (int i = 0; i < municipalities; i++) {
            // a skewed size distribution: a few large towns, many small municipalities
            weights[i] = Math.pow(random.nextDouble(), 4) + 0.01;
            sum += weights[i];
        }
        List<Person> population = new ArrayList<>(persons);
        for (int m = 0; m < municipalities; m++) {
            int count = (int) Math.round(persons * weights[m] / sum);
            for (int k = 0; k < count && population.size() < persons; k++) {
                population.add(new Person(m, random.nextInt(0, 1501), random.nextInt(1, 259)));
            }
        }
        while (population.size() < persons) {
            population.add(new Person(0, random.nextInt(0, 1501), random.nextInt(1, 259)));
        }
        return population;
    }

    static List<String> mainlandMunicipalities() throws IOException {
        Path csv = Path.of("src", "main", "resources", "referencedata", "municipalities.csv");
        return Files.readAllLines(csv, StandardCharsets.UTF_8).stream()
                .skip(1)
                .map(line -> line.split(";"))
                .filter(cols -> cols.length > 4 && !"21".equals(cols[4]))
                .map(cols -> cols[0])
                .toList();
    }

    static CostParameters an2024() {
        return new CostParameters(
                null,
                Model.AN2024,
                LocalDate.of(2025, 1, 1),
                new BigDecimal("37.21"),
                new BigDecimal("5"),
                new BigDecimal("21.5"),
                List.of(
                        new Band(1, 100, new BigDecimal("0")),
                        new Band(101, 200, new BigDecimal("10")),
                        new Band(201, 300, new BigDecimal("20")),
                        new Band(301, 400, new BigDecimal("30")),
                        new Band(401, 500, new BigDecimal("40")),
                        new Band(501, null, new BigDecimal("45"))),
                "seed values of V2__economy.sql (verify)",
                false,
                "",
                0);
    }

    private static int percentileIndex(int n, int percentile) {
        return Math.min(n - 1, (int) Math.ceil(percentile / 100.0 * n) - 1);
    }
}
