package fi.livskraft.evidence;

import fi.livskraft.common.ImportProgress;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes a JSON-stat dataset generically: its dimensions, categories and cells (V5 tables). */
@Component
class DatasetStore {

    static final int PROGRESS_STEP = 1 << 16;

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    DatasetStore(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Stores the dataset row, its dimensions and categories; returns the dataset id. */
    @Transactional(propagation = Propagation.MANDATORY)
    long dataset(long sourceId, JsonStatDocument doc, String recognisedAs, long valueCount) {
        long id = jdbc.sql("insert into evidence_dataset (source_id, label, recognised_as, cell_count, value_count)"
                        + " values (?, ?, ?, ?, ?) returning id")
                .params(sourceId, doc.label() == null ? "" : doc.label(), recognisedAs, doc.cellCount(), valueCount)
                .query(Long.class)
                .single();
        for (int i = 0; i < doc.ids().size(); i++) {
            JsonStatDimension dim = doc.dimension(i);
            jdbc.sql("insert into evidence_dimension (dataset_id, position, code, label, role, size)"
                            + " values (?, ?, ?, ?, ?, ?)")
                    .params(id, i, dim.id(), dim.label(), doc.roles().get(dim.id()), dim.size())
                    .update();
        }
        try (CopyIn copy = new CopyIn(
                dataSource,
                "evidence_category",
                "dataset_id, dimension_position, position, code, label, unit_label, unit_decimals")) {
            for (int i = 0; i < doc.ids().size(); i++) {
                JsonStatDimension dim = doc.dimension(i);
                for (int c = 0; c < dim.size(); c++) {
                    String code = dim.codes().get(c);
                    JsonStatDimension.Unit unit = dim.units().get(code);
                    copy.field(id)
                            .field(i)
                            .field(c)
                            .field(code)
                            .field(dim.labelOf(code))
                            .field(unit == null ? null : unit.label())
                            .field(unit == null ? null : unit.decimals())
                            .endRow();
                }
            }
            copy.end();
        }
        return id;
    }

    /** Copies every spooled cell; returns how many were stored. */
    @Transactional(propagation = Propagation.MANDATORY)
    long cells(long datasetId, JsonStatReader reader, ImportProgress progress, long offset, long total) {
        try (CopyIn copy = new CopyIn(dataSource, "evidence_cell", "dataset_id, cell_index, value, status")) {
            reader.cells().forEach((index, missing, value) -> {
                String status = reader.status(index);
                copy.field(datasetId).field(index);
                if (missing || JsonStatImporter.isMissingStatus(status)) {
                    copy.field(null);
                } else {
                    copy.number(value);
                }
                copy.field(status).endRow();
                if (copy.rows() % PROGRESS_STEP == 0) {
                    progress.update(offset + copy.rows(), total);
                }
            });
            return copy.end();
        }
    }
}
