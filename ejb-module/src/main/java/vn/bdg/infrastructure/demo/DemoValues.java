package vn.bdg.infrastructure.demo;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import vn.bdg.domain.model.org.UnitType;
import vn.bdg.domain.model.programme.RoundKind;
import vn.bdg.domain.model.report.CellKey;

/**
 * The figures a demo unit enters in a 6-month or annual round of the default catalogue: the size of a
 * Hải Phòng unit of its type (domain §3.3, §3.5), its staff by group with women the share the sector
 * has (teachers about 78 % women overall, from nearly all in preschools to about 62 % in upper
 * secondary), a head and deputies with a woman among them in about two units of three, learners about
 * half girls, and the year's communication, training, counselling and the rare incident of violence.
 *
 * <p>Everything is drawn from the unit's code, so a unit reports the same on every start, and passes
 * every check of the default catalogue: each category adds up to its total, women within each total,
 * heads and deputies within the managers, subsets within their sessions, incidents handled within
 * those found. The unit's size is its own across years; 2019 has a little fewer staff and a little
 * fewer women in leadership. Snapshots of the annual round are the 6-month ones moved by the new
 * school year; its flows are the first half's plus the second half's, so they are cumulative.
 */
final class DemoValues {

    /**
     * What sets one type of unit apart: its staff, the share of teachers and of women among them, its
     * deputies, how often a woman is among its leaders (in 2020), learners per teacher, the levels it
     * teaches, masters among staff, and how often it meets violence in half a year.
     */
    private record Profile(int minStaff, int maxStaff, double teachers, double femaleTeachers, int maxDeputies,
                           double womanLeads, double femaleHead, double learnersPerTeacher, List<String> levels,
                           double masters, double incidents, int counselling, double counsellingUnit) {
    }

    private static final Map<UnitType, Profile> PROFILES = new EnumMap<>(UnitType.class);

    static {
        PROFILES.put(UnitType.MN, new Profile(18, 42, 0.62, 0.97, 2, 0.96, 0.9, 14, List.of("Mầm non"),
                0.02, 0.01, 0, 0.55));
        PROFILES.put(UnitType.TH, new Profile(28, 62, 0.72, 0.76, 2, 0.58, 0.45, 27, List.of("Tiểu học"),
                0.05, 0.05, 12, 0.8));
        PROFILES.put(UnitType.THCS, new Profile(25, 55, 0.75, 0.71, 2, 0.45, 0.35, 21, List.of("THCS"),
                0.08, 0.12, 24, 0.85));
        PROFILES.put(UnitType.MULTI_LEVEL, new Profile(25, 55, 0.74, 0.75, 2, 0.4, 0.35, 18,
                List.of("Tiểu học", "THCS"), 0.06, 0.08, 15, 0.8));
        PROFILES.put(UnitType.THPT, new Profile(60, 110, 0.8, 0.62, 3, 0.35, 0.3, 19, List.of("THPT"),
                0.25, 0.2, 45, 0.95));
        PROFILES.put(UnitType.GDNN_GDTX, new Profile(25, 60, 0.6, 0.55, 2, 0.35, 0.35, 16, List.of("GDTX"),
                0.15, 0.15, 18, 0.85));
        PROFILES.put(UnitType.AFFILIATED, new Profile(20, 110, 0.55, 0.55, 2, 0.4, 0.35, 0, List.of(),
                0.4, 0, 0, 0));
    }

    /** The units that teach learners, and so report them, their safety and their counselling. */
    private static final Set<UnitType> SCHOOLS = EnumSet.of(UnitType.MN, UnitType.TH, UnitType.THCS,
            UnitType.MULTI_LEVEL, UnitType.THPT, UnitType.GDNN_GDTX);

    private static final String STAFF = "CB-GV-NV";
    private static final String PUPILS = "Học sinh";
    private static final String PARENTS = "Cha mẹ học sinh";

    private DemoValues() {
    }

    /**
     * A unit's values in a round of {@code year}. A Phòng that consolidates enters only its own yes/no
     * answers: its figures are its schools' sums.
     */
    static Map<CellKey, BigDecimal> of(String unitCode, UnitType type, int year, RoundKind kind) {
        Cells cells = new Cells();
        Answers answers = new Answers(unitCode, type, year);
        answers.enter(cells, kind);
        if (type == UnitType.PHONG) {
            return cells.values;
        }
        Profile profile = PROFILES.get(type);
        if (profile == null) {
            throw new IllegalArgumentException("No demo figures for a unit of type " + type);
        }
        Unit unit = new Unit(unitCode, type, profile, year, kind);
        unit.enterSnapshot(cells, answers);
        unit.enterHalf(cells, answers, random(unitCode, year, "H1"), false);
        if (kind == RoundKind.ANNUAL) {
            unit.enterHalf(cells, answers, random(unitCode, year, "H2"), true);
        }
        return cells.values;
    }

    /**
     * A generator for one purpose, seeded from the parts. SplittableRandom mixes its seed, so units whose
     * codes differ in one digit still draw unrelated figures.
     */
    static SplittableRandom random(Object... parts) {
        long seed = 1125899906842597L;
        for (Object part : parts) {
            seed = 31 * seed + String.valueOf(part).hashCode();
        }
        return new SplittableRandom(seed);
    }

    /** The yes/no answers of a unit in a year, the same in both its rounds except the Action Month's. */
    private static final class Answers {

        final boolean actionMonth;
        final boolean committee;
        final boolean plan;
        final boolean counselling;
        final boolean periodReview;
        final boolean nextPlan;
        final int year;
        final boolean school;

        Answers(String unitCode, UnitType type, int year) {
            SplittableRandom draw = random(unitCode, year, "answers");
            double earlier = year < 2020 ? 0.05 : 0;
            this.year = year;
            school = SCHOOLS.contains(type);
            actionMonth = draw.nextDouble() < 0.94 - earlier;
            committee = type == UnitType.PHONG || draw.nextDouble() < 0.95 - earlier;
            plan = type == UnitType.PHONG || draw.nextDouble() < 0.97 - earlier;
            Profile profile = PROFILES.get(type);
            counselling = profile != null && draw.nextDouble() < profile.counsellingUnit() - earlier;
            periodReview = draw.nextDouble() < 0.9;
            nextPlan = draw.nextDouble() < 0.7;
        }

        /**
         * The Action Month comes in November, so the 6-month report answers no; the 2016–2020 review and
         * the next period's plan were the letter's tasks for the end of 2020.
         */
        void enter(Cells cells, RoundKind kind) {
            boolean annual = kind == RoundKind.ANNUAL;
            cells.yesNo("BDG-29", annual && actionMonth);
            cells.yesNo("BDG-34", committee);
            cells.yesNo("BDG-45", plan);
            if (school) {
                cells.yesNo("BDG-55", counselling);
            }
            if (year >= 2020) {
                cells.yesNo("BDG-46", annual && periodReview);
                cells.yesNo("BDG-47", annual && nextPlan);
            }
        }
    }

    /** A school, centre or other unit: its people at the cut-off and what it did in each half year. */
    private static final class Unit {

        final String code;
        final UnitType type;
        final Profile profile;
        final int year;
        final int deputies;
        final boolean femaleHead;
        final int femaleDeputies;
        final double femaleStaffShare;
        /** The year's people, whom the flows of both halves are drawn for. */
        final int staff;
        final int teachers;
        final int learners;
        /** The people at the round's cut-off: an annual round counts them in the new school year. */
        final int staffAtCutOff;
        final int teachersAtCutOff;
        final int learnersAtCutOff;

        Unit(String unitCode, UnitType type, Profile profile, int year, RoundKind kind) {
            this.code = unitCode;
            this.type = type;
            this.profile = profile;
            this.year = year;
            SplittableRandom own = random(unitCode, "size");
            SplittableRandom ofYear = random(unitCode, year, "size");
            int base = between(own, profile.minStaff(), profile.maxStaff());
            double yearly = 1 + 0.015 * (year - 2020) + (ofYear.nextDouble() - 0.5) * 0.04;
            staff = Math.max(profile.minStaff() - 3, (int) Math.round(base * yearly));
            deputies = 1 + own.nextInt(profile.maxDeputies());
            double leadership = own.nextDouble();
            double headDraw = own.nextDouble();
            boolean womanLeads = leadership < profile.womanLeads() - (year < 2020 ? 0.05 : 0);
            femaleHead = womanLeads && headDraw < profile.femaleHead();
            int deputiesWomen = 0;
            for (int i = 0; i < deputies; i++) {
                if (own.nextDouble() < profile.femaleTeachers()) {
                    deputiesWomen++;
                }
            }
            femaleDeputies = womanLeads ? Math.max(femaleHead ? 0 : 1, deputiesWomen) : 0;
            teachers = Math.min(staff - deputies - 2,
                    (int) Math.round(staff * (profile.teachers() + (own.nextDouble() - 0.5) * 0.08)));
            double perTeacher = profile.learnersPerTeacher() * (0.9 + 0.2 * own.nextDouble());
            learners = (int) Math.round(teachers * perTeacher);
            femaleStaffShare = profile.femaleTeachers() * 0.9 + 0.05;
            if (kind == RoundKind.ANNUAL) {
                SplittableRandom september = random(unitCode, year, "new school year");
                int moved = (int) Math.round(staff * (september.nextDouble() * 0.07 - 0.03));
                staffAtCutOff = staff + moved;
                teachersAtCutOff = teachers + moved;
                learnersAtCutOff = (int) Math.round(learners * (0.97 + 0.08 * september.nextDouble()));
            } else {
                staffAtCutOff = staff;
                teachersAtCutOff = teachers;
                learnersAtCutOff = learners;
            }
        }

        void enterSnapshot(Cells cells, Answers answers) {
            SplittableRandom draw = random(code, year, "snapshot");
            int managers = 1 + deputies;
            int femaleManagers = (femaleHead ? 1 : 0) + femaleDeputies;
            int others = staffAtCutOff - managers - teachersAtCutOff;
            int femaleTeachers = share(draw, teachersAtCutOff, profile.femaleTeachers(), 0.03);
            int femaleOthers = share(draw, others, 0.65, 0.1);
            cells.put("BDG-01", staffAtCutOff, femaleManagers + femaleTeachers + femaleOthers);
            cells.category("BDG-01", "Nhóm", "CBQL", managers, femaleManagers);
            cells.category("BDG-01", "Nhóm", "GV", teachersAtCutOff, femaleTeachers);
            cells.category("BDG-01", "Nhóm", "NV", others, femaleOthers);
            cells.put("BDG-02", managers, femaleManagers);
            cells.put("BDG-03", femaleHead ? 1 : 0);
            cells.put("BDG-04", femaleDeputies);
            cells.put("BDG-07", teachersAtCutOff, femaleTeachers);
            byLevel(cells, "BDG-07", teachersAtCutOff, femaleTeachers);
            double femaleShare = (double) (femaleManagers + femaleTeachers + femaleOthers) / staffAtCutOff;

            int party = share(draw, staffAtCutOff, 0.45, 0.1);
            int femaleParty = share(draw, party, femaleShare, 0.04);
            int committee = party < 30 ? 3 : 5;
            int femaleCommittee = Math.min(femaleParty, share(draw, committee, femaleShare, 0.15));
            cells.put("BDG-09", party, femaleParty);
            cells.put("BDG-10", committee, femaleCommittee);
            int femaleSecretary = femaleCommittee > 0 && (femaleHead || draw.nextDouble() < 0.3) ? 1 : 0;
            cells.put("BDG-11", femaleSecretary);

            int masters = Math.min(staffAtCutOff / 2,
                    share(draw, staffAtCutOff, profile.masters(), 0.4 * profile.masters()));
            int doctors = type == UnitType.AFFILIATED ? between(draw, 1, 4)
                    : type == UnitType.THPT && draw.nextDouble() < 0.15 ? 1 : 0;
            double femaleGraduates = type == UnitType.MN ? 0.95 : 0.65;
            int femaleMasters = share(draw, masters, femaleGraduates, 0.1);
            int femaleDoctors = share(draw, doctors, 0.4, 0.2);
            cells.put("BDG-12", masters + doctors, femaleMasters + femaleDoctors);
            cells.category("BDG-12", "Trình độ", "Thạc sĩ", masters, femaleMasters);
            if (doctors > 0) {
                cells.category("BDG-12", "Trình độ", "Tiến sĩ", doctors, femaleDoctors);
            }

            if (learnersAtCutOff > 0) {
                int girls = share(draw, learnersAtCutOff, 0.49, 0.01);
                cells.put("BDG-16", learnersAtCutOff, girls);
                byLevel(cells, "BDG-16", learnersAtCutOff, girls);
            }
            if (answers.committee) {
                int members = Math.min(staffAtCutOff, 3 + draw.nextInt(5));
                cells.put("BDG-35", members, Math.max((members + 1) / 2, members - draw.nextInt(2)));
            }
        }

        /**
         * What the unit did in one half of the year. The second half holds the Action Month, the year's
         * commendations and most of the health check-ups.
         */
        void enterHalf(Cells cells, Answers answers, SplittableRandom draw, boolean secondHalf) {
            double earlier = year < 2020 ? 0.9 : 1.0;
            boolean young = type == UnitType.MN;
            boolean schooled = learners > 0;

            int sessions = (int) Math.round(between(draw, young ? 2 : 3, young ? 5 : 8) * earlier);
            sessions = Math.max(2, sessions);
            cells.add("BDG-18", sessions);
            int forStaff = schooled ? Math.max(1, Math.round(sessions * 0.35f)) : sessions;
            int forParents = schooled ? Math.max(young ? sessions - forStaff : 0, Math.round(sessions * 0.2f)) : 0;
            int forPupils = sessions - forStaff - forParents;
            if (forPupils < 0) {
                forParents += forPupils;
                forPupils = 0;
            }
            audience(cells, "BDG-19", STAFF, forStaff, staff * (0.7 + 0.3 * draw.nextDouble()),
                    femaleStaffShare, draw);
            audience(cells, "BDG-19", PUPILS, forPupils, learners * (0.3 + 0.5 * draw.nextDouble()),
                    0.49, draw);
            audience(cells, "BDG-19", PARENTS, forParents, learners * (0.2 + 0.3 * draw.nextDouble()),
                    0.65, draw);

            int site = between(draw, 1, 5);
            int social = draw.nextInt(4);
            cells.add("BDG-20", site + social);
            int banners = between(draw, 1, 3);
            int posters = draw.nextInt(3);
            int leaflets = draw.nextDouble() < 0.25 ? 10 * between(draw, 5, 30) : 0;
            cells.add("BDG-21", banners + posters + leaflets);
            if (draw.nextDouble() < 0.25) {
                int entrants = Math.max(10, (int) Math.round((schooled ? learners * 0.2 : staff * 0.6)
                        * (0.5 + draw.nextDouble())));
                cells.add("BDG-22", 1);
                cells.add("BDG-23", entrants, share(draw, entrants, 0.55, 0.05));
            }
            cells.add("BDG-24", Math.min(sessions, between(draw, 1, 2)));
            if (draw.nextDouble() < 0.3) {
                cells.add("BDG-25", 1);
            }
            if (schooled) {
                cells.add("BDG-28", between(draw, young ? 4 : 6, young ? 12 : 24));
            }
            if (secondHalf && answers.actionMonth) {
                actionMonth(cells, draw);
            }
            training(cells, draw, secondHalf);
            if (schooled) {
                safety(cells, draw);
            }
        }

        private void actionMonth(Cells cells, SplittableRandom draw) {
            int events = between(draw, 1, 3);
            int talks = draw.nextInt(2);
            int visits = draw.nextInt(2);
            cells.add("BDG-30", events + talks + visits);
            int people = (int) Math.round(staff * (0.8 + 0.2 * draw.nextDouble()));
            int pupils = (int) Math.round(learners * (0.3 + 0.4 * draw.nextDouble()));
            int women = share(draw, people, femaleStaffShare, 0.03);
            int girls = share(draw, pupils, 0.49, 0.02);
            cells.add("BDG-31", people + pupils, women + girls);
        }

        private void training(Cells cells, SplittableRandom draw, boolean secondHalf) {
            int sent = draw.nextInt(3);
            int own = draw.nextDouble() < 0.2 ? 1 : 0;
            if (sent + own > 0) {
                int trained = sent * between(draw, 1, 3) + own * (int) Math.round(staff * 0.8);
                cells.add("BDG-36", sent + own);
                cells.add("BDG-37", trained, share(draw, trained, femaleStaffShare, 0.1));
            }
            int femaleStaff = (int) Math.round(staff * femaleStaffShare);
            if (secondHalf) {
                commendations(cells, draw, femaleStaff);
            }
            cells.add("BDG-43", between(draw, 1, 6));
            cells.addMoney("BDG-44", 100_000L * between(draw, 25, 150));
        }

        private void commendations(Cells cells, SplittableRandom draw, int femaleStaff) {
            if (draw.nextDouble() < 0.04) {
                cells.add("BDG-39", 1);
            }
            if (draw.nextDouble() < 0.15) {
                int people = between(draw, 1, 2);
                cells.add("BDG-40", people, share(draw, people, femaleStaffShare, 0.2));
            }
            if (draw.nextDouble() < 0.5) {
                int home = Math.min(femaleStaff, between(draw, 1, 4));
                int emulation = Math.min(femaleStaff - home, draw.nextInt(2));
                cells.add("BDG-41", home + emulation);
            }
        }

        /** Support for learners, counselling and the incidents of violence found and handled. */
        private void safety(Cells cells, SplittableRandom draw) {
            int supported = (int) Math.round(learners * 0.008 * draw.nextDouble());
            if (supported > 0) {
                cells.add("BDG-48", supported, share(draw, supported, 0.5, 0.2));
            }
            if (type != UnitType.MN) {
                int dropouts = (int) Math.round(learners * dropoutRate() * draw.nextDouble());
                cells.add("BDG-17", dropouts);
                if (dropouts > 0) {
                    cells.add("BDG-17", 0, share(draw, dropouts, 0.4, 0.2));
                }
            }
            int incidents = draw.nextDouble() < profile.incidents() ? (draw.nextDouble() < 0.2 ? 2 : 1) : 0;
            int handled = incidents > 0 && draw.nextDouble() < 0.1 ? incidents - 1 : incidents;
            cells.add("BDG-49", incidents);
            cells.add("BDG-50", handled);
            if (incidents > 0) {
                int online = draw.nextDouble() < 0.15 ? 1 : 0;
                int verbal = incidents > online && draw.nextDouble() < 0.3 ? 1 : 0;
                cells.addCategory("BDG-49", "Hình thức", "Thể chất", incidents - online - verbal, null);
                cells.addCategory("BDG-49", "Hình thức", "Tinh thần", verbal, null);
                cells.addCategory("BDG-49", "Hình thức", "Trực tuyến", online, null);
                int outside = draw.nextDouble() < 0.3 ? 1 : 0;
                cells.addCategory("BDG-49", "Địa điểm", "Trong trường", incidents - outside, null);
                cells.addCategory("BDG-49", "Địa điểm", "Ngoài trường", outside, null);
                int disciplined = handled > 0 && draw.nextDouble() < 0.25 ? 1 : 0;
                cells.addCategory("BDG-50", "Hình thức xử lý", "Hòa giải tại trường", handled - disciplined, null);
                cells.addCategory("BDG-50", "Hình thức xử lý", "Xử lý kỷ luật", disciplined, null);
                int perpetrators = incidents + draw.nextInt(2 * incidents);
                cells.add("BDG-51", incidents, share(draw, incidents, 0.4, 0.3));
                cells.add("BDG-52", perpetrators, share(draw, perpetrators, 0.25, 0.2));
            }
            if (profile.counselling() > 0) {
                int counselled = (int) Math.round(profile.counselling() * (0.5 + draw.nextDouble()));
                cells.add("BDG-54", counselled, share(draw, counselled, 0.56, 0.06));
            }
        }

        private double dropoutRate() {
            return switch (type) {
                case TH -> 0.0008;
                case THCS, MULTI_LEVEL -> 0.003;
                case THPT -> 0.006;
                default -> 0.03;
            };
        }

        /**
         * A school of two levels splits its total about 55/45 between them; a school of one level leaves
         * the split blank, its level being its type.
         */
        private void byLevel(Cells cells, String code, int total, int female) {
            if (profile.levels().size() == 2) {
                int first = Math.round(total * 0.55f);
                int firstFemale = Math.min(first, Math.round(female * 0.55f));
                cells.addCategory(code, "Cấp học", profile.levels().get(0), first, firstFemale);
                cells.addCategory(code, "Cấp học", profile.levels().get(1), total - first, female - firstFemale);
            }
        }

        /**
         * Sessions for one audience and the people who came, {@code each} per session, a share of them
         * women or girls.
         */
        private static void audience(Cells cells, String peopleCode, String audience, int sessions, double each,
                                     double femaleShare, SplittableRandom draw) {
            if (sessions <= 0) {
                return;
            }
            int people = Math.max(sessions, (int) Math.round(sessions * each));
            int women = share(draw, people, femaleShare, 0.03);
            cells.add(peopleCode, people, women);
            cells.addCategory(peopleCode, "Đối tượng", audience, people, null);
        }
    }

    /** A whole share of {@code total}, give or take {@code spread}, never more than the total. */
    private static int share(SplittableRandom draw, int total, double share, double spread) {
        double drawn = share + (draw.nextDouble() * 2 - 1) * spread;
        return (int) Math.max(0, Math.min(total, Math.round(total * drawn)));
    }

    private static int between(SplittableRandom draw, int low, int high) {
        return low + draw.nextInt(high - low + 1);
    }

    /**
     * The values as the form keeps them, added to cell by cell so that the second half's flows add to the
     * first's. A category that is zero is left blank, as people leave a row of nothing empty.
     */
    private static final class Cells {

        final Map<CellKey, BigDecimal> values = new LinkedHashMap<>();

        void yesNo(String code, boolean yes) {
            values.put(CellKey.total(code), yes ? BigDecimal.ONE : BigDecimal.ZERO);
        }

        void put(String code, int total) {
            values.put(CellKey.total(code), BigDecimal.valueOf(total));
        }

        void put(String code, int total, int female) {
            put(code, total);
            values.put(CellKey.female(code), BigDecimal.valueOf(female));
        }

        void category(String code, String dimension, String category, int total, Integer female) {
            if (total > 0) {
                values.put(new CellKey(code, dimension, category, false), BigDecimal.valueOf(total));
                if (female != null) {
                    values.put(new CellKey(code, dimension, category, true), BigDecimal.valueOf(female));
                }
            }
        }

        void add(String code, int total) {
            values.merge(CellKey.total(code), BigDecimal.valueOf(total), BigDecimal::add);
        }

        void add(String code, int total, int female) {
            add(code, total);
            values.merge(CellKey.female(code), BigDecimal.valueOf(female), BigDecimal::add);
        }

        void addCategory(String code, String dimension, String category, int total, Integer female) {
            if (total > 0) {
                values.merge(new CellKey(code, dimension, category, false), BigDecimal.valueOf(total), BigDecimal::add);
                if (female != null) {
                    values.merge(new CellKey(code, dimension, category, true), BigDecimal.valueOf(female),
                            BigDecimal::add);
                }
            }
        }

        void addMoney(String code, long amount) {
            values.merge(CellKey.total(code), BigDecimal.valueOf(amount), BigDecimal::add);
        }

    }
}
