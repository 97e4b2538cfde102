package fi.livskraft.demo;

import fi.livskraft.account.NewUser;
import fi.livskraft.account.Role;
import fi.livskraft.account.UserAccounts;
import fi.livskraft.partnership.LegalForm;
import fi.livskraft.partnership.NewEmployer;
import fi.livskraft.partnership.NewJoinRequest;
import fi.livskraft.partnership.NewOwner;
import fi.livskraft.partnership.NewProvider;
import fi.livskraft.partnership.OrganisationType;
import fi.livskraft.partnership.OwnerKind;
import fi.livskraft.partnership.OwnershipChange.Share;
import fi.livskraft.partnership.RegistryLoader;
import fi.livskraft.partnership.VotingRule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The demonstration partnership. Modelled on real Swedish-language and bilingual providers in
 * Ostrobothnia, Uusimaa and Southwest Finland and two Finnish-language neighbours, but every row is
 * marked demo: ownership shares, business IDs (the invented range 9990xxx, with valid check
 * digits), licence details, the non-municipal owners, employers, participants, join requests and
 * accounts are invented. Municipality, employment-area and qualification codes are real (checked
 * against the shipped reference data).
 */
@Component
class DemoDataSet {

    /** What was loaded, for the audit event and the log. */
    record Counts(int owners, int providers, int employers, int participants, int joinRequests, int accounts) {}

    static final String PASSWORD = "demo";
    static final String VAASA_EMPLOYMENT_AREA = "pohjanmaa";
    private static final LocalDate JOINED = LocalDate.of(2025, 1, 15);

    private final RegistryLoader registry;
    private final UserAccounts accounts;

    DemoDataSet(RegistryLoader registry, UserAccounts accounts) {
        this.registry = registry;
        this.accounts = accounts;
    }

    Counts load() {
        registry.owner(new NewOwner(
                "9990001-6",
                OwnerKind.ASSOCIATION,
                "Demo Uudenmaan ruotsinkielisen ammattikoulutuksen yhdistys ry",
                "Demo Föreningen för svensk yrkesutbildning i Nyland r.f.",
                true));
        registry.owner(new NewOwner(
                "9990002-4",
                OwnerKind.FOUNDATION,
                "Demo Varsinais-Suomen ammattikoulutussäätiö sr",
                "Demo Stiftelsen för yrkesutbildning i Egentliga Finland sr",
                true));

        Map<String, Long> providers = new LinkedHashMap<>();
        providers.put("optima", optima());
        providers.put("yrkesakademin", yrkesakademin());
        providers.put("prakticum", prakticum());
        providers.put("axxell", axxell());
        providers.put("vamia", vamia());
        providers.put("sedu", sedu());

        long kvarken = registry.employer(new NewEmployer(
                "Demo Kvarkens Svets Ab", "9990010-4", "499", "Svetsning och metallkonstruktioner", true));
        long narpes = registry.employer(
                new NewEmployer("Demo Närpes Grönsaksodling Ab", "9990011-2", "545", "Växthusodling", true));
        long batvarv = registry.employer(
                new NewEmployer("Demo Jakobstads Båtvarv Ab", "9990012-0", "598", "Båtbyggnad", true));
        long hoiva = registry.employer(
                new NewEmployer("Demo Vaasan Hoivapalvelut Oy", "9990013-9", "905", "Hoiva- ja hoitopalvelut", true));

        List<Long> participants = new ArrayList<>();
        for (String[] m : new String[][] {
            {"905", "Vaasa – Vasa"},
            {"499", "Mustasaari – Korsholm"},
            {"545", "Närpiö – Närpes"},
            {"598", "Pietarsaari – Jakobstad"},
            {"599", "Pedersören kunta – Pedersöre"},
            {"475", "Maalahti – Malax"},
            {"091", "Helsinki – Helsingfors"},
            {"445", "Parainen – Pargas"}
        }) {
            participants.add(registry.participant(OrganisationType.MUNICIPALITY, m[0], m[1], JOINED, true));
        }
        participants.add(
                registry.participant(OrganisationType.PROVIDER, id(providers, "optima"), "Optima", JOINED, true));
        participants.add(registry.participant(
                OrganisationType.PROVIDER,
                id(providers, "yrkesakademin"),
                "Yrkesakademin i Österbotten",
                JOINED,
                true));
        participants.add(registry.participant(
                OrganisationType.PROVIDER, id(providers, "prakticum"), "Prakticum", LocalDate.of(2025, 3, 1), true));
        participants.add(registry.participant(
                OrganisationType.PROVIDER, id(providers, "axxell"), "Axxell", LocalDate.of(2025, 3, 1), true));
        participants.add(registry.participant(
                OrganisationType.PROVIDER, id(providers, "vamia"), "Vamia", LocalDate.of(2025, 5, 20), true));
        participants.add(registry.participant(
                OrganisationType.EMPLOYMENT_AREA,
                VAASA_EMPLOYMENT_AREA,
                "Pohjanmaan työllisyysalue – Österbottens sysselsättningsområde",
                JOINED,
                true));
        participants.add(registry.participant(
                OrganisationType.EMPLOYER, String.valueOf(kvarken), "Demo Kvarkens Svets Ab", JOINED, true));
        participants.add(registry.participant(
                OrganisationType.EMPLOYER,
                String.valueOf(narpes),
                "Demo Närpes Grönsaksodling Ab",
                LocalDate.of(2025, 9, 1),
                true));

        registry.joinRequest(
                new NewJoinRequest(
                        "Demo Österbottens förbund",
                        OrganisationType.REGIONAL_COUNCIL.name(),
                        "Demo Anna Regional",
                        "anna.regional@example.invalid",
                        "Vi vill delta i dialogen om kompetensbehovet i Österbotten.",
                        "sv"),
                true);
        long approved = registry.joinRequest(
                new NewJoinRequest(
                        "Demo Företagarna i Malax rf",
                        OrganisationType.ASSOCIATION.name(),
                        "Demo Mikael Företagare",
                        "mikael.foretagare@example.invalid",
                        "Våra medlemsföretag behöver svetsare och närvårdare.",
                        "sv"),
                true);
        registry.decide(approved, "APPROVE", "Välkomna med i partnerskapet!", LocalDate.of(2025, 10, 1));

        accounts.create(new NewUser(
                "coordinator",
                PASSWORD,
                "Demo Koordinator",
                "coordinator@example.invalid",
                List.of(new NewUser.Grant(Role.COORDINATOR, null)),
                true));
        accounts.create(new NewUser(
                "owner",
                PASSWORD,
                "Demo Ägarrepresentant (Vasa, Korsholm, Närpes)",
                "owner@example.invalid",
                List.of(
                        new NewUser.Grant(Role.OWNER, "905"),
                        new NewUser.Grant(Role.OWNER, "499"),
                        new NewUser.Grant(Role.OWNER, "545")),
                true));
        accounts.create(new NewUser(
                "provider",
                PASSWORD,
                "Demo Yrkesakademin i Österbotten",
                "provider@example.invalid",
                List.of(new NewUser.Grant(Role.PROVIDER, id(providers, "yrkesakademin"))),
                true));
        accounts.create(new NewUser(
                "employer",
                PASSWORD,
                "Demo Kvarkens Svets Ab",
                "employer@example.invalid",
                List.of(new NewUser.Grant(Role.EMPLOYER, String.valueOf(kvarken))),
                true));
        accounts.create(new NewUser(
                "employmentarea",
                PASSWORD,
                "Demo Österbottens sysselsättningsområde",
                "employmentarea@example.invalid",
                List.of(new NewUser.Grant(Role.EMPLOYMENT_AREA, VAASA_EMPLOYMENT_AREA)),
                true));

        return new Counts(
                2, providers.size(), List.of(kvarken, narpes, batvarv, hoiva).size(), participants.size() + 1, 2, 5);
    }

    private long optima() {
        long id = registry.provider(new NewProvider(
                "optima",
                "Optima kuntayhtymä",
                "Optima samkommun",
                "Optima Joint Municipal Authority",
                "9990003-2",
                LegalForm.JOINT_MUNICIPAL_AUTHORITY,
                "598",
                List.of("sv"),
                List.of(
                        "351703", "351407", "351108", "352201", "371101", "381142", "331101", "381408", "351203",
                        "361101"),
                List.of("598", "599", "893", "440", "288", "272", "946"),
                VotingRule.TWO_THIRDS_OF_MEMBERS_AND_HALF_OF_POPULATION,
                1100,
                null,
                true));
        registry.ownership(
                id,
                LocalDate.of(2019, 1, 1),
                shares("598", "40", "599", "22", "893", "11", "440", "9", "288", "8", "272", "10"),
                true);
        registry.ownership(
                id,
                LocalDate.of(2023, 1, 1),
                shares("598", "38", "599", "20", "893", "10", "440", "8", "288", "8", "272", "10", "946", "6"),
                true);
        return id;
    }

    private long yrkesakademin() {
        long id = registry.provider(new NewProvider(
                "yrkesakademin",
                "Yrkesakademin i Österbotten",
                "Yrkesakademin i Österbotten",
                "Yrkesakademin i Österbotten (Vocational Academy of Ostrobothnia)",
                "9990004-0",
                LegalForm.JOINT_MUNICIPAL_AUTHORITY,
                "905",
                List.of("sv"),
                List.of(
                        "371101", "381241", "351407", "352201", "351301", "381142", "381342", "361201", "331101",
                        "341101"),
                List.of("905", "499", "545", "475", "946", "287", "280"),
                VotingRule.TWO_THIRDS_OF_MEMBERS_AND_HALF_OF_POPULATION,
                1500,
                null,
                true));
        registry.ownership(
                id,
                LocalDate.of(2020, 1, 1),
                shares("905", "30", "499", "22", "545", "14", "475", "10", "946", "8", "287", "9", "280", "7"),
                true);
        return id;
    }

    private long prakticum() {
        long id = registry.provider(new NewProvider(
                "prakticum",
                "Oy Prakticum Ab",
                "Oy Prakticum Ab",
                "Prakticum Ltd",
                "9990005-9",
                LegalForm.LIMITED_COMPANY,
                "091",
                List.of("sv"),
                List.of("371101", "381142", "351407", "352201", "341101", "331101", "381408", "321604", "381342"),
                List.of("091", "049", "092", "235", "638", "710", "257"),
                VotingRule.SHARE_MAJORITY,
                1300,
                null,
                true));
        registry.ownership(
                id,
                LocalDate.of(2020, 1, 1),
                shares("091", "35", "049", "20", "092", "12", "638", "10", "710", "13", "9990001-6", "10"),
                true);
        registry.ownership(
                id,
                LocalDate.of(2024, 8, 1),
                shares("091", "30", "049", "20", "092", "12", "638", "10", "710", "10", "257", "8", "9990001-6", "10"),
                true);
        return id;
    }

    private long axxell() {
        long id = registry.provider(new NewProvider(
                "axxell",
                "Axxell Utbildning Ab",
                "Axxell Utbildning Ab",
                "Axxell Education Ltd",
                "9990006-7",
                LegalForm.LIMITED_COMPANY,
                "853",
                List.of("sv"),
                List.of("361101", "361201", "361301", "371101", "381142", "351407", "381241", "352201"),
                List.of("853", "445", "322", "710", "202"),
                VotingRule.SHARE_MAJORITY,
                1200,
                null,
                true));
        registry.ownership(
                id,
                LocalDate.of(2021, 1, 1),
                shares("9990002-4", "55", "853", "15", "445", "12.5", "322", "9.5", "710", "8"),
                true);
        return id;
    }

    private long vamia() {
        long id = registry.provider(new NewProvider(
                "vamia",
                "Vamia",
                "Vamia",
                "Vamia Vaasa Vocational College",
                "9990007-5",
                LegalForm.JOINT_MUNICIPAL_AUTHORITY,
                "905",
                List.of("fi"),
                List.of("351407", "351108", "352201", "351301", "371101", "381142", "381408", "341101", "381141"),
                List.of("905", "399", "152", "946", "499"),
                VotingRule.TWO_THIRDS_OF_MEMBERS_AND_HALF_OF_POPULATION,
                2500,
                null,
                true));
        registry.ownership(
                id,
                LocalDate.of(2020, 1, 1),
                shares("905", "64", "399", "12", "152", "8", "946", "6", "499", "10"),
                true);
        return id;
    }

    private long sedu() {
        long id = registry.provider(new NewProvider(
                "sedu",
                "Koulutuskuntayhtymä Sedu",
                "Koulutuskuntayhtymä Sedu",
                "Sedu Joint Municipal Authority of Education",
                "9990008-3",
                LegalForm.JOINT_MUNICIPAL_AUTHORITY,
                "743",
                List.of("fi"),
                List.of("361101", "352201", "351407", "351301", "371101", "381142", "351108", "361104"),
                List.of("743", "408", "301", "145", "233", "010", "300"),
                VotingRule.TWO_THIRDS_OF_MEMBERS_AND_HALF_OF_POPULATION,
                3000,
                null,
                true));
        registry.ownership(
                id,
                LocalDate.of(2020, 1, 1),
                shares("743", "45", "408", "12", "301", "11", "145", "10", "233", "10", "010", "7", "300", "5"),
                true);
        return id;
    }

    /** Pairs of owner code and share in percent. */
    private static List<Share> shares(String... pairs) {
        List<Share> shares = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            shares.add(new Share(pairs[i], new BigDecimal(pairs[i + 1])));
        }
        return shares;
    }

    private static String id(Map<String, Long> providers, String slug) {
        return String.valueOf(providers.get(slug));
    }
}
