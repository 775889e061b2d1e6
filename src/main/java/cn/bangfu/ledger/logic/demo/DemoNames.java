package cn.bangfu.ledger.logic.demo;

import java.util.random.RandomGenerator;

/** Chinese names and mobile numbers, drawn from the stream a section passes in. */
final class DemoNames {

    private static final String[] SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋"
            + "蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔")
            .split("");
    private static final String[] MALE_CHARS = "伟强军建国明华平刚勇林海波志文杰涛斌俊峰东春生福贵荣德山发成永进金宝忠兴".split("");
    private static final String[] FEMALE_CHARS = "芳娟敏静丽艳霞秀英兰梅玲红燕萍琴云凤桂珍娥莲翠娇婷雪慧琳洁佳".split("");
    private static final String[] MOBILE_PREFIXES = {"135", "136", "137", "138", "139", "150", "151", "158", "159", "186",
        "187", "188"};

    private DemoNames() {
    }

    static String surname(RandomGenerator random) {
        return SURNAMES[random.nextInt(SURNAMES.length)];
    }

    /** A given name of one or (seven times in ten) two characters; gender "1" male, "2" female. */
    static String givenName(RandomGenerator random, String gender) {
        String[] chars = "1".equals(gender) ? MALE_CHARS : FEMALE_CHARS;
        String first = chars[random.nextInt(chars.length)];
        return random.nextInt(100) < 70 ? first + chars[random.nextInt(chars.length)] : first;
    }

    /** A cadre's full name, of either gender. */
    static String anyone(RandomGenerator random) {
        return surname(random) + givenName(random, random.nextBoolean() ? "1" : "2");
    }

    static String mobile(RandomGenerator random) {
        return MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)]
                + String.format("%08d", random.nextInt(100_000_000));
    }
}
