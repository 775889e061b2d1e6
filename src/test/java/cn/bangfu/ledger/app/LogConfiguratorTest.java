package cn.bangfu.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogConfiguratorTest {

    @TempDir
    Path dir;

    @Test
    void logsInfoToTheRollingFileWithJooqAndFlywayAtWarn() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter()); // as SLF4J's binding does
        context.start();
        LogConfigurator.toFileIn(context, dir.toString());
        context.getLogger("cn.bangfu.ledger.store.Ledger").info("Opened 账本");
        context.getLogger("cn.bangfu.ledger.store.Ledger").debug("not this");
        context.getLogger("org.jooq.Constants").info("jOOQ's tip");
        context.getLogger("org.flywaydb.core.Flyway").warn("Flyway warns");
        context.stop();
        String log = Files.readString(dir.resolve("bangfu.log"), StandardCharsets.UTF_8);
        assertThat(log).contains("INFO  [main] cn.bangfu.ledger.store.Ledger - Opened 账本")
                .contains("Flyway warns").doesNotContain("not this").doesNotContain("jOOQ's tip");
        assertThat(log).matches("(?s)\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO .*");
    }

    @Test
    void theTestsOwnLogbackFileWins() {
        LoggerContext context = new LoggerContext();
        var configurator = new LogConfigurator();
        configurator.setContext(context);
        assertThat(configurator.configure(context))
                .isEqualTo(ch.qos.logback.classic.spi.Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
    }
}
