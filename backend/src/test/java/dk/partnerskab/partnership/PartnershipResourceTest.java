package dk.partnerskab.partnership;

import static dk.partnerskab.testing.Persona.ALFA;
import static dk.partnerskab.testing.Persona.BETA;
import static dk.partnerskab.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dk.partnerskab.testing.Persona;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class PartnershipResourceTest {

    private static final String MISSING = "00000000-0000-4000-b000-0000000000ff";

    static RequestSpecification as(Persona persona) {
        return given().auth().oauth2(persona.token());
    }

    @Nested
    class Admin {

        @Test
        void seesEveryPartnershipPagedByName() {
            as(Persona.ADMIN)
                    .get("/api/v1/partnerships?size=10")
                    .then()
                    .statusCode(200)
                    .body("totalItems", equalTo(25))
                    .body("totalPages", equalTo(3))
                    .body("page", equalTo(0))
                    .body("size", equalTo(10))
                    .body("items", hasSize(10))
                    .body("items[0].name", equalTo("Alfa-partnerskabet"))
                    .body("items[0].myRole", nullValue());
        }

        @Test
        void lastPageHoldsTheRest() {
            as(Persona.ADMIN)
                    .get("/api/v1/partnerships?size=10&page=2")
                    .then()
                    .statusCode(200)
                    .body("items", hasSize(5))
                    .body("items[4].name", equalTo("Zeta 23"));
        }

        @Test
        void sortsByNewestFirst() {
            as(Persona.ADMIN)
                    .get("/api/v1/partnerships?sort=-createdAt&size=1")
                    .then()
                    .statusCode(200)
                    .body("items[0].name", equalTo("Zeta 23"));
        }

        @Test
        void filtersByStatusAndText() {
            as(Persona.ADMIN)
                    .get("/api/v1/partnerships?status=DRAFT")
                    .then()
                    .statusCode(200)
                    .body("totalItems", equalTo(1))
                    .body("items[0].name", equalTo("Beta-partnerskabet"));
            as(Persona.ADMIN)
                    .get("/api/v1/partnerships?q=ALFA")
                    .then()
                    .statusCode(200)
                    .body("items.name", contains("Alfa-partnerskabet"));
        }

        @Test
        void filtersByPartyOrganisation() {
            as(Persona.ADMIN)
                    .get("/api/v1/partnerships?organisation=00000000-0000-4000-a000-000000000002")
                    .then()
                    .statusCode(200)
                    .body("items.name", contains("Alfa-partnerskabet"));
            as(Persona.ADMIN)
                    .get("/api/v1/partnerships?organisation=00000000-0000-4000-a000-000000000003&status=DRAFT")
                    .then()
                    .statusCode(200)
                    .body("items.name", contains("Beta-partnerskabet"));
        }

        @Test
        void textFilterTreatsWildcardsLiterally() {
            as(Persona.ADMIN)
                    .get("/api/v1/partnerships?q=%25")
                    .then()
                    .statusCode(200)
                    .body("totalItems", equalTo(0));
        }

        @Test
        void readsAnyPartnership() {
            as(Persona.ADMIN)
                    .get("/api/v1/partnerships/" + BETA)
                    .then()
                    .statusCode(200)
                    .body("name", equalTo("Beta-partnerskabet"))
                    .body("myRole", nullValue());
        }

        @Test
        void unknownPartnershipIs404() {
            assertProblem(
                    as(Persona.ADMIN).get("/api/v1/partnerships/" + MISSING).then(), 404, "not-found");
        }
    }

    @Nested
    class Secretariat {

        @Test
        void seesOwnPartnershipWithRole() {
            as(Persona.SECRETARIAT)
                    .get("/api/v1/partnerships")
                    .then()
                    .statusCode(200)
                    .body("totalItems", equalTo(1))
                    .body("items[0].id", equalTo(ALFA))
                    .body("items[0].myRole", equalTo("SECRETARIAT"))
                    .body("items[0].status", equalTo("ACTIVE"))
                    .body("items[0].partyNames", contains("Alfa Politi", "Alfa Kommune"))
                    .body("items[0].currentTerm.kind", equalTo("RENEWAL"))
                    .body("items[0].currentTerm.startDate", equalTo("2016-01-01"));
        }

        @Test
        void readsTheWholeAgreementWithEtag() {
            as(Persona.SECRETARIAT)
                    .get("/api/v1/partnerships/" + ALFA)
                    .then()
                    .statusCode(200)
                    .header("ETag", equalTo("\"0\""))
                    .body("version", equalTo(0))
                    .body("myRole", equalTo("SECRETARIAT"))
                    .body("minMeetingsPerYear", equalTo(4))
                    .body("rulesOfProcedure", equalTo("Mødes kvartalsvis."))
                    .body("purposes", contains("Øge trygheden", "Begrænse rekrutteringen"))
                    .body("principles", contains("Mobilitet", "Synlighed"))
                    .body("parties.organisation.name", contains("Alfa Politi", "Alfa Kommune"))
                    .body("parties[1].organisation.kind", equalTo("KOMMUNE"))
                    .body("parties[1].organisation.cvr", equalTo("12345678"))
                    .body("parties[0].signatories[0].name", equalTo("Politidirektør Test"))
                    .body("parties[0].signatories[0].termId", equalTo("00000000-0000-4000-c000-000000000001"))
                    .body("terms.kind", contains("INITIAL", "RENEWAL"))
                    .body("terms[0].signedOn", equalTo("2013-08-20"))
                    .body("terms[0].evaluationOutcome", equalTo("Forlænget"))
                    .body("chairPeriods[0].organisation.name", equalTo("Alfa Kommune"))
                    .body("focusAreas.number", contains(1, 2))
                    .body("focusAreas[1].retired", equalTo(true))
                    .body("milestones[0].datePrecision", equalTo("MONTH"));
        }
    }

    @Nested
    class Member {

        @Test
        void seesOnlyOwnPartnerships() {
            as(Persona.MEMBER)
                    .get("/api/v1/partnerships")
                    .then()
                    .statusCode(200)
                    .body("items.id", contains(ALFA))
                    .body("items[0].myRole", equalTo("MEMBER"));
        }

        @Test
        void anotherPartnershipIs404NotForbidden() {
            assertProblem(as(Persona.MEMBER).get("/api/v1/partnerships/" + BETA).then(), 404, "not-found")
                    .body("instance", equalTo("/api/v1/partnerships/" + BETA));
        }

        @Test
        void filterCannotWidenTheView() {
            as(Persona.MEMBER)
                    .get("/api/v1/partnerships?status=DRAFT")
                    .then()
                    .statusCode(200)
                    .body("items", empty())
                    .body("totalItems", equalTo(0))
                    .body("totalPages", equalTo(0));
        }
    }

    @Nested
    class MemberOfAnotherPartnership {

        @Test
        void seesOnlyTheirPartnership() {
            as(Persona.OTHER_MEMBER)
                    .get("/api/v1/partnerships")
                    .then()
                    .statusCode(200)
                    .body("items.id", contains(BETA));
        }

        @Test
        void getsNotFoundForAlfa() {
            assertProblem(
                    as(Persona.OTHER_MEMBER).get("/api/v1/partnerships/" + ALFA).then(), 404, "not-found");
        }
    }

    @Nested
    class Observer {

        @Test
        void readsThePartnershipAsObserver() {
            as(Persona.OBSERVER)
                    .get("/api/v1/partnerships/" + ALFA)
                    .then()
                    .statusCode(200)
                    .body("myRole", equalTo("OBSERVER"));
            as(Persona.OBSERVER)
                    .get("/api/v1/partnerships")
                    .then()
                    .statusCode(200)
                    .body("items.id", contains(ALFA));
        }

        @Test
        void anotherPartnershipIs404() {
            assertProblem(
                    as(Persona.OBSERVER).get("/api/v1/partnerships/" + BETA).then(), 404, "not-found");
        }
    }

    @Nested
    class Integration {

        @Test
        void readsAllPartnerships() {
            as(Persona.INTEGRATION)
                    .get("/api/v1/partnerships?size=100")
                    .then()
                    .statusCode(200)
                    .body("totalItems", equalTo(25))
                    .body("items.id", hasItem(BETA));
            as(Persona.INTEGRATION).get("/api/v1/partnerships/" + ALFA).then().statusCode(200);
        }
    }

    @Nested
    class WithoutARole {

        @Test
        void isForbidden() {
            assertProblem(as(Persona.NO_ROLE).get("/api/v1/partnerships").then(), 403, "forbidden");
            assertProblem(
                    as(Persona.NO_ROLE).get("/api/v1/partnerships/" + ALFA).then(), 403, "forbidden");
        }
    }

    @Nested
    class WithoutAToken {

        @Test
        void isUnauthenticated() {
            assertProblem(given().get("/api/v1/partnerships").then(), 401, "unauthenticated")
                    .header("WWW-Authenticate", containsString("Bearer"));
            assertProblem(given().get("/api/v1/partnerships/" + ALFA).then(), 401, "unauthenticated");
        }

        @Test
        void malformedIdWithoutATokenIsStillUnauthenticated() {
            assertProblem(given().get("/api/v1/partnerships/not-a-uuid").then(), 401, "unauthenticated");
        }

        @Test
        void aTokenForAnotherAudienceIsUnauthenticated() {
            String token = Persona.MEMBER.claims().audience("some-other-api").sign();
            assertProblem(
                    given().auth().oauth2(token).get("/api/v1/partnerships").then(), 401, "unauthenticated");
        }

        @Test
        void aTokenFromAnotherIssuerIsUnauthenticated() {
            String token = Persona.MEMBER
                    .claims()
                    .issuer("https://elsewhere.example.com")
                    .sign();
            assertProblem(
                    given().auth().oauth2(token).get("/api/v1/partnerships").then(), 401, "unauthenticated");
        }

        @Test
        void anExpiredTokenIsUnauthenticated() {
            long anHourAgo = java.time.Instant.now().minusSeconds(3600).getEpochSecond();
            String token = Persona.MEMBER
                    .claims()
                    .issuedAt(anHourAgo - 300)
                    .expiresAt(anHourAgo)
                    .sign();
            assertProblem(
                    given().auth().oauth2(token).get("/api/v1/partnerships").then(), 401, "unauthenticated");
        }

        @Test
        void aForgedTokenIsUnauthenticated() {
            String token = Persona.MEMBER.token();
            String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA";
            assertProblem(
                    given().auth().oauth2(forged).get("/api/v1/partnerships").then(), 401, "unauthenticated");
        }
    }

    @Nested
    class BadInput {

        @Test
        void malformedIdIs400NamingTheParameter() {
            assertProblem(
                            as(Persona.MEMBER)
                                    .get("/api/v1/partnerships/not-a-uuid")
                                    .then(),
                            400,
                            "validation-failed")
                    .body("violations[0].field", equalTo("id"))
                    .body("violations[0].in", equalTo("path"));
        }

        @Test
        void pageOutOfRangeIs400() {
            assertProblem(
                            as(Persona.MEMBER)
                                    .get("/api/v1/partnerships?size=101")
                                    .then(),
                            400,
                            "validation-failed")
                    .body("violations[0].field", equalTo("size"));
            assertProblem(as(Persona.MEMBER).get("/api/v1/partnerships?size=0").then(), 400, "validation-failed");
            assertProblem(as(Persona.MEMBER).get("/api/v1/partnerships?page=-1").then(), 400, "validation-failed")
                    .body("violations[0].field", equalTo("page"));
        }

        @Test
        void nonNumericPageIs400() {
            assertProblem(
                            as(Persona.MEMBER)
                                    .get("/api/v1/partnerships?page=abc&size=x")
                                    .then(),
                            400,
                            "validation-failed")
                    .body("violations.field", contains("page", "size"));
        }

        @Test
        void unknownSortOrStatusIs400() {
            assertProblem(
                            as(Persona.MEMBER)
                                    .get("/api/v1/partnerships?sort=password")
                                    .then(),
                            400,
                            "validation-failed")
                    .body("violations[0].field", equalTo("sort"));
            assertProblem(
                            as(Persona.MEMBER)
                                    .get("/api/v1/partnerships?status=active")
                                    .then(),
                            400,
                            "validation-failed")
                    .body("violations[0].field", equalTo("status"));
        }

        @Test
        void organisationFilterKeepsToOwnPartnerships() {
            as(Persona.MEMBER)
                    .get("/api/v1/partnerships?organisation=00000000-0000-4000-a000-000000000003")
                    .then()
                    .statusCode(200)
                    .body("totalItems", equalTo(0));
        }

        @Test
        void blankOrganisationFilterIsNoFilter() {
            as(Persona.MEMBER)
                    .get("/api/v1/partnerships?organisation=")
                    .then()
                    .statusCode(200)
                    .body("totalItems", greaterThan(0));
        }

        @Test
        void malformedOrganisationFilterIs400NamingIt() {
            assertProblem(
                            as(Persona.MEMBER)
                                    .get("/api/v1/partnerships?organisation=herlev")
                                    .then(),
                            400,
                            "validation-failed")
                    .body("violations[0].field", equalTo("organisation"))
                    .body("violations[0].in", equalTo("query"));
        }

        @Test
        void overlongTextFilterIs400() {
            assertProblem(
                            as(Persona.MEMBER)
                                    .get("/api/v1/partnerships?q=" + "x".repeat(201))
                                    .then(),
                            400,
                            "validation-failed")
                    .body("violations[0].field", equalTo("q"));
        }

        @Test
        void unknownPathIsProblem404() {
            assertProblem(as(Persona.MEMBER).get("/api/v1/nothing-here").then(), 404, "not-found");
        }

        @Test
        void wrongMethodIsProblem405() {
            assertProblem(as(Persona.MEMBER).delete("/api/v1/partnerships").then(), 405, "method-not-allowed");
        }

        @Test
        void errorsNeverCarryAStackTrace() {
            as(Persona.MEMBER)
                    .get("/api/v1/partnerships/not-a-uuid")
                    .then()
                    .body(org.hamcrest.Matchers.not(containsString("at dk.partnerskab")))
                    .body("correlationId", nullValue())
                    .body("instance", notNullValue());
        }
    }
}
