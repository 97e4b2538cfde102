package fi.livskraft.education;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LongCsvTests {

    @Test
    void splitsQuotedFieldsThatHoldTheSeparatorOrQuotes() {
        assertThat(LongCsv.split("a;\"b; c\";\"say \"\"hi\"\"\";", ';')).containsExactly("a", "b; c", "say \"hi\"", "");
        assertThat(LongCsv.split("1,2,3", ',')).containsExactly("1", "2", "3");
    }

    @Test
    void quotesOnlyWhatNeedsIt() {
        assertThat(LongCsv.quote("Vamia", ';')).isEqualTo("Vamia");
        assertThat(LongCsv.quote("A; B", ';')).isEqualTo("\"A; B\"");
        assertThat(LongCsv.split(LongCsv.quote("x \"y\"; z", ';'), ';')).containsExactly("x \"y\"; z");
    }

    @Test
    void theVipunenDatasetIsTheFileNameWithoutFoldersAndExtension() {
        assertThat(VipunenJsonImporter.dataset("/tmp/amm_opiskelijat_ja_tutkinnot_vuosi_tutkinto.json"))
                .isEqualTo("amm_opiskelijat_ja_tutkinnot_vuosi_tutkinto");
        assertThat(VipunenJsonImporter.dataset("")).isEqualTo("vipunen");
    }
}
