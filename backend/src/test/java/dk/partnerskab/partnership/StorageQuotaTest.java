package dk.partnerskab.partnership;

import static dk.partnerskab.testing.Api.as;
import static dk.partnerskab.testing.Api.newPartnership;
import static dk.partnerskab.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import dk.partnerskab.testing.Persona;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.Method;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Agreements, agenda files and activity reports share one quota per partnership, here 1 MiB, so
 * that a few small files reach it.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@TestProfile(StorageQuotaTest.SmallQuota.class)
class StorageQuotaTest {

    /** Its own profile: the quota is read at start, and no other suite should run against 1 MiB. */
    public static class SmallQuota implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("partnerskab.storage.quota-per-partnership", "1M");
        }
    }

    static final int QUOTA = 1024 * 1024;
    static final int KB = 1024;

    String base;
    String agreement;
    String meeting;
    String attachments;
    String activity;

    @BeforeEach
    void partnershipWithATermAnItemAndAnActivity() {
        base = "/api/v1/partnerships/" + newPartnership("Kvote " + System.nanoTime());
        String term = as(Persona.SECRETARIAT)
                .body(Map.of("startDate", "2024-01-01", "endDate", "2027-12-31", "kind", "INITIAL"))
                .post(base + "/terms")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        agreement = base + "/terms/" + term + "/agreement";
        meeting = base + "/meetings/"
                + as(Persona.SECRETARIAT)
                        .body(Map.of("title", "Møde", "startsAt", "2031-03-04T13:00:00+01:00", "durationMinutes", 60))
                        .post(base + "/meetings")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        String item = as(Persona.SECRETARIAT)
                .body(Map.of("title", "Tryghedsmåling", "kind", "INFORMATION"))
                .post(meeting + "/agenda-items")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        attachments = meeting + "/agenda-items/" + item + "/attachments";
        activity = base + "/activities/"
                + as(Persona.SECRETARIAT)
                        .body(Map.of("title", "Tryghedsvandring", "kind", "SAFETY_WALK"))
                        .post(base + "/activities")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
    }

    /** A PDF of exactly {@code bytes} bytes: the API checks only how it begins. */
    static byte[] pdf(int bytes) {
        byte[] start = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        byte[] content = Arrays.copyOf(start, bytes);
        Arrays.fill(content, start.length, bytes, (byte) ' ');
        return content;
    }

    ValidatableResponse uploadAgreement(byte[] content, String filename) {
        return upload(Method.PUT, agreement, version(base, "terms[0].version"), content, filename);
    }

    ValidatableResponse attach(byte[] content, String filename) {
        return upload(Method.POST, attachments, version(meeting, "agenda[0].version"), content, filename);
    }

    ValidatableResponse attachReport(byte[] content, String filename) {
        return upload(Method.PUT, activity + "/report", version(activity, "version"), content, filename);
    }

    /** The version the upload is based on, read where the file belongs. */
    static Integer version(String path, String at) {
        return as(Persona.SECRETARIAT)
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .path(at);
    }

    /** A file sent as the secretariat, based on {@code version}. */
    static ValidatableResponse upload(Method method, String path, Integer version, byte[] content, String filename) {
        return given().auth()
                .oauth2(Persona.SECRETARIAT.token())
                .contentType("application/pdf")
                .header("If-Match", "\"" + version + "\"")
                .body(content)
                .queryParam("filename", filename)
                .request(method, path)
                .then();
    }

    ValidatableResponse storage(Persona persona) {
        return as(persona).get(base + "/storage").then();
    }

    @Test
    void theUsageShowsTheBytesOfEachKindToThoseWhoRunThePartnership() {
        storage(Persona.SECRETARIAT)
                .statusCode(200)
                .body("usedBytes", equalTo(0))
                .body("quotaBytes", equalTo(QUOTA));
        uploadAgreement(pdf(300 * KB), "aftale.pdf").statusCode(200);
        attach(pdf(200 * KB), "bilag.pdf").statusCode(201);
        attach(pdf(50 * KB), "billeder.pdf").statusCode(201);
        attachReport(pdf(100 * KB), "rapport.pdf").statusCode(200);

        for (Persona editor : new Persona[] {Persona.SECRETARIAT, Persona.ADMIN}) {
            storage(editor)
                    .statusCode(200)
                    .header("Cache-Control", containsString("no-store"))
                    .body("agreementDocuments", equalTo(300 * KB))
                    .body("agendaAttachments", equalTo(250 * KB))
                    .body("activityReports", equalTo(100 * KB))
                    .body("usedBytes", equalTo(650 * KB))
                    .body("quotaBytes", equalTo(QUOTA));
        }
        assertProblem(storage(Persona.MEMBER), 403, "forbidden");
        assertProblem(storage(Persona.OBSERVER), 403, "forbidden");
        assertProblem(storage(Persona.OTHER_MEMBER), 404, "not-found");
        assertProblem(
                as(Persona.ADMIN)
                        .get("/api/v1/partnerships/00000000-0000-4000-a000-0000000000ff/storage")
                        .then(),
                404,
                "not-found");
    }

    @Test
    void anUploadThatWouldGoOverTheQuotaIsRefusedAndStoresNothing() {
        uploadAgreement(pdf(600 * KB), "aftale.pdf").statusCode(200);
        attachReport(pdf(300 * KB), "rapport.pdf").statusCode(200);
        Integer itemVersion =
                as(Persona.SECRETARIAT).get(meeting).then().extract().path("agenda[0].version");

        assertProblem(attach(pdf(200 * KB), "bilag.pdf"), 413, "storage-quota-exceeded")
                .body("detail", containsString("use 0.9 MB of its 1.0 MB; a file of 0.2 MB does not fit"));

        as(Persona.SECRETARIAT)
                .get(meeting)
                .then()
                .body("agenda[0].attachments", empty())
                .body("agenda[0].version", equalTo(itemVersion));
        storage(Persona.SECRETARIAT).body("agendaAttachments", equalTo(0)).body("usedBytes", equalTo(900 * KB));
        // What is left still fits, up to the last byte.
        attach(pdf(QUOTA - 900 * KB), "resten.pdf").statusCode(201);
        storage(Persona.SECRETARIAT).body("usedBytes", equalTo(QUOTA));
        assertProblem(attach(pdf(10), "en til.pdf"), 413, "storage-quota-exceeded");
    }

    @Test
    void aReplacedFileCountsAsFreed() {
        uploadAgreement(pdf(700 * KB), "aftale.pdf").statusCode(200);
        // 700 + 700 KiB would not fit, but the new agreement takes the old one's place.
        uploadAgreement(pdf(700 * KB), "aftale, underskrevet.pdf").statusCode(200);
        attachReport(pdf(300 * KB), "rapport.pdf").statusCode(200);
        attachReport(pdf(320 * KB), "rapport, rettet.pdf").statusCode(200);
        storage(Persona.SECRETARIAT)
                .body("agreementDocuments", equalTo(700 * KB))
                .body("activityReports", equalTo(320 * KB))
                .body("usedBytes", equalTo(1020 * KB));

        assertProblem(attachReport(pdf(330 * KB), "rapport, længere.pdf"), 413, "storage-quota-exceeded")
                .body("detail", containsString("in place of 0.3 MB"));
        as(Persona.SECRETARIAT).get(activity).then().body("report.filename", equalTo("rapport, rettet.pdf"));
        uploadAgreement(pdf(600 * KB), "aftale, kort.pdf").statusCode(200);
        attachReport(pdf(330 * KB), "rapport, længere.pdf").statusCode(200);
        storage(Persona.SECRETARIAT).body("usedBytes", equalTo(930 * KB));
    }

    @Test
    void filesOfDeletedThingsNoLongerCount() {
        attachReport(pdf(900 * KB), "rapport.pdf").statusCode(200);
        assertProblem(attach(pdf(200 * KB), "bilag.pdf"), 413, "storage-quota-exceeded");
        Integer version = as(Persona.SECRETARIAT).get(activity).then().extract().path("version");
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"" + version + "\"")
                .delete(activity)
                .then()
                .statusCode(204);
        storage(Persona.SECRETARIAT).body("activityReports", equalTo(0)).body("usedBytes", equalTo(0));
        String id = attach(pdf(200 * KB), "bilag.pdf").statusCode(201).extract().path("id");
        Integer itemVersion =
                as(Persona.SECRETARIAT).get(meeting).then().extract().path("agenda[0].version");
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"" + itemVersion + "\"")
                .delete(attachments + "/" + id)
                .then()
                .statusCode(204);
        storage(Persona.SECRETARIAT).body("agendaAttachments", equalTo(0)).body("usedBytes", equalTo(0));

        uploadAgreement(pdf(900 * KB), "aftale.pdf").statusCode(200);
        Map<String, Object> term =
                as(Persona.SECRETARIAT).get(base).then().extract().path("terms[0]");
        as(Persona.SECRETARIAT)
                .header("If-Match", "\"" + term.get("version") + "\"")
                .delete(base + "/terms/" + term.get("id"))
                .then()
                .statusCode(204);
        storage(Persona.SECRETARIAT).body("agreementDocuments", equalTo(0)).body("usedBytes", equalTo(0));
    }
}
