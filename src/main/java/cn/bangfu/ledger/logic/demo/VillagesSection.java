package cn.bangfu.ledger.logic.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;

/** The town: its county's code, and one village per 60 households (3 to 70), each with 3 to 8 groups. */
final class VillagesSection implements DemoSection {

    private static final String[] COUNTY_CODES = {"441523", "371522", "532124", "522631", "431226", "360733"};
    private static final String[] VILLAGE_HEAD = "东西南北上下新大小石龙凤黄白青桃柳杨李马高长水金".split("");
    private static final String[] VILLAGE_TAIL = "坑塘坪岭湾田山溪岗桥寨冲坝洞园".split("");
    private static final String[] GROUP_NUMERALS = "一二三四五六七八九十".split("");

    @Override
    public String name() {
        return "villages";
    }

    @Override
    public void write(DemoTown town, RandomGenerator random) {
        town.countyCode(COUNTY_CODES[random.nextInt(COUNTY_CODES.length)]);
        int count = Math.clamp(town.options().households() / 60, 3, 70);
        List<String> names = new ArrayList<>();
        for (String head : VILLAGE_HEAD) {
            for (String tail : VILLAGE_TAIL) {
                if (!head.equals(tail)) {
                    names.add(head + tail + "村");
                }
            }
        }
        Collections.shuffle(names, random);
        for (int v = 0; v < count; v++) {
            long id = town.households().addVillage(names.get(v), String.format("%03d", v + 1));
            int groups = 3 + random.nextInt(6);
            List<Long> groupIds = new ArrayList<>(groups);
            for (int g = 0; g < groups; g++) {
                groupIds.add(town.households().addGroup(id, GROUP_NUMERALS[g] + "组"));
            }
            town.villages().add(new DemoTown.MadeVillage(id, v + 1, List.copyOf(groupIds)));
        }
    }
}
