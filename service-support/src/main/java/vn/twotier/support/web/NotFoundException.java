package vn.twotier.support.web;

import org.springframework.http.HttpStatus;

/** 404: the thing asked for does not exist. */
public class NotFoundException extends ApiException {

    public NotFoundException(String what, String detail) {
        super(HttpStatus.NOT_FOUND, what + "-not-found", "Not found", detail);
    }
}
