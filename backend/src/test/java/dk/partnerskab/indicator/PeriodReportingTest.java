package dk.partnerskab.indicator;

import static dk.partnerskab.testing.Api.as;
import static dk.partnerskab.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dk.partnerskab.testing.Api;
import dk.partnerskab.testing.Persona;
import dk.partnerskab.testing.WritesProfile;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@TestProfile(WritesProfile.class)
class PeriodReportingTest {

    static final String ALFA_KOMMUNE = "00000000-0000-4000-a000-000000000001";
    static final String BETA_KOMMUNE = "00000000-0000-4000-a000-000000000002";

    @Inject
    AgroalDataSource db;

    String partnership;
    String base;
    String monthly;
    String quarterly;
    String beta;
    List<String> areas;

    /** Alfa Kommune reports a monthly indicator for two areas and a quarterly one; Beta Kommune a yearly one. */
    @BeforeEach
    void aPartnershipWhereTheMemberReportsForAlfaKommune() {
        partnership = as(Persona.ADMIN)
                .body(Api.partnershipInput("Indberetning " + System.nanoTime()))
                .post("/api/v1/partnerships")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        base = "/api/v1/partnerships/" + partnership;
        Api.addMember(partnership, "sekretariat@test.example", "SECRETARIAT");
        Api.addFixtureParties(partnership);
        for (String[] m : new String[][] {{"medlem@test.example", "MEMBER"}, {"observator@test.example", "OBSERVER"}}) {
            as(Persona.ADMIN)
                    .body(Map.of("email", m[0], "role", m[1], "organisationId", ALFA_KOMMUNE))
                    .post(base + "/members")
                    .then()
                    .statusCode(201);
        }
        monthly = indicator("M-1", "MONTH", ALFA_KOMMUNE, List.of("Herlev", "Ballerup"));
        quarterly = indicator("Q-1", "QUARTER", ALFA_KOMMUNE, List.of());
        beta = indicator("B-1", "MONTH", BETA_KOMMUNE, List.of());
        areas = as(Persona.SECRETARIAT)
                .get(base + "/indicators/" + monthly)
                .then()
                .extract()
                .path("areas.id");
    }

    String indicator(String code, String frequency, String owner, List<String> areaNames) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "Indbrud " + code);
        body.put("unit", "antal");
        body.put("upIsGood", false);
        body.put("frequency", frequency);
        body.put("aggregation", "SUM");
        body.put("ownerOrganisationId", owner);
        body.put("areas", areaNames);
        return as(Persona.SECRETARIAT)
                .body(body)
                .post(base + "/indicators")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static Map<String, Object> value(String indicatorId, String areaId, Object value, Integer version) {
        Map<String, Object> row = new HashMap<>();
        row.put("indicatorId", indicatorId);
        row.put("areaId", areaId);
        row.put("value", value);
        row.put("version", version);
        return row;
    }

    ValidatableResponse report(Persona persona, String period, List<Map<String, Object>> values) {
        return as(persona)
                .body(Map.of("period", period, "values", values))
                .put(base + "/reporting")
                .then();
    }

    ValidatableResponse values(String indicatorId, String period) {
        return as(Persona.SECRETARIAT)
                .get(base + "/indicators/" + indicatorId + "/measurements?from=" + period + "&to=" + period)
                .then()
                .statusCode(200);
    }

    @Test
    void theFormListsMyOrganisationsIndicatorsOfThePeriodsFrequencyWithTheirStoredValues() {
        as(Persona.MEMBER)
                .body(Map.of("areaId", areas.get(0), "period", "2026-03", "value", 12, "note", "Døgnrapport"))
                .put(base + "/indicators/" + monthly + "/measurements")
                .then()
                .statusCode(201);

        as(Persona.MEMBER)
                .get(base + "/reporting?period=2026-03")
                .then()
                .statusCode(200)
                .body("period", equalTo("2026-03"))
                .body("frequency", equalTo("MONTH"))
                .body("frequencies.frequency", contains("MONTH", "QUARTER"))
                .body("indicators.code", contains("M-1"))
                .body("indicators[0].cells.areaName", contains("Herlev", "Ballerup"))
                .body("indicators[0].cells[0].value", equalTo(12))
                .body("indicators[0].cells[0].note", equalTo("Døgnrapport"))
                .body("indicators[0].cells[0].version", equalTo(0))
                .body("indicators[0].cells[1].value", nullValue())
                .body("indicators[0].cells[1].version", nullValue());
        as(Persona.MEMBER)
                .get(base + "/reporting?period=2026-Q1")
                .then()
                .statusCode(200)
                .body("indicators.code", contains("Q-1"))
                .body("indicators[0].cells.areaName", contains("I alt"));
        // The secretariat enters values for every organisation.
        as(Persona.SECRETARIAT)
                .get(base + "/reporting?period=2026-03")
                .then()
                .statusCode(200)
                .body("indicators.code", contains("B-1", "M-1"));
        assertProblem(as(Persona.MEMBER).get(base + "/reporting?period=marts").then(), 400, "validation-failed")
                .body("violations[0].field", equalTo("period"));
        assertProblem(as(Persona.OBSERVER).get(base + "/reporting").then(), 403, "forbidden");
    }

    @Test
    void withoutAPeriodTheFormIsTheLatestFinishedMonth() {
        as(Persona.MEMBER)
                .get(base + "/reporting")
                .then()
                .statusCode(200)
                .body(
                        "period",
                        equalTo(ReportingService.due(
                                        Frequency.MONTH,
                                        java.time.LocalDate.now(java.time.ZoneId.of("Europe/Copenhagen")))
                                .toString()));
    }

    @Test
    void aPeriodIsEnteredAndCorrectedInOneRequestWithTheHistoryOfSingleValues() {
        report(
                        Persona.MEMBER,
                        "2026-03",
                        List.of(value(monthly, areas.get(0), 12, null), value(monthly, areas.get(1), "4.5", null)))
                .statusCode(200)
                .body("period", equalTo("2026-03"))
                .body("created", equalTo(2))
                .body("corrected", equalTo(0))
                .body("values.measurement.value", contains(12, 4.5f))
                .body("values.measurement.enteredBy", contains("Test medlem", "Test medlem"));

        report(
                        Persona.MEMBER,
                        "2026-03",
                        List.of(value(monthly, areas.get(0), 14, 0), value(monthly, areas.get(1), "4.5", 0)))
                .statusCode(200)
                .body("created", equalTo(0))
                .body("corrected", equalTo(1))
                .body("unchanged", equalTo(1))
                .body("values[0].measurement.version", equalTo(1))
                .body("values[0].measurement.revisions", equalTo(1));

        String herlev = values(monthly, "2026-03")
                .body("find { it.areaId == '" + areas.get(0) + "' }.value", equalTo(14))
                .extract()
                .path("find { it.areaId == '" + areas.get(0) + "' }.id");
        as(Persona.MEMBER)
                .get(base + "/indicators/" + monthly + "/measurements/" + herlev + "/revisions")
                .then()
                .statusCode(200)
                .body("oldValue", contains(12));
        as(Persona.SECRETARIAT)
                .get(base + "/history?size=100")
                .then()
                .statusCode(200)
                .body(
                        "items.findAll { it.entityType == 'MEASUREMENT' }.action",
                        containsInAnyOrder("CREATED", "CREATED", "UPDATED"));
    }

    @Test
    void oneInvalidValueStoresNothingAndEveryInvalidValueIsNamed() {
        report(Persona.MEMBER, "2026-03", List.of(value(monthly, areas.get(0), 12, null)))
                .statusCode(200);

        assertProblem(
                        report(
                                Persona.MEMBER,
                                "2026-03",
                                List.of(
                                        value(monthly, areas.get(0), 13, 0),
                                        value(monthly, areas.get(1), -1, null),
                                        value(monthly, areas.get(1), 2, null),
                                        value(quarterly, UUID.randomUUID().toString(), 5, null))),
                        400,
                        "validation-failed")
                .body(
                        "violations.field",
                        containsInAnyOrder(
                                "values[1].value", "values[2].areaId", "values[3].period", "values[3].areaId"));

        values(monthly, "2026-03").body("value", contains(12)).body("version", contains(0));
        values(quarterly, "2026-Q1").body("$", empty());
    }

    @Test
    void aValueChangedSinceItWasReadRefusesThePeriodNamingIt() {
        report(Persona.MEMBER, "2026-03", List.of(value(monthly, areas.get(0), 12, null)))
                .statusCode(200);
        // The secretariat corrects Herlev while the member still has version 0 on screen.
        report(Persona.SECRETARIAT, "2026-03", List.of(value(monthly, areas.get(0), 11, 0)))
                .statusCode(200);

        assertProblem(
                        report(
                                Persona.MEMBER,
                                "2026-03",
                                List.of(value(monthly, areas.get(1), 3, null), value(monthly, areas.get(0), 13, 0))),
                        412,
                        "version-mismatch")
                .body("violations.field", contains("values[1].version"))
                .body("violations[0].message", containsString("Test sekretariat"));
        // A value someone else entered first is a change too, not a new value to overwrite.
        assertProblem(
                        report(Persona.SECRETARIAT, "2026-03", List.of(value(monthly, areas.get(0), 13, null))),
                        412,
                        "version-mismatch")
                .body("violations.field", contains("values[0].version"));

        values(monthly, "2026-03").body("value", contains(11));
    }

    @Test
    void valuesFarAboveTheRecentOnesAreConfirmedOnceForThePeriod() {
        for (String month : List.of("2026-01", "2026-02", "2026-03")) {
            report(
                            Persona.MEMBER,
                            month,
                            List.of(value(monthly, areas.get(0), 10, null), value(monthly, areas.get(1), 10, null)))
                    .statusCode(200);
        }

        List<Map<String, Object>> april =
                List.of(value(monthly, areas.get(0), 110, null), value(monthly, areas.get(1), 120, null));
        assertProblem(report(Persona.MEMBER, "2026-04", april), 409, "confirmation-required")
                .body("violations.field", contains("values[0].value", "values[1].value"));
        values(monthly, "2026-04").body("$", empty());

        List<Map<String, Object>> confirmed = new ArrayList<>();
        april.forEach(row -> {
            Map<String, Object> copy = new HashMap<>(row);
            copy.put("confirmed", true);
            confirmed.add(copy);
        });
        report(Persona.MEMBER, "2026-04", confirmed).statusCode(200).body("created", equalTo(2));
    }

    @Test
    void onlyTheIndicatorsOfMyOrganisationAreReportedAndNothingElseIsStored() {
        assertProblem(
                        report(
                                Persona.MEMBER,
                                "2026-03",
                                List.of(value(monthly, areas.get(0), 1, null), value(beta, areas.get(0), 2, null))),
                        403,
                        "forbidden")
                .body("violations.field", contains("values[1].indicatorId"));
        values(monthly, "2026-03").body("$", empty());

        assertProblem(
                report(Persona.OBSERVER, "2026-03", List.of(value(monthly, areas.get(0), 1, null))), 403, "forbidden");
        assertProblem(
                        report(
                                Persona.MEMBER,
                                "2026-03",
                                List.of(value(UUID.randomUUID().toString(), areas.get(0), 1, null))),
                        404,
                        "not-found")
                .body("violations.field", contains("values[0].indicatorId"));
        assertProblem(report(Persona.MEMBER, "2026-03", List.of()), 400, "validation-failed")
                .body("violations.field", contains("values"));
    }

    @Test
    void aPeriodIsNotEnteredWhileAnImportRuns() throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "insert into import_lock (partnership_id, started_at, started_by) values (?, ?, 'Import')")) {
            s.setObject(1, UUID.fromString(partnership));
            s.setTimestamp(2, Timestamp.from(Instant.now()));
            s.executeUpdate();
        }

        assertProblem(
                report(Persona.MEMBER, "2026-03", List.of(value(monthly, areas.get(0), 1, null))),
                409,
                "import-in-progress");
        values(monthly, "2026-03").body("$", empty());
    }
}
