package fi.livskraft.geomap;

/**
 * WGS84/ETRS89 longitude and latitude to ETRS-TM35FIN (EPSG:3067) easting and northing in metres:
 * transverse Mercator on GRS80, central meridian 27 degrees east, scale 0.9996, false easting 500 km,
 * by the Krüger series of JHS 154 (ETRS89 and WGS84 differ by well under a metre, below the map's
 * resolution).
 */
final class Tm35fin {

    private static final double A = 6378137.0;
    private static final double F = 1 / 298.257222101;
    private static final double K0 = 0.9996;
    private static final double LON0 = Math.toRadians(27);
    private static final double E0 = 500000;

    private static final double N = F / (2 - F);
    private static final double A1 = A / (1 + N) * (1 + N * N / 4 + N * N * N * N / 64);
    private static final double E = Math.sqrt(F * (2 - F));
    private static final double H1 = N / 2 - 2.0 / 3 * N * N + 5.0 / 16 * N * N * N + 41.0 / 180 * N * N * N * N;
    private static final double H2 = 13.0 / 48 * N * N - 3.0 / 5 * N * N * N + 557.0 / 1440 * N * N * N * N;
    private static final double H3 = 61.0 / 240 * N * N * N - 103.0 / 140 * N * N * N * N;
    private static final double H4 = 49561.0 / 161280 * N * N * N * N;

    private Tm35fin() {}

    /** {easting, northing} in metres. */
    static double[] project(double lonDegrees, double latDegrees) {
        double phi = Math.toRadians(latDegrees);
        double lambda = Math.toRadians(lonDegrees);
        double q = asinh(Math.tan(phi)) - E * atanh(E * Math.sin(phi));
        double beta = Math.atan(Math.sinh(q));
        double etaPrime = atanh(Math.cos(beta) * Math.sin(lambda - LON0));
        double xiPrime = Math.asin(Math.sin(beta) * cosh(etaPrime));
        double xi = xiPrime;
        double eta = etaPrime;
        double[] h = {H1, H2, H3, H4};
        for (int j = 1; j <= 4; j++) {
            xi += h[j - 1] * Math.sin(2 * j * xiPrime) * cosh(2 * j * etaPrime);
            eta += h[j - 1] * Math.cos(2 * j * xiPrime) * Math.sinh(2 * j * etaPrime);
        }
        return new double[] {A1 * eta * K0 + E0, A1 * xi * K0};
    }

    private static double asinh(double x) {
        return Math.log(x + Math.sqrt(x * x + 1));
    }

    private static double atanh(double x) {
        return 0.5 * Math.log((1 + x) / (1 - x));
    }

    private static double cosh(double x) {
        return Math.cosh(x);
    }
}
