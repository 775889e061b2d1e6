package cn.bangfu.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.bangfu.ledger.model.AuditEntry;
import cn.bangfu.ledger.model.LedgerException;
import cn.bangfu.ledger.model.Village;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write inside a write joins it: committed with the outermost one, or rolled back with it. */
class LedgerNestedWriteTest {

    @TempDir
    Path dir;

    @Test
    void aWriteInsideAWriteIsRolledBackWithTheOuterOne() {
        try (Ledger ledger = Ledger.open(dir.resolve("nested.db"))) {
            assertThatThrownBy(() -> ledger.update(Change.by("外层"), tx -> {
                ledger.update(Change.by("内层"), inner -> inner.villages().add(Village.named("东坑村", 1)));
                assertThat(ledger.<Long>read(v -> v.villages().count())).as("seen inside the outer write").isOne();
                throw new LedgerException("outer fails after the inner write returned");
            })).isInstanceOf(LedgerException.class).hasMessageContaining("outer fails");
            assertThat(ledger.<Long>read(v -> v.villages().count())).isZero();
            assertThat(ledger.<Long>read(v -> v.audit().count())).isZero();
        }
    }

    @Test
    void nestedWritesCommitOnlyWithTheOutermostAndKeepTheirOwnChange() {
        Path file = dir.resolve("commit.db");
        try (Ledger ledger = Ledger.open(file)) {
            ledger.update(Change.by("外层"), tx -> {
                tx.villages().add(Village.named("西岭村", 1));
                ledger.update(Change.by("内层").because("嵌套"), inner -> inner.villages().add(Village.named("东坑村", 2)));
                // another connection sees nothing yet: the inner write did not commit the outer transaction
                assertThat(countFromOutside(file)).isZero();
            });
            assertThat(countFromOutside(file)).isEqualTo(2);
            List<AuditEntry> west = ledger.read(v -> v.audit().ofEntity("village",
                    String.valueOf(v.villages().byName("西岭村").orElseThrow().id())));
            List<AuditEntry> east = ledger.read(v -> v.audit().ofEntity("village",
                    String.valueOf(v.villages().byName("东坑村").orElseThrow().id())));
            assertThat(west).singleElement().satisfies(a -> assertThat(a.operator()).isEqualTo("外层"));
            assertThat(east).singleElement().satisfies(a -> {
                assertThat(a.operator()).isEqualTo("内层");
                assertThat(a.reason()).isEqualTo("嵌套");
            });
        }
    }

    @Test
    void aFailedInnerWriteUndoesOnlyItselfWhenTheOuterCatchesIt() {
        try (Ledger ledger = Ledger.open(dir.resolve("savepoint.db"))) {
            ledger.update(Change.by("外层"), tx -> {
                tx.villages().add(Village.named("西岭村", 1));
                assertThatThrownBy(() -> ledger.update(Change.by("内层"), inner -> {
                    inner.villages().add(Village.named("东坑村", 2));
                    throw new LedgerException("inner fails");
                })).isInstanceOf(LedgerException.class);
            });
            assertThat(ledger.<List<Village>>read(v -> v.villages().list())).extracting(Village::name).containsExactly("西岭村");
        }
    }

    private static long countFromOutside(Path file) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                ResultSet rs = c.createStatement().executeQuery("select count(*) from village")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
