package fi.livskraft.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AreaShortagesRankTest {

    static final List<String> WINDOW = List.of("2023M01", "2023M02", "2023M03");

    static List<MonthlyCell> cells(String isco, int... vacanciesPerMonth) {
        List<MonthlyCell> out = new ArrayList<>();
        for (int i = 0; i < vacanciesPerMonth.length; i++) {
            out.add(new MonthlyCell(isco, WINDOW.get(i), BigDecimal.valueOf(vacanciesPerMonth[i]), BigDecimal.TEN));
        }
        return out;
    }

    @Test
    void monthsInShortageRankFirstThenTheLatestTightness() {
        List<MonthlyCell> all = new ArrayList<>();
        all.addAll(cells("1111", 20, 20, 20)); // three months of strong shortage, ratio 2
        all.addAll(cells("2222", 1, 1, 30)); // one month in shortage, ratio 3 in the latest month
        all.addAll(cells("3333", 7, 7, 7)); // three months of shortage (0.7), ratio 0.7
        all.addAll(cells("4444", 1, 1)); // no figure in the latest month: left out
        var ranked = AreaShortages.rank(all, WINDOW, TightnessThresholds.DEFAULTS, Map.of());
        assertThat(ranked).extracting(AreaShortages.Shortage::iscoCode).containsExactly("1111", "3333", "2222");
        assertThat(ranked).extracting(AreaShortages.Shortage::persistentMonths).containsExactly(3, 3, 1);
        assertThat(ranked.get(0).tightness().ratio()).isEqualByComparingTo("2");
        assertThat(ranked.get(0).windowMonths()).isEqualTo(3);
        // an occupation without a name keeps its code as its name, never null
        assertThat(ranked.get(0).names().fi()).isEqualTo("1111");
    }
}
