package vn.twotier.staffing.roster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import vn.twotier.staffing.reference.ReferenceCsv;

/** Vietnamese names drawn by frequency (family name, gendered middle and given names) from reference data. */
final class NamePool {

    private record Weighted(List<String> values, int[] cumulative) {

        String draw(SplittableRandom random) {
            int pick = random.nextInt(cumulative[cumulative.length - 1]);
            for (int i = 0; i < cumulative.length; i++) {
                if (pick < cumulative[i]) {
                    return values.get(i);
                }
            }
            return values.get(values.size() - 1);
        }
    }

    private final Map<String, Weighted> byKind = new HashMap<>();

    NamePool() {
        Map<String, List<String[]>> rows = new HashMap<>();
        ReferenceCsv.read("vietnamese_names.csv").forEach(row -> rows.computeIfAbsent(row.get("kind"),
                key -> new ArrayList<>()).add(new String[] {row.get("value"), row.get("weight")}));
        rows.forEach((kind, list) -> {
            int[] cumulative = new int[list.size()];
            int sum = 0;
            for (int i = 0; i < list.size(); i++) {
                sum += Integer.parseInt(list.get(i)[1]);
                cumulative[i] = sum;
            }
            byKind.put(kind, new Weighted(list.stream().map(r -> r[0]).toList(), cumulative));
        });
    }

    String fullName(Gender gender, SplittableRandom random) {
        String suffix = gender == Gender.FEMALE ? "female" : "male";
        return byKind.get("family").draw(random) + " " + byKind.get("middle_" + suffix).draw(random) + " "
                + byKind.get("given_" + suffix).draw(random);
    }
}
