package vn.twotier.staffing.support;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** Builds roster CSV files and uploads them the way a user would. */
public final class RosterFiles {

    public static final String HEADER = "person_id,full_name,birth_date,gender,category,position,unit_code\n";

    private RosterFiles() {
    }

    /** {@code count} people of one unit cycling through {@code positions}, ids prefix-1…; categories from the post. */
    public static String rows(String prefix, String unitCode, int count, List<String> positions, String category) {
        StringBuilder csv = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            csv.append(prefix).append('-').append(i).append(",Nguyễn Văn Thử,1985-05-05,Nam,").append(category)
                    .append(',').append(positions.get((i - 1) % positions.size())).append(',').append(unitCode)
                    .append('\n');
        }
        return csv.toString();
    }

    public static ResponseEntity<Map<String, Object>> upload(Http http, String province, String asOf, String csv) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "roster.csv";
            }
        });
        return http.client().post().uri("/api/v1/rosters/import?provinceCode={p}&asOf={d}", province, asOf)
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> { }).toEntity(Http.MAP);
    }
}
