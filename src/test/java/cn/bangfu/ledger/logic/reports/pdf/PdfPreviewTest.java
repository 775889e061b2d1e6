package cn.bangfu.ledger.logic.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfPreviewTest {

    private static byte[] monthly;

    @BeforeAll
    static void render() throws IOException {
        monthly = PdfRendererTest.write(List.of(SampleReports.monthly(150)));
    }

    @Test
    void rendersANonBlankPageOfA4Proportions() throws IOException {
        PdfPreview.Page page = PdfPreview.render(monthly, 1, 50);
        BufferedImage img = page.image();
        assertThat(page.pageCount()).isGreaterThan(2);
        assertThat((double) img.getHeight() / img.getWidth()).isCloseTo(297.0 / 210.0, Offset.offset(0.02));
        assertThat(img.getWidth()).isBetween(410, 416); // 210 mm = 8.27 in at 50 dpi ≈ 413 px
        assertThat(darkPixels(img)).as("dark pixels of text and grid")
                .isGreaterThan(img.getWidth() * img.getHeight() / 50);
        assertThat(img.getRGB(2, 2) & 0xFFFFFF).as("the margin is white").isEqualTo(0xFFFFFF);

        byte[] wide = PdfRendererTest.write(List.of(SampleReports.monthly("横向", 5, true)));
        PdfPreview.Page landscape = PdfPreview.render(wide, 1, 50);
        assertThat(landscape.image().getWidth()).isGreaterThan(landscape.image().getHeight());
        assertThatThrownBy(() -> PdfPreview.render(monthly, page.pageCount() + 1, 50))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rendersAPageOfAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("report.pdf");
        Files.write(file, monthly);
        PdfPreview.Page last = PdfPreview.render(file, 3, 30);
        assertThat(last.page()).isEqualTo(3);
        assertThat(last.image().getWidth()).isBetween(246, 250); // 8.27 in at 30 dpi
        assertThat(PdfPreview.firstPage(file).getWidth()).isBetween(792, 796); // at 96 dpi
    }

    private static int darkPixels(BufferedImage img) {
        int dark = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                if (((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3 < 128) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
