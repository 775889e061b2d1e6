package cn.bangfu.ledger.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FenTest {

    @ParameterizedTest(name = "\"{0}\" → {1} fen")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
            "1234|123400",
            "1,234.5|123450",
            "1234.56|123456",
            "¥1,234.56|123456",
            "￥1,234.56|123456",
            "¥ 1,234.56|123456",
            "-12.3|-1230",
            "-¥12.30|-1230",
            "¥-12.30|-1230",
            "+5|500",
            "０|0",
            "１２３４．５６|123456",
            "１，２３４.５|123450",
            "－１２．３|-1230",
            "  12.3  |1230",
            "\u3000\u00A012.3\t|1230",
            "0|0",
            "-0|0",
            "0.01|1",
            "0.1|10",
            ".5|50",
            "7.|700",
            "12.500|1250",
            "1,234,567.89|123456789",
            "1234567.89|123456789",
            "001|100",
            "92233720368547758.07|9223372036854775807",
            "-92233720368547758.08|-9223372036854775808",
    })
    void parsesYuan(String text, long fen) {
        assertThat(Fen.parseYuan(text)).isEqualTo(new Fen(fen));
    }

    @Test
    void tooManyDecimalsIsRefusedWithAChineseMessage() {
        assertThatThrownBy(() -> Fen.parseYuan("12.345"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("金额最多两位小数：12.345");
        assertThatThrownBy(() -> Fen.parseYuan(" 0.001 "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("金额最多两位小数：0.001");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u3000"})
    void emptyIsRefused(String text) {
        assertThatThrownBy(() -> Fen.parseYuan(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("金额为空");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "abc", "12a", "a12", "1.2.3", "--5", "-¥-5", "+-5", "¥", "-", ".", ",", "1,23", "12,34.5", "1,2345",
            ",123", "123,", "1e5", "1.5E2", "12元", "$12", "NaN", "Infinity", "0x10", "1 2 3 . 4 5 6 7",
    })
    void garbageIsRefused(String text) {
        assertThatThrownBy(() -> Fen.parseYuan(text))
                .isInstanceOf(IllegalArgumentException.class)
                .message().containsPattern("\\p{IsHan}");
    }

    @Test
    void outOfRangeIsRefused() {
        assertThatThrownBy(() -> Fen.parseYuan("92233720368547758.08"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("金额超出范围");
    }

    @ParameterizedTest(name = "{0} fen → \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "0|0.00",
            "5|0.05",
            "-5|-0.05",
            "100|1.00",
            "123456|1,234.56",
            "-123456|-1,234.56",
            "100000000|1,000,000.00",
            "99999|999.99",
            "9223372036854775807|92,233,720,368,547,758.07",
            "-9223372036854775808|-92,233,720,368,547,758.08",
    })
    void formatsYuan(long fen, String expected) {
        assertThat(new Fen(fen).toYuanString()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} fen → {1} 万元")
    @CsvSource(delimiter = '|', value = {
            "123456|0.1235",      // 1,234.56 yuan = 0.123456 万元
            "0|0.0000",
            "1000000|1.0000",     // 10,000 yuan
            "100000000|100.0000",
            "50|0.0001",          // 0.00005 rounds half up
            "49|0.0000",
            "-50|-0.0001",        // HALF_UP is symmetric: away from zero
            "-49|0.0000",
            "12345678900|12345.6789",
            "12345678950|12345.6790",
    })
    void formatsWanYuan(long fen, String expected) {
        assertThat(new Fen(fen).toWanYuanString()).isEqualTo(expected);
    }

    @Test
    void toYuanIsExactWithScaleTwo() {
        assertThat(new Fen(123456).toYuan()).isEqualTo(new BigDecimal("1234.56"));
        assertThat(new Fen(-5).toYuan()).isEqualTo(new BigDecimal("-0.05"));
        assertThat(Fen.ZERO.toYuan()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void roundTripsThroughText() {
        for (long fen : new long[] {0, 1, -1, 99, 100, 123456, -123456, 100000000, Long.MAX_VALUE, Long.MIN_VALUE}) {
            Fen money = new Fen(fen);
            assertThat(Fen.parseYuan(money.toYuanString())).isEqualTo(money);
            assertThat(Fen.parseYuan(money.toYuan().toPlainString())).isEqualTo(money);
        }
    }

    @Test
    void arithmetic() {
        Fen a = Fen.parseYuan("10.05");
        Fen b = Fen.parseYuan("0.10");
        assertThat(a.plus(b)).isEqualTo(new Fen(1015));
        assertThat(a.minus(b)).isEqualTo(new Fen(995));
        assertThat(b.minus(a)).isEqualTo(new Fen(-995));
        assertThat(a.times(12)).isEqualTo(new Fen(12060));
        assertThat(a.times(0)).isEqualTo(Fen.ZERO);
        assertThat(a.times(-1)).isEqualTo(new Fen(-1005));
        assertThat(Fen.ofYuan(1234)).isEqualTo(new Fen(123400));
        assertThat(Fen.ofYuan(-3)).isEqualTo(new Fen(-300));
        assertThat(Fen.ZERO.value()).isZero();
    }

    @Test
    void noFloatingPointDrift() {
        // 0.1 + 0.2 in double is 0.30000000000000004; in fen it is exactly 30
        assertThat(Fen.parseYuan("0.1").plus(Fen.parseYuan("0.2"))).isEqualTo(Fen.parseYuan("0.3"));
        Fen sum = Fen.ZERO;
        for (int i = 0; i < 1000; i++) {
            sum = sum.plus(Fen.parseYuan("0.01"));
        }
        assertThat(sum).isEqualTo(Fen.ofYuan(10));
    }

    @Test
    void overflowThrowsInsteadOfWrapping() {
        Fen max = new Fen(Long.MAX_VALUE);
        assertThatThrownBy(() -> max.plus(new Fen(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> new Fen(Long.MIN_VALUE).minus(new Fen(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> max.times(2)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Fen.ofYuan(Long.MAX_VALUE / 10)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void signAndOrder() {
        assertThat(new Fen(-1).isNegative()).isTrue();
        assertThat(Fen.ZERO.isNegative()).isFalse();
        assertThat(new Fen(1).isNegative()).isFalse();
        assertThat(new Fen(-1)).isLessThan(Fen.ZERO);
        assertThat(Fen.ofYuan(2)).isGreaterThan(Fen.parseYuan("1.99"));
        assertThat(Fen.parseYuan("1.5")).isEqualByComparingTo(new Fen(150));
        assertThat(new Fen(Long.MIN_VALUE)).isLessThan(new Fen(Long.MAX_VALUE));
    }
}
