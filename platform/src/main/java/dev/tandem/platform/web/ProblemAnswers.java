package dev.tandem.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The problem answers of an operation, by its path and method, as the checks run them (docs/api.md, the order of
 * checks): who may call it, whether it names a record, whether it reads a body, whether it writes.
 */
final class ProblemAnswers {

    private ProblemAnswers() {}

    static Map<String, String> of(String path, String method) {
        var answers = new LinkedHashMap<String, String>();
        boolean signIn = path.startsWith("/api/auth/");
        boolean write = !method.equals("GET") && !method.equals("HEAD");
        answers.put("400", "Invalid input (the path, the query or the body): each bad field is listed in errors.");
        if (!path.equals("/api/auth/signup")) {
            answers.put(
                    "401",
                    path.startsWith("/api/operator/")
                            ? "The operator's login is missing or wrong."
                            : signIn
                                    ? "Wrong credentials, or a token that is not (or no longer) valid."
                                    : "No valid bearer token: missing, expired, revoked, or its user deactivated.");
        }
        if (path.startsWith("/api/admin/") || path.startsWith("/api/provider/") || path.startsWith("/api/bookings")) {
            answers.put("403", "Your role may not do this.");
        }
        if (!signIn) {
            answers.put(
                    "404",
                    "No such record (named by the path, the query or the body), or it belongs to another business:"
                            + " the two read the same.");
        }
        answers.put("406", "The Accept header asks for a media type this operation does not give.");
        if (write) {
            answers.put("409", "A rule of the business refuses it (a conflict); nothing changed.");
        }
        if (method.equals("PUT") || method.equals("PATCH") || path.startsWith("/api/bookings")) {
            answers.put("412", "If-Match names a version that is no longer the current one; nothing changed.");
        }
        if (write) {
            answers.put("413", "The body is too large.");
            answers.put("415", "The body is not JSON.");
        }
        if (write && !signIn) {
            answers.put("422", "The Idempotency-Key was used before with another body; nothing changed.");
        }
        if (signIn || write) {
            answers.put("429", "Too many requests: try again after Retry-After seconds.");
        }
        answers.put(
                "503",
                write
                        ? "Temporarily unable to take the write (Retry-After); nothing changed."
                        : "Temporarily unable to answer, the database being out of reach (Retry-After).");
        return answers;
    }
}
