package fi.livskraft.area;

import java.util.List;
import org.springframework.stereotype.Service;

/** The regions and employment areas with their names and members (public API of the module). */
@Service
public class AreaLists {

    private final Regions regions;
    private final EmploymentAreas areas;

    AreaLists(Regions regions, EmploymentAreas areas) {
        this.regions = regions;
        this.areas = areas;
    }

    /** The 19 regions, by code. */
    public List<Region> regions() {
        return regions.list();
    }

    /** The employment areas with today's members, by Finnish name. */
    public List<EmploymentArea> employmentAreas() {
        return areas.list();
    }
}
