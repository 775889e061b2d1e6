package cn.bangfu.ledger.model;

/**
 * The member through whom a household matched a search (not its current head, who is shown anyway).
 *
 * @param relation the relation to the head (之子, 配偶, …), or null
 * @param left     the member has left the household (members who left can still be found)
 */
public record MemberMatch(String name, String relation, boolean left) {
}
