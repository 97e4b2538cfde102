package fi.livskraft.economy.web;

import fi.livskraft.economy.Band;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/** A band of accumulated paid days; {@code toDay} null for the open-ended last band. */
@Schema(name = "EconomyBand")
record BandJson(
        @Schema(example = "101") Integer fromDay,

        @Schema(example = "200", nullable = true, description = "null for the open-ended last band")
        Integer toDay,

        @Schema(example = "10.00") BigDecimal sharePercent) {

    static BandJson from(Band band) {
        return new BandJson(band.fromDay(), band.toDay(), band.sharePercent());
    }
}
