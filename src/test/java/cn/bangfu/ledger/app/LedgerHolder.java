package cn.bangfu.ledger.app;

import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.logic.rosters.ImportOptions;
import cn.bangfu.ledger.logic.rosters.ImportProgress;
import cn.bangfu.ledger.model.Household;
import cn.bangfu.ledger.model.IdNumber;
import cn.bangfu.ledger.model.Member;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A stand-in for the window process in {@link UncleanExitTest}: opens a ledger for writing the way the window
 * does, imports a roster, adds three households one write at a time (as a clerk does), says "ready" and then waits, holding the ledger open, until it is killed. It never
 * closes the ledger itself: whatever reaches the file must come from the store.
 */
public final class LedgerHolder {

    private LedgerHolder() {
    }

    public static void main(String[] args) throws InterruptedException {
        LedgerServices services = LedgerServices.open(Path.of(args[0]));
        var plan = services.importPlanning().plan(Path.of(args[1]), ImportOptions.defaults().withTown(null), ImportProgress.NONE);
        var result = services.importApplying().apply(plan, ImportProgress.NONE);
        if (!result.applied()) {
            throw new IllegalStateException("the roster was not applied: " + result.message());
        }
        long village = services.households().addVillage("东坑村");
        for (int i = 0; i < 3; i++) {
            String first17 = String.format("44152319700101%03d", 2 * i + 1);
            Member head = new Member(null, 0, "测试户主" + i, "居民身份证", null, first17 + IdNumber.checkChar(first17),
                    null, "1", LocalDate.of(1970, 1, 1), "汉族", "户主", "初中", null, "健康", "普通劳动力", "县内务工", 6L,
                    true, true, true, "未享受", "不享受", null, null, null, null, null, null);
            services.households().createHousehold(new Household(null, "H-SIGTERM-" + i, village, null, "脱贫户", false,
                    "13800000000", null, null), head, null);
        }
        System.out.println("ready " + services.overview().stats().households());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
