package io.storyloom.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Download names: ASCII for every client, the real title in UTF-8 for those that read filename*. */
class DownloadNameTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Mia and the Speckled Egg              | Mia-and-the-Speckled-Egg
            Sofía y el huevo moteado              | Sofia-y-el-huevo-moteado
            Ça va, Zoë?                           | Ca-va-Zoe
            Große Füße & Straßen                  | Grosse-Fusse-Strassen
            Łukasz i smok                         | Lukasz-i-smok
            <script>alert(1)</script> & "Co"      | script-alert-1-script-Co
            ../../etc/passwd                      | etc-passwd
            小さな竜                                 | storyloom-book
            '   '                                 | storyloom-book
            """)
    void theAsciiNameKeepsLettersAndDigitsOnly(String title, String expected) {
        assertThat(DownloadName.ascii(title)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Sofía y el huevo                 | Sofia-y-el-huevo.pdf | Sof%C3%ADa%20y%20el%20huevo.pdf
            a/b\\c:d*e?f"g<h>i               | a-b-c-d-e-f-g-h-i.pdf | a%20b%20c%20d%20e%20f%20g%20h%20i.pdf
            Tom & Jerry's 100% fun           | Tom-Jerry-s-100-fun.pdf | Tom%20%26%20Jerry%27s%20100%25%20fun.pdf
            """)
    void theHeaderCarriesBothNames(String title, String ascii, String encoded) {
        assertThat(DownloadName.contentDisposition(title, "pdf"))
                .isEqualTo("attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded);
    }

    @ParameterizedTest(name = "{0} characters")
    @CsvSource({"79", "80", "81", "200"})
    void longTitlesAreShortened(int length) {
        String title = "ab ".repeat(length).substring(0, length);
        assertThat(DownloadName.ascii(title)).hasSizeLessThanOrEqualTo(80).doesNotEndWith("-");
        assertThat(DownloadName.unicode(title).codePointCount(0, DownloadName.unicode(title).length()))
                .isLessThanOrEqualTo(80);
    }
}
