package fi.livskraft.account;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The security headers of every response: written by Spring Security on the application's own
 * responses and by {@link ContainerSecurityHeaders} on those the servlet container answers itself
 * (a rejected URI, its own error page).
 */
final class SecurityHeaders {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'";

    /** Nothing of the browser's hardware or tracking features is used by any page. */
    static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(),"
            + " geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(),"
            + " publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=(),"
            + " browsing-topics=()";

    static final String REFERRER_POLICY = "strict-origin-when-cross-origin";

    private SecurityHeaders() {}

    /** Name and value of each header, in a fixed order. */
    static Map<String, String> all() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", CSP);
        headers.put("Permissions-Policy", PERMISSIONS_POLICY);
        headers.put("Referrer-Policy", REFERRER_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        return headers;
    }
}
