package cn.bangfu.ledger.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumberTest {

    /** Fixed reference date so the tests never depend on the clock. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    /** Published sample (GB 11643 examples): Beijing Chaoyang, born 1949-12-31, female. */
    private static final String SAMPLE = "11010519491231002X";

    /** A valid ID from 17 digits plus their computed check character. */
    private static String id(String first17) {
        return first17 + IdNumber.checkChar(first17);
    }

    /** The same 17 digits with a check character that is certainly wrong. */
    private static String withWrongCheck(String first17) {
        char right = IdNumber.checkChar(first17);
        return first17 + (right == '5' ? '6' : '5');
    }

    private static IdCheck check(String raw) {
        return IdNumber.check(raw, TODAY);
    }

    private static IdCheck.Valid assertValid(String raw) {
        IdCheck result = check(raw);
        assertThat(result).as("check(%s)", raw).isInstanceOf(IdCheck.Valid.class);
        return (IdCheck.Valid) result;
    }

    private static IdCheck.Invalid assertInvalid(String raw, IdProblem problem) {
        IdCheck result = check(raw);
        assertThat(result).as("check(%s)", raw).isInstanceOf(IdCheck.Invalid.class);
        IdCheck.Invalid invalid = (IdCheck.Invalid) result;
        assertThat(invalid.problem()).as("problem for %s: %s", raw, invalid.message()).isEqualTo(problem);
        assertThat(invalid.message()).isNotBlank().containsPattern("\\p{IsHan}");
        return invalid;
    }

    @Nested
    class CheckChar {

        @Test
        void publishedSampleEndsInX() {
            // 1·7+1·9+0·10+1·5+0·8+5·4+1·2+9·1+4·6+9·3+1·7+2·9+3·10+1·5+0·8+0·4+2·2 = 167; 167 mod 11 = 2 → 'X'
            assertThat(IdNumber.checkChar("11010519491231002")).isEqualTo('X');
        }

        /** Only the 17th digit (weight 2) is non-zero, so S = 2d and every residue maps to a known character. */
        @ParameterizedTest(name = "17th digit {0} → {1}")
        @CsvSource({"0,1", "1,X", "2,8", "3,6", "4,4", "5,2", "6,0", "7,9", "8,7", "9,5"})
        void weightTableAndLookupString(char lastDigit, char expected) {
            assertThat(IdNumber.checkChar("0000000000000000" + lastDigit)).isEqualTo(expected);
        }

        @Test
        void firstWeightIsSeven() {
            // S = 7 → "10X98765432".charAt(7) = '5'
            assertThat(IdNumber.checkChar("10000000000000000")).isEqualTo('5');
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "1101051949123100", "110105194912310021", "1101051949123100X", "11010519491231００2"})
        void refusesAnythingButSeventeenAsciiDigits(String input) {
            assertThatThrownBy(() -> IdNumber.checkChar(input)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void refusesNull() {
            assertThatThrownBy(() -> IdNumber.checkChar(null)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Normalise {

        @Test
        void nullStaysNull() {
            assertThat(IdNumber.normalise(null)).isNull();
        }

        static Stream<Arguments> messyInputs() {
            return Stream.of(
                    Arguments.of("already clean", SAMPLE),
                    Arguments.of("lower-case x", "11010519491231002x"),
                    Arguments.of("full-width digits and Ｘ", "１１０１０５１９４９１２３１００２Ｘ"),
                    Arguments.of("full-width ｘ", "11010519491231002ｘ"),
                    Arguments.of("ASCII spaces", " 110105 19491231 002X "),
                    Arguments.of("NBSP", "\u00A0110105\u00A019491231002X\u00A0"),
                    Arguments.of("ideographic space", "\u3000110105\u300019491231002X\u3000"),
                    Arguments.of("tabs and newlines", "\t110105\t19491231002X\r\n"),
                    Arguments.of("zero-width space", "\u200B11010519491231\u200B002X"),
                    Arguments.of("zero-width non-joiner", "11010519491231002\u200CX"),
                    Arguments.of("zero-width joiner", "\u200D11010519491231002X"),
                    Arguments.of("word joiner", "110105\u206019491231002X"),
                    Arguments.of("BOM", "\uFEFF11010519491231002X"),
                    Arguments.of("leading apostrophe", "'11010519491231002X"),
                    Arguments.of("apostrophe after spaces", "  '11010519491231002x"),
                    Arguments.of("leading tab", "\t11010519491231002X"),
                    Arguments.of("everything at once", "\uFEFF '１１０１０５\u00A0１９４９１２３１\u200B００２ｘ\t"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("messyInputs")
        void cleansToTheSample(String why, String raw) {
            assertThat(IdNumber.normalise(raw)).isEqualTo(SAMPLE);
            IdCheck.Valid valid = assertValid(raw);
            assertThat(valid.id().value()).isEqualTo(SAMPLE);
            assertThat(valid.upgradedFrom15()).isFalse();
            assertThat(valid.fromDisabilityCert()).isFalse();
        }

        @Test
        void onlyOneLeadingApostropheIsAMarker() {
            assertThat(IdNumber.normalise("''1")).isEqualTo("'1");
            assertThat(IdNumber.normalise("1'2")).isEqualTo("1'2");
            assertInvalid("1101051949'1231002X", IdProblem.FORMAT);
        }

        @Test
        void leavesOtherCharactersAlone() {
            assertThat(IdNumber.normalise("4.41522e+17")).isEqualTo("4.41522e+17");
            assertThat(IdNumber.normalise("abc")).isEqualTo("abc");
        }
    }

    @Nested
    class ValidIds {

        @ParameterizedTest
        @ValueSource(strings = {
                SAMPLE,
                "11000019000101001", // earliest allowed birth date
                "44152219900101100", // check char happens to be 0
                "37152219900101123",
                "65010120000229456", // Feb 29 of a leap year divisible by 400
                "83000019880808000", // HK/Macao/Taiwan residence permit prefix
                "71000019700101000",
                "81000019700101000",
                "82000019700101000",
                "46000020261123000", // born today
        })
        void acceptsWellFormedIds(String raw) {
            String full = raw.length() == 17 ? id(raw) : raw;
            IdCheck.Valid valid = assertValid(full);
            assertThat(valid.id().value()).isEqualTo(full);
            assertThat(IdNumber.isValid(full)).isTrue();
        }

        @Test
        void everyProvinceCodeIsAccepted() {
            for (String province : new String[] {"11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33",
                    "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61",
                    "62", "63", "64", "65", "71", "81", "82", "83"}) {
                assertValid(id(province + "010219800101123"));
            }
        }

        @Test
        void parseReturnsTheId() {
            assertThat(IdNumber.parse(" 11010519491231002x ")).isEqualTo(new IdNumber(SAMPLE));
        }

        @Test
        void oneArgumentCheckUsesToday() {
            assertThat(IdNumber.check(SAMPLE)).isInstanceOf(IdCheck.Valid.class);
            assertThat(IdNumber.check(SAMPLE).isValid()).isTrue();
        }
    }

    @Nested
    class Checksum {

        @Test
        void wrongCheckCharIsAChecksumProblemWithAHelpfulMessage() {
            IdCheck.Invalid invalid = assertInvalid("110105194912310025", IdProblem.CHECKSUM);
            assertThat(invalid.message()).isEqualTo("校验位错误：按号码前17位应为 X，实际为 5，请核对原始证件");
        }

        @Test
        void xWhereADigitBelongs() {
            String first17 = "37152219900101121";
            assertThat(IdNumber.checkChar(first17)).isNotEqualTo('X');
            IdCheck.Invalid invalid = assertInvalid(first17 + "X", IdProblem.CHECKSUM);
            assertThat(invalid.message()).contains("实际为 X");
        }

        @Test
        void singleDigitTypoIsCaught() {
            // swap one digit of the sample (1949 → 1948)
            assertInvalid("11010519481231002X", IdProblem.CHECKSUM);
        }
    }

    @Nested
    class Truncation {

        @ParameterizedTest
        @ValueSource(strings = {
                "4.41522E+17",
                "4.41522199001011E17",
                "4.41522199001011E+17",
                "4.41522e+17",
                "4.41522e17",
                "1.10105E+17",
                " 4.41522E+17 ",
                "4.41522E-17",
        })
        void scientificNotationMeansDigitsAreLost(String raw) {
            IdCheck.Invalid invalid = assertInvalid(raw, IdProblem.TRUNCATED);
            assertThat(invalid.message()).contains("科学计数法", "丢失", "文本", "原始证件");
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "441522199001011000.0",
                "441522199001011234.0",
                "11010519491231002.0",
                "1101051949123100.0",
                "441522199001011000.00",
        })
        void decimalRenderingOfSixteenOrMoreDigitsMeansDigitsAreLost(String raw) {
            IdCheck.Invalid invalid = assertInvalid(raw, IdProblem.TRUNCATED);
            assertThat(invalid.message()).contains("丢失", "原始证件");
        }

        @Test
        void decimalRenderingOfALegacyNumberIsAFormatProblemNotGuessed() {
            IdCheck.Invalid invalid = assertInvalid("110105491231002.0", IdProblem.FORMAT);
            assertThat(invalid.message()).contains("小数", "文本");
        }

        @Test
        void zeroTailWithFailingChecksumIsTruncation() {
            String first17 = "37152219900101100";
            assertThat(IdNumber.checkChar(first17)).isNotEqualTo('0');
            IdCheck.Invalid invalid = assertInvalid(first17 + "0", IdProblem.TRUNCATED);
            assertThat(invalid.message()).contains("000", "Excel", "原始证件");
        }

        @Test
        void zeroTailWithCorrectChecksumIsValid() {
            assertThat(IdNumber.checkChar("44152219900101100")).isEqualTo('0');
            assertValid("441522199001011000");
        }

        @Test
        void zeroTailOnlyCountsWhenTheChecksumFails() {
            // 990 tail with a bad checksum is an ordinary checksum error
            String first17 = "37152219900101199";
            assertThat(IdNumber.checkChar(first17)).isNotEqualTo('0');
            assertInvalid(first17 + "0", IdProblem.CHECKSUM);
        }

        @Test
        void zeroTailWithAnImpossibleDateIsStillAFormatProblem() {
            assertInvalid("371522199002301000", IdProblem.FORMAT);
        }
    }

    @Nested
    class LegacyFifteen {

        @Test
        void upgradesThePublishedSample() {
            IdCheck.Valid valid = assertValid("110105491231002");
            assertThat(valid.id().value()).isEqualTo(SAMPLE);
            assertThat(valid.upgradedFrom15()).isTrue();
            assertThat(valid.fromDisabilityCert()).isFalse();
            assertThat(IdNumber.parse("110105491231002")).isEqualTo(new IdNumber(SAMPLE));
        }

        @Test
        void upgradesAfterNormalisation() {
            assertThat(assertValid(" １１０１０５４９１２３１００２ ").id().value()).isEqualTo(SAMPLE);
        }

        @Test
        void upgradeComputesTheCheckChar() {
            IdCheck.Valid valid = assertValid("371522900101123");
            assertThat(valid.id().value()).isEqualTo(id("37152219900101123"));
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "990105491231002", // bad prefix
                "110105491331002", // month 13
                "110105490230002", // Feb 30
                "110105000229002", // 1900 is not a leap year
                "11010549123100X", // legacy numbers have no check char
                "11010549123100a",
        })
        void refusesBadLegacyNumbers(String raw) {
            assertInvalid(raw, IdProblem.FORMAT);
        }

        @Test
        void leapDayIn1996IsFine() {
            assertValid("110105960229002");
        }
    }

    @Nested
    class DisabilityCertificate {

        @ParameterizedTest
        @ValueSource(strings = {"11", "14", "71", "74", "32"})
        void idPlusCategoryAndGrade(String suffix) {
            IdCheck.Valid valid = assertValid(SAMPLE + suffix);
            assertThat(valid.id().value()).isEqualTo(SAMPLE);
            assertThat(valid.fromDisabilityCert()).isTrue();
            assertThat(valid.upgradedFrom15()).isFalse();
        }

        @Test
        void normalisedFirst() {
            assertThat(assertValid(" 11010519491231002x 2 3").id().value()).isEqualTo(SAMPLE);
        }

        @ParameterizedTest
        @ValueSource(strings = {"01", "81", "91", "10", "15", "70", "79"})
        void categoryMustBeOneToSevenAndGradeOneToFour(String suffix) {
            IdCheck.Invalid invalid = assertInvalid(SAMPLE + suffix, IdProblem.FORMAT);
            assertThat(invalid.message()).contains("残疾");
        }

        @Test
        void idPartIsFullyChecked() {
            IdCheck.Invalid invalid = assertInvalid("11010519491231002511", IdProblem.CHECKSUM);
            assertThat(invalid.message()).contains("残疾人证号", "应为 X，实际为 5");
            assertInvalid("99010519491231002X11", IdProblem.FORMAT);
        }

        @ParameterizedTest
        @ValueSource(strings = {SAMPLE + "1A", SAMPLE + "A1", "1101051949123100X211"})
        void nonDigitsAreFormatProblems(String raw) {
            assertInvalid(raw, IdProblem.FORMAT);
        }
    }

    @Nested
    class FormatProblems {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "\t\n", "\u3000\u00A0", "\u200B\uFEFF", "'"})
        void emptyInput(String raw) {
            IdCheck.Invalid invalid = assertInvalid(raw, IdProblem.FORMAT);
            assertThat(invalid.message()).isEqualTo("证件号码为空");
        }

        @ParameterizedTest(name = "prefix {0}")
        @ValueSource(strings = {"00", "10", "16", "20", "24", "30", "38", "40", "47", "55", "60", "66", "70", "72",
                "80", "84", "90", "91", "99"})
        void unknownProvinceCode(String prefix) {
            IdCheck.Invalid invalid = assertInvalid(id(prefix + "010519491231002"), IdProblem.FORMAT);
            assertThat(invalid.message()).contains("“" + prefix + "”", "地址码");
        }

        static Stream<Arguments> birthDates() {
            return Stream.of(
                    Arguments.of("20000229", true),  // divisible by 400: leap
                    Arguments.of("20040229", true),  // divisible by 4: leap
                    Arguments.of("19960229", true),
                    Arguments.of("19000229", false), // divisible by 100 only: not leap
                    Arguments.of("20010229", false),
                    Arguments.of("20230229", false),
                    Arguments.of("19900230", false),
                    Arguments.of("19900431", false),
                    Arguments.of("19901301", false),
                    Arguments.of("19900001", false),
                    Arguments.of("19900100", false),
                    Arguments.of("19900132", false),
                    Arguments.of("19000101", true),
                    Arguments.of("18991231", false), // before 1900
                    Arguments.of("08800101", false),
                    Arguments.of("20261123", true),  // today
                    Arguments.of("20261124", false), // tomorrow
                    Arguments.of("20991231", false));
        }

        @ParameterizedTest(name = "{0} valid={1}")
        @MethodSource("birthDates")
        void birthDateRules(String yyyymmdd, boolean valid) {
            String full = id("110105" + yyyymmdd + "123");
            if (valid) {
                assertThat(assertValid(full).id().birthDate())
                        .isEqualTo(LocalDate.of(Integer.parseInt(yyyymmdd.substring(0, 4)),
                                Integer.parseInt(yyyymmdd.substring(4, 6)), Integer.parseInt(yyyymmdd.substring(6))));
            } else {
                assertThat(assertInvalid(full, IdProblem.FORMAT).message()).contains("出生日期");
            }
        }

        @Test
        void futureBirthDateMessageNamesTheDate() {
            assertThat(assertInvalid(id("11010520300101123"), IdProblem.FORMAT).message()).contains("2030-01-01", "晚于");
        }

        @Test
        void futureRuleFollowsTheGivenDate() {
            String bornIn2030 = id("11010520300101123");
            assertThat(IdNumber.check(bornIn2030, LocalDate.of(2030, 1, 1)).isValid()).isTrue();
            assertThat(IdNumber.check(bornIn2030, LocalDate.of(2029, 12, 31)).isValid()).isFalse();
            assertThat(IdNumber.check(id("11010521000101123")).isValid()).as("one-arg form uses the clock").isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "1",
                "1101051949123",
                "1101051949123100",       // 16
                "11010519491231002",      // 17
                "11010519491231002X1",    // 19
                "11010519491231002X111",  // 21
                "11010519491231002X12345",
                "11010519491231002Y",
                "1101051949123100X2",     // X not last
                "X10105194912310021",
                "11010519491231002-",
                "110105-19491231-002X",
                "11010519491231OO2X",     // letters O for zeros
                "abcdefghijklmnopqr",
                "11010549123100",         // 14
                "4.41522",
                "１１０１０５１９４９１２３１００２Ｙ",
        })
        void anythingElseIsAFormatProblem(String raw) {
            assertInvalid(raw, IdProblem.FORMAT);
            assertThat(IdNumber.isValid(raw)).isFalse();
        }

        @Test
        void wrongLengthMessageSaysHowLong() {
            assertThat(assertInvalid("11010519491231002", IdProblem.FORMAT).message()).contains("17位", "18位");
        }

        @Test
        void parseThrowsWithTheChineseMessage() {
            assertThatThrownBy(() -> IdNumber.parse("110105194912310025"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("校验位错误：按号码前17位应为 X，实际为 5，请核对原始证件");
            assertThatThrownBy(() -> IdNumber.parse("4.41522E+17"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("科学计数法");
            assertThatThrownBy(() -> IdNumber.parse(null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("证件号码为空");
        }
    }

    @Nested
    class Record {

        @Test
        void acceptsACanonicalValue() {
            IdNumber id = new IdNumber(SAMPLE);
            assertThat(id.value()).isEqualTo(SAMPLE);
            assertThat(id).isEqualTo(IdNumber.parse(SAMPLE)).hasSameHashCodeAs(IdNumber.parse(SAMPLE));
            assertThat(id.toString()).isEqualTo(SAMPLE);
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "11010519491231002x",     // not normalised
                " 11010519491231002X",    // not normalised
                "１１０１０５１９４９１２３１００２Ｘ",
                "110105491231002",        // legacy form must go through check()
                "11010519491231002X11",   // certificate number must go through check()
                "110105194912310025",     // checksum
                "990105194912310025",     // prefix
                "110105194902300021",     // date
                "",
        })
        void refusesAnythingElse(String value) {
            assertThatThrownBy(() -> new IdNumber(value)).isInstanceOf(IllegalArgumentException.class)
                    .message().containsPattern("\\p{IsHan}");
        }

        @Test
        void refusesNull() {
            assertThatThrownBy(() -> new IdNumber(null)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("证件号码为空");
        }

        @Test
        void constructorDoesNotApplyTheClockRule() {
            // the future rule needs a reference date, so it belongs to check(raw, today), not to the value type
            String bornIn2099 = id("11010520990101123");
            assertThat(new IdNumber(bornIn2099).birthDate()).isEqualTo(LocalDate.of(2099, 1, 1));
        }
    }

    @Nested
    class DerivedFacts {

        private final IdNumber sample = new IdNumber(SAMPLE);

        @Test
        void addressAndBirthDate() {
            assertThat(sample.addressCode()).isEqualTo("110105");
            assertThat(sample.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        }

        @ParameterizedTest(name = "17th digit {0} → {1}")
        @CsvSource({"0,2", "1,1", "2,2", "3,1", "4,2", "5,1", "6,2", "7,1", "8,2", "9,1"})
        void genderFromSeventeenthDigit(char digit, String expected) {
            assertThat(new IdNumber(id("1101051980010112" + digit)).genderCode()).isEqualTo(expected);
        }

        @Test
        void sampleIsFemale() {
            assertThat(sample.genderCode()).isEqualTo("2");
        }

        @ParameterizedTest(name = "on {0}: {1}")
        @CsvSource({
                "1949-12-31, 0",
                "1950-12-30, 0",
                "1950-12-31, 1",
                "2026-11-23, 76",
                "2026-12-30, 76",
                "2026-12-31, 77",
        })
        void ageInCompletedYears(LocalDate on, int expected) {
            assertThat(sample.ageOn(on)).isEqualTo(expected);
        }

        @Test
        void leapDayBabyAgesOnMarchFirstInCommonYears() {
            IdNumber leap = new IdNumber(id("11010520000229123"));
            assertThat(leap.ageOn(LocalDate.of(2001, 2, 28))).isZero();
            assertThat(leap.ageOn(LocalDate.of(2001, 3, 1))).isEqualTo(1);
            assertThat(leap.ageOn(LocalDate.of(2004, 2, 29))).isEqualTo(4);
        }

        @Test
        void ageBeforeBirthIsRefused() {
            assertThatThrownBy(() -> sample.ageOn(LocalDate.of(1949, 12, 30))).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void maskedKeepsFirstSixAndLastFour() {
            assertThat(sample.masked()).isEqualTo("110105********002X").hasSize(18);
            String other = id("37152219900101123");
            assertThat(new IdNumber(other).masked()).isEqualTo("371522********" + other.substring(14));
        }
    }

    @Nested
    class Problems {

        @ParameterizedTest
        @CsvSource({"FORMAT, ID_FORMAT, 格式错误", "CHECKSUM, ID_CHECKSUM, 校验位错误", "TRUNCATED, ID_TRUNCATED, 号码被Excel截断"})
        void codesAndLabels(IdProblem problem, String code, String label) {
            assertThat(problem.code()).isEqualTo(code);
            assertThat(problem.label()).isEqualTo(label);
        }

        @ParameterizedTest
        @EnumSource(IdProblem.class)
        void codeFitsTheIdFlagColumnConvention(IdProblem problem) {
            assertThat(problem.code()).startsWith("ID_").isEqualTo("ID_" + problem.name());
        }
    }
}
