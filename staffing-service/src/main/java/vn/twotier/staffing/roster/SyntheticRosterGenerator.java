package vn.twotier.staffing.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;
import vn.twotier.staffing.reference.Position;
import vn.twotier.staffing.reference.PositionNorm;
import vn.twotier.staffing.reference.StaffCategory;
import vn.twotier.staffing.unit.UnitVersion;

/**
 * A reproducible synthetic roster for a province: same seed, same units, same people. Each unit's counted block
 * (the block its frame counts) is sized so the province shows the published shape — units in surplus, at frame and
 * short, and units without an IT or a land officer — and, where a total is published, that total. Around it the
 * uncounted blocks (Party, Fatherland Front, Military Command, public employees) are filled to the usual sizes.
 */
@Component
public class SyntheticRosterGenerator {

    /** What the generator needs to know about a unit's frame. */
    public record UnitFrame(int frame, String positionNormSet, int nonProfessionalFrame) {

        boolean twoTier() {
            return "GOV2025".equals(positionNormSet);
        }
    }

    /** The generated rosters and how they were calibrated. */
    public record Result(Map<UnitVersion, List<StaffMember>> rosters, String calibrationSource,
            Integer calibratedTotal, int countedTotal, int unitsPlannedInSurplus, int unitsPlannedAtFrame,
            int unitsPlannedShort, int unitsPlannedWithoutIt, int unitsPlannedWithoutLand) {
    }

    private enum Plan { SURPLUS, AT_FRAME, SHORT }

    // Core posts first: a short unit loses the tail of this order (domain.md §3.1: short units lack specialists).
    private static final List<String> GOV_CORE = List.of("CT_UBND", "PCT_UBND", "PCT_UBND", "PCT_HDND", "TP_KT",
            "TP_VHXH", "VP_TUPHAP", "KT_TAICHINH", "VP_CNTT", "KT_DIACHINH", "KT_XAYDUNG", "KT_NNMT", "VHXH_VANHOA",
            "PVHCC_MOTCUA", "PTB_HDND", "PTB_HDND", "PCVP", "PP_KT", "PP_VHXH", "PGD_PVHCC");
    private static final List<String> ND33_CORE = List.of("CT_UBND", "PCT_UBND", "BT_DU", "PBT_DU", "CT_HDND",
            "PCT_HDND", "CT_MTTQ", "CHT_QS", "CC_VPTK", "CC_TAICHINH", "CC_TUPHAP", "CC_DIACHINH", "CC_VHXH",
            "BT_DOAN", "CT_PHUNU", "CT_CCB", "CT_NONGDAN");
    // Where surplus people sit: former district staff were mostly general, finance, culture and one-stop officers.
    private static final Map<String, Integer> GOV_EXTRA = Map.ofEntries(Map.entry("VP_TONGHOP", 4),
            Map.entry("KT_TAICHINH", 3), Map.entry("VHXH_VANHOA", 3), Map.entry("PVHCC_MOTCUA", 3),
            Map.entry("VHXH_LDXH", 2), Map.entry("KT_NNMT", 2), Map.entry("VP_TUPHAP", 2), Map.entry("KT_XAYDUNG", 1),
            Map.entry("VHXH_GDYT", 2), Map.entry("KT_CONGTHUONG", 1), Map.entry("VHXH_NOIVU", 1),
            Map.entry("VP_VANTHU", 1), Map.entry("PP_KT", 1), Map.entry("PP_VHXH", 1), Map.entry("VP_CNTT", 1),
            Map.entry("KT_DIACHINH", 1));
    private static final Map<String, Integer> ND33_EXTRA = Map.of("CC_VPTK", 3, "CC_TAICHINH", 2, "CC_TUPHAP", 2,
            "CC_DIACHINH", 2, "CC_VHXH", 3, "PCT_UBND", 1);
    private static final Map<String, Double> FEMALE_SHARE = Map.ofEntries(Map.entry("FINANCE", 0.65),
            Map.entry("CULTURE_SOCIAL", 0.6), Map.entry("JUSTICE", 0.55), Map.entry("OFFICE", 0.6),
            Map.entry("ARCHIVES", 0.8), Map.entry("IT", 0.3), Map.entry("LAND", 0.3), Map.entry("CONSTRUCTION", 0.2),
            Map.entry("MILITARY", 0.03), Map.entry("LEADERSHIP", 0.25), Map.entry("PARTY_AFFAIRS", 0.45),
            Map.entry("MASS_MOBILISATION", 0.5), Map.entry("EDUCATION_HEALTH", 0.6), Map.entry("ONE_STOP", 0.6));
    private static final List<String> SENDING_AGENCIES = List.of("Sở Tài chính", "Sở Nông nghiệp và Môi trường",
            "Sở Xây dựng", "Sở Nội vụ", "Sở Tư pháp");

    private final NamePool names = new NamePool();

    public Result generate(String provinceCode, long seed, LocalDate asOf, List<UnitVersion> units,
            Map<UnitVersion, UnitFrame> frames, Map<String, Position> positions,
            java.util.function.Function<String, List<PositionNorm>> positionNorms) {
        List<UnitVersion> ordered = units.stream().filter(frames::containsKey)
                .sorted(java.util.Comparator.comparing(UnitVersion::code)).toList();
        int n = ordered.size();
        boolean twoTier = n > 0 && frames.get(ordered.get(0)).twoTier();
        Calibration calibration = Calibration.of(provinceCode, twoTier ? "2025" : "2023");
        SplittableRandom provinceRandom = new SplittableRandom(seed ^ ((long) provinceCode.hashCode() << 32));

        int surplusUnits = Math.min(n, calibration.scaled(calibration.unitsInSurplus(), n));
        int shortUnits = Math.min(n - surplusUnits, calibration.scaled(calibration.unitsShort(), n));
        List<Plan> plans = new ArrayList<>();
        IntStream.range(0, n).forEach(i -> plans.add(i < surplusUnits ? Plan.SURPLUS
                : i < surplusUnits + shortUnits ? Plan.SHORT : Plan.AT_FRAME));
        shuffle(plans, provinceRandom);
        Set<Integer> withoutIt = pick(n, calibration.scaled(calibration.unitsWithoutIt(), n), provinceRandom);
        Set<Integer> withoutLand = pick(n, calibration.scaled(calibration.unitsWithoutLand(), n), provinceRandom);

        int[] sizes = new int[n];
        for (int i = 0; i < n; i++) {
            int frame = frames.get(ordered.get(i)).frame();
            sizes[i] = switch (plans.get(i)) {
                case AT_FRAME -> frame;
                case SHORT -> frame - 1 - provinceRandom.nextInt(Math.min(8, Math.max(1, frame / 3)));
                case SURPLUS -> frame + 1 + provinceRandom.nextInt(19);
            };
        }
        Integer target = calibration.countedTotal() == null ? null : calibration.scaled(calibration.countedTotal(), n);
        if (target != null) {
            calibrate(sizes, ordered, frames, plans, target, provinceRandom);
        }

        Map<UnitVersion, List<StaffMember>> rosters = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            UnitVersion unit = ordered.get(i);
            SplittableRandom random = new SplittableRandom(seed * 1_000_003L + (provinceCode + unit.code()).hashCode());
            UnitFrame frame = frames.get(unit);
            Set<String> excluded = new HashSet<>();
            if (withoutIt.contains(i)) {
                excluded.add("IT");
            }
            if (withoutLand.contains(i)) {
                excluded.add("LAND");
            }
            List<String> posts = frame.twoTier()
                    ? governmentPosts(sizes[i], positionNorms.apply(frame.positionNormSet()), positions, excluded, random)
                    : decree33Posts(sizes[i], positions, excluded, random);
            posts.addAll(uncountedPosts(frame, positionNorms, random));
            rosters.put(unit, people(provinceCode, seed, unit, posts, positions, asOf, plans.get(i) == Plan.SHORT,
                    excluded, random));
        }
        return new Result(rosters, calibration.source(), target, java.util.Arrays.stream(sizes).sum(), surplusUnits,
                n - surplusUnits - shortUnits, shortUnits, withoutIt.size(), withoutLand.size());
    }

    /** Moves surplus (then shortage) sizes one person at a time until the counted total is reached. */
    private static void calibrate(int[] sizes, List<UnitVersion> units, Map<UnitVersion, UnitFrame> frames,
            List<Plan> plans, int target, SplittableRandom random) {
        int diff = target - java.util.Arrays.stream(sizes).sum();
        List<Integer> order = new ArrayList<>(IntStream.range(0, sizes.length).boxed().toList());
        shuffle(order, random);
        boolean moved = true;
        while (diff != 0 && moved) {
            moved = false;
            for (int i : order) {
                if (diff == 0) {
                    break;
                }
                int frame = frames.get(units.get(i)).frame();
                Plan plan = plans.get(i);
                int step = Integer.signum(diff);
                int next = sizes[i] + step;
                boolean allowed = plan == Plan.SURPLUS ? next > frame
                        : plan == Plan.SHORT && next < frame && next >= frame - 8;
                if (allowed) {
                    sizes[i] = next;
                    diff -= step;
                    moved = true;
                }
            }
        }
    }

    private static List<String> governmentPosts(int size, List<PositionNorm> norms, Map<String, Position> positions,
            Set<String> excludedSpecialties, SplittableRandom random) {
        List<String> slots = new ArrayList<>();
        Map<String, Integer> remaining = new LinkedHashMap<>();
        norms.forEach(norm -> remaining.merge(norm.positionCode(), norm.count(), Integer::sum));
        for (String code : GOV_CORE) {
            if (allowed(code, positions, excludedSpecialties) && remaining.getOrDefault(code, 0) > 0) {
                slots.add(code);
                remaining.merge(code, -1, Integer::sum);
            }
        }
        List<String> rest = new ArrayList<>();
        remaining.forEach((code, count) -> {
            if (allowed(code, positions, excludedSpecialties)) {
                for (int k = 0; k < count; k++) {
                    rest.add(code);
                }
            }
        });
        shuffle(rest, random);
        slots.addAll(rest);
        return fill(slots, size, GOV_EXTRA, positions, excludedSpecialties, random);
    }

    private static List<String> decree33Posts(int size, Map<String, Position> positions,
            Set<String> excludedSpecialties, SplittableRandom random) {
        List<String> slots = new ArrayList<>(ND33_CORE.stream()
                .filter(code -> allowed(code, positions, excludedSpecialties)).toList());
        return fill(slots, size, ND33_EXTRA, positions, excludedSpecialties, random);
    }

    /** The first {@code size} slots, or all of them plus extra people drawn from where surpluses usually sit. */
    private static List<String> fill(List<String> slots, int size, Map<String, Integer> extra,
            Map<String, Position> positions, Set<String> excludedSpecialties, SplittableRandom random) {
        List<String> posts = new ArrayList<>(slots.subList(0, Math.min(size, slots.size())));
        List<String> weighted = new ArrayList<>();
        extra.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(entry -> allowed(entry.getKey(), positions, excludedSpecialties))
                .forEach(entry -> IntStream.range(0, entry.getValue()).forEach(k -> weighted.add(entry.getKey())));
        while (posts.size() < size && !weighted.isEmpty()) {
            posts.add(weighted.get(random.nextInt(weighted.size())));
        }
        return posts;
    }

    /** Party committee bodies (15–17), Fatherland Front, Military Command, public employees of the PASC. */
    private static List<String> uncountedPosts(UnitFrame frame,
            java.util.function.Function<String, List<PositionNorm>> positionNorms, SplittableRandom random) {
        List<String> posts = new ArrayList<>();
        if (frame.twoTier()) {
            List<String> party = new ArrayList<>();
            positionNorms.apply("PARTY2025").forEach(norm -> IntStream.range(0, norm.count())
                    .forEach(k -> party.add(norm.positionCode())));
            posts.addAll(party.subList(0, Math.min(party.size(), 15 + random.nextInt(3))));
            posts.add("CT_MTTQ");
            IntStream.range(0, 3 + random.nextInt(2)).forEach(k -> posts.add("PCT_MTTQ"));
            IntStream.range(0, 1 + random.nextInt(2)).forEach(k -> posts.add("CV_MTTQ"));
            posts.add("CHT_QS");
            posts.add("CHP_QS");
            IntStream.range(0, random.nextInt(3)).forEach(k -> posts.add("PVHCC_MOTCUA#PUBLIC_EMPLOYEE"));
        } else {
            posts.add("CHP_QS");
            int nonProfessionals = Math.max(0, frame.nonProfessionalFrame() - 2 + random.nextInt(5));
            IntStream.range(0, nonProfessionals).forEach(k -> posts.add("NCT"));
        }
        return posts;
    }

    private static boolean allowed(String code, Map<String, Position> positions, Set<String> excludedSpecialties) {
        Position position = positions.get(code);
        return position != null && !excludedSpecialties.contains(position.specialty());
    }

    private List<StaffMember> people(String provinceCode, long seed, UnitVersion unit, List<String> posts,
            Map<String, Position> positions, LocalDate asOf, boolean shortUnit, Set<String> excluded,
            SplittableRandom random) {
        List<StaffMember> staff = new ArrayList<>();
        int secondeeAt = shortUnit && random.nextInt(10) < 3 ? findSecondeeSlot(posts, positions, excluded) : -1;
        for (int k = 0; k < posts.size(); k++) {
            String[] post = posts.get(k).split("#");
            Position position = positions.get(post[0]);
            StaffCategory category = post.length > 1 ? StaffCategory.valueOf(post[1]) : position.category();
            Gender gender = random.nextDouble() < FEMALE_SHARE.getOrDefault(position.specialty(), 0.45)
                    ? Gender.FEMALE : Gender.MALE;
            int age = switch (position.role()) {
                case "LEADER" -> 38 + random.nextInt(21);
                case "HEAD" -> 35 + random.nextInt(23);
                case "DEPUTY" -> 30 + random.nextInt(28);
                default -> 23 + random.nextInt(36);
            };
            LocalDate birthDate = asOf.minusYears(age).minusDays(random.nextInt(365));
            boolean youngMother = gender == Gender.FEMALE && age >= 22 && age <= 42;
            boolean child = youngMother && random.nextInt(100) < 12;
            boolean pregnant = youngMother && !child && random.nextInt(100) < 4;
            String agency = k == secondeeAt ? SENDING_AGENCIES.get(random.nextInt(SENDING_AGENCIES.size())) : null;
            staff.add(new StaffMember("SYN-%s-%d-%s-%03d".formatted(provinceCode, seed, unit.code(), k + 1),
                    names.fullName(gender, random), birthDate, gender, category, position.code(), position.specialty(),
                    agency, null, pregnant, child));
        }
        return staff;
    }

    /** A provincial civil servant seconded to a short unit takes a specialist post other than IT or land. */
    private static int findSecondeeSlot(List<String> posts, Map<String, Position> positions, Set<String> excluded) {
        for (int k = posts.size() - 1; k >= 0; k--) {
            Position position = positions.get(posts.get(k).split("#")[0]);
            if ("SPECIALIST".equals(position.role()) && position.category() == StaffCategory.CIVIL_SERVANT
                    && !posts.get(k).contains("#") && !Set.of("IT", "LAND").contains(position.specialty())) {
                return k;
            }
        }
        return -1;
    }

    private static Set<Integer> pick(int n, int count, SplittableRandom random) {
        List<Integer> indexes = new ArrayList<>(IntStream.range(0, n).boxed().toList());
        shuffle(indexes, random);
        return new HashSet<>(indexes.subList(0, Math.min(count, n)));
    }

    private static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, random.nextInt(i + 1));
        }
    }
}
