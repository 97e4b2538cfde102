package fi.livskraft.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class VersionedCacheTests {

    @Test
    void computesOncePerKeyAndVersion() {
        VersionedCache cache = new VersionedCache(10);
        AtomicInteger runs = new AtomicInteger();
        assertThat(cache.get("v1", "k", runs::incrementAndGet)).isEqualTo(1);
        assertThat(cache.get("v1", "k", runs::incrementAndGet)).isEqualTo(1);
        assertThat(runs).hasValue(1);
    }

    @Test
    void dropsEveryResultWhenTheVersionChanges() {
        VersionedCache cache = new VersionedCache(10);
        cache.get("v1", "a", () -> "old a");
        cache.get("v1", "b", () -> "old b");
        assertThat(cache.get("v2", "a", () -> "new a")).isEqualTo("new a");
        assertThat(cache.size()).isEqualTo(1);
        // going back to an earlier version computes again too
        assertThat(cache.get("v1", "a", () -> "again")).isEqualTo("again");
    }

    @Test
    void keepsAtMostItsCapacityLeastRecentlyUsedFirst() {
        VersionedCache cache = new VersionedCache(2);
        cache.get("v", "a", () -> "a");
        cache.get("v", "b", () -> "b");
        cache.get("v", "a", () -> "a2"); // a used last
        cache.get("v", "c", () -> "c");
        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.get("v", "a", () -> "a3")).isEqualTo("a");
        assertThat(cache.get("v", "b", () -> "b2")).isEqualTo("b2");
    }

    @Test
    void keepsNoFailure() {
        VersionedCache cache = new VersionedCache(2);
        assertThatThrownBy(() -> cache.get("v", "k", () -> {
                    throw new IllegalStateException("boom");
                }))
                .hasMessage("boom");
        assertThat(cache.size()).isZero();
        assertThat(cache.get("v", "k", () -> "ok")).isEqualTo("ok");
    }
}
