package dk.partnerskab.indicator;

import static dk.partnerskab.testing.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.partnerskab.testing.Api;
import dk.partnerskab.testing.AtOnce;
import dk.partnerskab.testing.Persona;
import dk.partnerskab.testing.WritesProfile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Many people writing the same thing at once: one wins, the others are told, nothing is lost. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@TestProfile(WritesProfile.class)
class ConcurrentValuesTest {

    String base;
    String indicator;
    String herlev;

    @BeforeEach
    void burglaries() {
        MeasurementImportTest.Fixture fixture = MeasurementImportTest.Fixture.create();
        base = fixture.base();
        indicator = fixture.indicator();
        herlev = as(Persona.SECRETARIAT)
                .get(indicator)
                .then()
                .statusCode(200)
                .extract()
                .path("areas.find { it.name == 'Herlev' }.id");
    }

    @Test
    void sixteenFirstValuesForOnePeriodStoreOneAndRefuseTheRestWithoutAServerError() throws Exception {
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            int value = 10 + i;
            Persona who = i % 2 == 0 ? Persona.SECRETARIAT : Persona.MEMBER;
            calls.add(() -> as(who).body(Map.of("areaId", herlev, "period", "2026-03", "value", value))
                    .put(indicator + "/measurements")
                    .then()
                    .extract()
                    .statusCode());
        }
        List<Integer> statuses = AtOnce.run(calls);

        Map<Integer, Long> counts = statuses.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        assertEquals(1, statuses.stream().filter(s -> s == 200 || s == 201).count(), counts.toString());
        assertTrue(statuses.stream().allMatch(s -> s < 500), counts.toString());
        // The others were told to reload: a lost race (409) or a value they had not seen (428).
        assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 409 || s == 428), counts.toString());
        List<Object> stored = as(Persona.MEMBER)
                .get(indicator + "/measurements?from=2026-03&to=2026-03")
                .then()
                .extract()
                .path("value");
        assertEquals(1, stored.size());
    }

    @Test
    void twoClientsCorrectingOneValueAHundredTimesEachLoseNoAcceptedWrite() throws Exception {
        Response first = as(Persona.SECRETARIAT)
                .body(Map.of("areaId", herlev, "period", "2026-04", "value", 0))
                .put(indicator + "/measurements");
        assertEquals(201, first.statusCode());
        String id = first.path("id");

        List<Callable<List<Integer>>> clients = new ArrayList<>();
        for (int client = 0; client < 2; client++) {
            Persona who = client == 0 ? Persona.SECRETARIAT : Persona.MEMBER;
            int offset = (client + 1) * 1000;
            clients.add(() -> corrections(who, offset));
        }
        List<List<Integer>> accepted = AtOnce.run(clients);

        // Every accepted value is either the one in force or one it replaced, in the history.
        List<Integer> written = accepted.stream().flatMap(List::stream).toList();
        assertEquals(200, written.size(), "each client got all its corrections in");
        List<Number> history = as(Persona.MEMBER)
                .get(indicator + "/measurements/" + id + "/revisions")
                .then()
                .statusCode(200)
                .extract()
                .path("oldValue");
        Number current = as(Persona.MEMBER)
                .get(indicator + "/measurements?from=2026-04&to=2026-04")
                .then()
                .extract()
                .path("[0].value");
        List<Integer> kept = new ArrayList<>();
        history.forEach(v -> kept.add(new BigDecimal(v.toString()).intValueExact()));
        kept.add(new BigDecimal(current.toString()).intValueExact());
        kept.remove(Integer.valueOf(0));
        assertEquals(written.stream().sorted().toList(), kept.stream().sorted().toList());
    }

    /** A hundred corrections, each based on the value as read, reading again when someone was first. */
    private List<Integer> corrections(Persona who, int offset) {
        List<Integer> accepted = new ArrayList<>();
        int attempts = 0;
        while (accepted.size() < 100) {
            assertTrue(++attempts < 2_000, "gave up after " + attempts + " attempts");
            Integer version = as(who).get(indicator + "/measurements?from=2026-04&to=2026-04")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("[0].version");
            int value = offset + accepted.size() + 1;
            int status = as(who).header("If-Match", "\"" + version + "\"")
                    .body(Map.of("areaId", herlev, "period", "2026-04", "value", value, "confirmed", true))
                    .put(indicator + "/measurements")
                    .then()
                    .extract()
                    .statusCode();
            if (status == 200) {
                accepted.add(value);
            } else {
                assertEquals(412, status, "a lost race is a version mismatch");
            }
        }
        return accepted;
    }

    @Test
    void twoPartiesOfTheSameOrganisationAtOnceAddOneWithoutAServerError() throws Exception {
        String partnership = Api.newPartnership("Samtidig " + System.nanoTime());
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> as(Persona.ADMIN)
                    .body(Map.of("organisationId", Api.FIXTURE_ORGANISATIONS.get(0)))
                    .post("/api/v1/partnerships/" + partnership + "/parties")
                    .then()
                    .extract()
                    .statusCode());
        }
        List<Integer> statuses = AtOnce.run(calls);
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertTrue(statuses.stream().allMatch(s -> s < 500), statuses.toString());
    }
}
