package vn.twotier.merger.register.query;

import java.util.List;

/** Every version of one code, and everything they came from and went into, at any depth. */
public record UnitHistory(String code, List<UnitView> versions, List<LineageEntry> ancestors,
        List<LineageEntry> descendants) {
}
