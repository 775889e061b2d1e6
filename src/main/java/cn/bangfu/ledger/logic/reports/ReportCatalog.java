package cn.bangfu.ledger.logic.reports;

import cn.bangfu.ledger.logic.monitoring.MonitoringService;
import cn.bangfu.ledger.logic.reports.excel.ExcelRenderer;
import cn.bangfu.ledger.logic.reports.excel.ReportTemplates;
import cn.bangfu.ledger.logic.reports.forms.EliminationReviewForm;
import cn.bangfu.ledger.logic.reports.forms.FundsPaymentsForm;
import cn.bangfu.ledger.logic.reports.forms.FundsProgressForm;
import cn.bangfu.ledger.logic.reports.forms.HouseholdCardForm;
import cn.bangfu.ledger.logic.reports.forms.MeasuresForm;
import cn.bangfu.ledger.logic.reports.forms.MonitoringMonthlyForm;
import cn.bangfu.ledger.logic.reports.forms.MonitoringRosterForm;
import cn.bangfu.ledger.logic.reports.forms.NationalPersonForm;
import cn.bangfu.ledger.logic.reports.forms.PublicityListForm;
import cn.bangfu.ledger.logic.reports.forms.ReliefRosterForm;
import cn.bangfu.ledger.logic.reports.pdf.PdfRenderer;
import java.nio.file.Path;
import java.util.List;

/**
 * The office's forms in the order the 报表 page, {@code reports} and the pack list them, and the renderers that
 * draw them. A capability adds its forms here (assets later). Renderers are made when an export runs,
 * so a command that exports nothing loads neither POI's writer nor iText.
 */
public final class ReportCatalog {

    private ReportCatalog() {
    }

    /**
     * @param dataFolder the ledger's data folder: its {@code templates/} holds the office's edited templates
     */
    public static ReportService create(FormContext context, MonitoringService monitoring, Path dataFolder) {
        List<ReportForm> forms = List.of(
                new MonitoringMonthlyForm(context),
                new MeasuresForm(context),
                new EliminationReviewForm(context, monitoring),
                new PublicityListForm(context),
                new FundsProgressForm(context),
                new FundsPaymentsForm(context),
                new ReliefRosterForm(context),
                new MonitoringRosterForm(context),
                new NationalPersonForm(context),
                new HouseholdCardForm(context));
        return new ReportService(forms, (format, templates) -> switch (format) {
            case XLSX -> new ExcelRenderer(new ReportTemplates(templates, dataFolder));
            case PDF -> new PdfRenderer();
        }, context::together);
    }
}
