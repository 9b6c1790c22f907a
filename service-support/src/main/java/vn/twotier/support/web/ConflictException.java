package vn.twotier.support.web;

import org.springframework.http.HttpStatus;

/** 409: the request does not fit the current state (an invalid transition, a stale version, a duplicate). */
public class ConflictException extends ApiException {

    public ConflictException(String slug, String detail) {
        super(HttpStatus.CONFLICT, slug, "Conflict", detail);
    }
}
