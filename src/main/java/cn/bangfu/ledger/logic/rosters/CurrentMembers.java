package cn.bangfu.ledger.logic.rosters;

import cn.bangfu.ledger.model.Member;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A household's current ledger members by the key a roster row is matched on: the ID, else name + document. */
final class CurrentMembers {

    private final Map<String, Member> byId = new HashMap<>();
    private final Map<String, Member> byRawDoc = new HashMap<>();

    CurrentMembers(List<Member> current) {
        for (Member m : current) {
            if (m.idNumber() != null) {
                byId.put(m.idNumber(), m);
            } else if (m.idNumberRaw() != null) {
                byRawDoc.put(m.name() + "|" + m.idNumberRaw(), m);
            }
        }
    }

    /** The ledger member a person of the file is, or null when the file's person is new to the household. */
    Member matchOf(Member fromFile) {
        return fromFile.idNumber() != null ? byId.get(fromFile.idNumber())
                : byRawDoc.get(fromFile.name() + "|" + fromFile.idNumberRaw());
    }
}
