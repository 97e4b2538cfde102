package fi.livskraft.area;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The area tables as they were, so a test that imports or corrects can put them back for the tests
 * that share the database after it.
 */
record AreaSnapshot(
        List<Map<String, Object>> municipalities,
        List<Map<String, Object>> former,
        List<Map<String, Object>> regions,
        List<Map<String, Object>> areas,
        List<Map<String, Object>> members) {

    static AreaSnapshot take(JdbcClient jdbc) {
        return new AreaSnapshot(
                jdbc.sql("select code, name_fi, name_sv, name_en, region_code, language_status from municipality"
                                + " order by code")
                        .query()
                        .listOfRows(),
                jdbc.sql("select code, name_fi, name_sv from former_municipality order by code")
                        .query()
                        .listOfRows(),
                jdbc.sql("select code, name_fi, name_sv, name_en from region order by code")
                        .query()
                        .listOfRows(),
                jdbc.sql("select id, lead_municipality_code from employment_area order by id")
                        .query()
                        .listOfRows(),
                jdbc.sql("select area_id, municipality_code from employment_area_member"
                                + " order by area_id, municipality_code")
                        .query()
                        .listOfRows());
    }

    void restore(JdbcClient jdbc) {
        municipalities.forEach(m -> jdbc.sql("update municipality set name_fi = ?, name_sv = ?, name_en = ?,"
                        + " region_code = ?, language_status = ? where code = ?")
                .params(
                        m.get("name_fi"),
                        m.get("name_sv"),
                        m.get("name_en"),
                        m.get("region_code"),
                        m.get("language_status"),
                        m.get("code"))
                .update());
        former.forEach(f -> jdbc.sql("update former_municipality set name_fi = ?, name_sv = ? where code = ?")
                .params(f.get("name_fi"), f.get("name_sv"), f.get("code"))
                .update());
        regions.forEach(r -> jdbc.sql("update region set name_fi = ?, name_sv = ?, name_en = ? where code = ?")
                .params(r.get("name_fi"), r.get("name_sv"), r.get("name_en"), r.get("code"))
                .update());
        jdbc.sql("delete from employment_area_member").update();
        members.forEach(m -> jdbc.sql("insert into employment_area_member (area_id, municipality_code) values (?, ?)")
                .params(m.get("area_id"), m.get("municipality_code"))
                .update());
        areas.forEach(a -> jdbc.sql("update employment_area set lead_municipality_code = ? where id = ?")
                .params(a.get("lead_municipality_code"), a.get("id"))
                .update());
    }
}
