package cn.bangfu.ledger.logic.demo;

import cn.bangfu.ledger.model.IdNumber;
import cn.bangfu.ledger.model.Member;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The members of a demo household: a 户主 with a spouse, children, parents or grandchildren as the head's age
 * allows, each with a valid and unique ID number (GB 11643) agreeing with gender and birth date, and plausible
 * schooling, health, labour and work.
 */
final class DemoPeople {

    static final String[] PUBLIC_POSTS = {"护林员", "保洁员", "护路员", "水管员", "治安巡逻员"};
    private static final String[] MINORITIES = {"壮族", "瑶族", "苗族", "彝族", "土家族", "侗族", "布依族", "回族", "畲族"};

    private final RandomGenerator random;
    private final LocalDate asOf;
    private final String countyCode;
    private final Set<String> usedIds = new HashSet<>();
    private String householdNo; // of the household whose members are being made
    private int personSeq;

    DemoPeople(RandomGenerator random, LocalDate asOf, String countyCode) {
        this.random = random;
        this.asOf = asOf;
        this.countyCode = countyCode;
    }

    /** The members of household {@code householdNo}, its 户主 first (household id 0: not written yet). */
    List<Member> household(String householdNo) {
        this.householdNo = householdNo;
        this.personSeq = 0;
        int size = pickSize();
        List<Member> people = new ArrayList<>();
        String surname = DemoNames.surname(random);
        int headAge = 30 + random.nextInt(51);
        String headGender = random.nextInt(100) < 82 ? "1" : "2";
        people.add(person(surname, Member.HEAD, headGender, headAge, true));
        if (size >= 2 && random.nextInt(100) < 85) {
            people.add(person(DemoNames.surname(random), "配偶", other(headGender),
                    clampAge(headAge - 3 + random.nextInt(7)), false));
        }
        String familyName = "1".equals(headGender) ? surname : DemoNames.surname(random);
        if (headAge >= 58) {
            int sonAge = clampAge(headAge - 24 - random.nextInt(8));
            while (people.size() < size) {
                if (people.stream().noneMatch(m -> "之子".equals(m.relation()))) {
                    people.add(person(familyName, "之子", "1", sonAge, false));
                } else if (people.stream().noneMatch(m -> "之儿媳".equals(m.relation())) && random.nextBoolean()) {
                    people.add(person(DemoNames.surname(random), "之儿媳", "2", clampAge(sonAge - 2 + random.nextInt(5)),
                            false));
                } else {
                    String g = random.nextBoolean() ? "1" : "2";
                    people.add(person(familyName, "1".equals(g) ? "之孙子" : "之孙女", g,
                            random.nextInt(Math.max(1, Math.min(16, sonAge - 19))), false));
                }
            }
        } else {
            if (people.size() < size && headAge <= 50 && random.nextInt(100) < 35) {
                String g = random.nextBoolean() ? "1" : "2";
                String parentSurname = "1".equals(g) ? surname : DemoNames.surname(random);
                people.add(person(parentSurname, "1".equals(g) ? "之父" : "之母", g,
                        Math.min(95, headAge + 22 + random.nextInt(9)), false));
            }
            while (people.size() < size) {
                String g = random.nextBoolean() ? "1" : "2";
                int age = Math.max(0, headAge - 22 - random.nextInt(14));
                people.add(person(familyName, "1".equals(g) ? "之子" : "之女", g, age, false));
            }
        }
        return people;
    }

    private Member person(String surname, String relation, String gender, int age, boolean head) {
        String name = surname + DemoNames.givenName(random, gender);
        LocalDate birth = asOf.minusYears(age).minusDays(1 + random.nextInt(364));
        String id = newId(birth, gender);
        String[] schooling = schooling(age);
        String health = health(age);
        String labour = labour(age, health, schooling[1] != null);
        String work = null;
        Long workMonths = null;
        if (age >= 16 && schooling[1] == null) {
            if (isAbleToWork(labour)) {
                int r = random.nextInt(100);
                work = r < 25 ? "省外务工" : r < 45 ? "省内县外务工" : r < 70 ? "县内务工" : "未务工";
                workMonths = "未务工".equals(work) ? 0L : 3L + random.nextInt(10);
            } else {
                work = "未务工";
                workMonths = 0L;
            }
        }
        boolean insured = random.nextInt(100) < 98;
        String post = null;
        Long postMonths = null;
        if (age >= 18 && age < 70 && isAbleToWork(labour) && random.nextInt(100) < 5) {
            post = PUBLIC_POSTS[random.nextInt(PUBLIC_POSTS.length)];
            postMonths = 6L + random.nextInt(7);
        }
        String tekun = head && age >= 65 && random.nextInt(100) < 3 ? "农村特困" : "不享受";
        String ethnicity = random.nextInt(100) < 93 ? "汉族" : MINORITIES[random.nextInt(MINORITIES.length)];
        String personNo = householdNo + String.format("%02d", ++personSeq);
        return new Member(null, 0, name, "居民身份证", id, id, null, gender, birth, ethnicity, relation, schooling[0],
                schooling[1], health, labour, work, workMonths, insured, insured, age >= 16 && random.nextInt(100) < 90,
                "未享受", tekun, post, postMonths, head ? DemoNames.mobile(random) : null, personNo, null, null);
    }

    /** {education, schoolStatus}: exactly one is set for anyone of school age or older. */
    private String[] schooling(int age) {
        if (age < 3) {
            return new String[] {null, "学龄前儿童"};
        }
        if (age < 6) {
            return new String[] {null, "学前教育"};
        }
        if (age < 12) {
            return new String[] {null, "小学"};
        }
        if (age < 15) {
            return new String[] {null, "七至九年级"};
        }
        if (age < 18) {
            return new String[] {null, random.nextInt(100) < 65 ? "普通高中" : "中职"};
        }
        if (age < 22 && random.nextInt(100) < 35) {
            return new String[] {null, random.nextBoolean() ? "本科" : "高职高专"};
        }
        int r = random.nextInt(100);
        String education;
        if (age >= 65) {
            education = r < 35 ? "文盲或半文盲" : r < 80 ? "小学" : "初中";
        } else if (age >= 45) {
            education = r < 8 ? "文盲或半文盲" : r < 40 ? "小学" : r < 85 ? "初中" : "高中";
        } else {
            education = r < 10 ? "小学" : r < 55 ? "初中" : r < 80 ? "高中" : r < 92 ? "大专" : "本科及以上";
        }
        return new String[] {education, null};
    }

    private String health(int age) {
        int r = random.nextInt(100);
        int chronic = age >= 60 ? 25 : 8;
        if (r < chronic) {
            return "长期慢性病";
        }
        if (r < chronic + 4) {
            return "患有大病";
        }
        if (r < chronic + 8) {
            return "残疾";
        }
        return "健康";
    }

    private String labour(int age, String health, boolean inSchool) {
        if (age < 16 || inSchool) {
            return "无劳动力";
        }
        if ("患有大病".equals(health) || "残疾".equals(health)) {
            return random.nextBoolean() ? "弱劳动力或半劳动力" : "丧失劳动力";
        }
        if (age >= 75) {
            return "丧失劳动力";
        }
        if (age >= 65) {
            return "弱劳动力或半劳动力";
        }
        return random.nextInt(100) < 20 ? "技能劳动力" : "普通劳动力";
    }

    /** A valid ID number for the birth date and gender that no one in this demo holds yet. */
    private String newId(LocalDate birth, String gender) {
        String date = birth.toString().replace("-", "");
        while (true) {
            int seq = random.nextInt(500) * 2 + ("1".equals(gender) ? 1 : 0);
            if (seq == 0) {
                continue;
            }
            String first17 = countyCode + date + String.format("%03d", seq);
            String id = first17 + IdNumber.checkChar(first17);
            if (usedIds.add(id)) {
                return id;
            }
        }
    }

    private int pickSize() {
        int r = random.nextInt(100);
        return r < 10 ? 1 : r < 30 ? 2 : r < 55 ? 3 : r < 80 ? 4 : r < 92 ? 5 : 6;
    }

    static boolean isAbleToWork(String labourSkill) {
        return "普通劳动力".equals(labourSkill) || "技能劳动力".equals(labourSkill);
    }

    static Member withDibao(Member m, String dibao) {
        return new Member(m.id(), m.householdId(), m.name(), m.idType(), m.idNumber(), m.idNumberRaw(), m.idFlag(),
                m.gender(), m.birthDate(), m.ethnicity(), m.relation(), m.education(), m.schoolStatus(), m.health(),
                m.labourSkill(), m.workStatus(), m.workMonths(), m.medicalInsurance(), m.seriousIllnessInsurance(),
                m.pensionInsurance(), dibao, m.tekun(), m.publicPost(), m.publicPostMonths(), m.phone(), m.personNo(),
                m.leftOn(), m.leftReason());
    }

    private static String other(String gender) {
        return "1".equals(gender) ? "2" : "1";
    }

    private static int clampAge(int age) {
        return Math.clamp(age, 18, 95);
    }
}
