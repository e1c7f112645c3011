package dk.partnerskab.testing;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.ValidatableResponse;

/** Asserts an RFC 9457 body with our type URI and machine key. */
public final class ProblemAssertions {

    private ProblemAssertions() {}

    public static ValidatableResponse assertProblem(ValidatableResponse response, int status, String key) {
        return response.statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://partnerskabsportalen.dk/problems/" + key))
                .body("status", equalTo(status))
                .body("title", org.hamcrest.Matchers.notNullValue())
                .body("detail", org.hamcrest.Matchers.notNullValue());
    }
}
