package cn.bangfu.ledger.logic.reports;

/**
 * What every form has: its stable id, its title, whether the month's pack holds it, and the {@link FormContext}
 * its query reads through. A form extends this and writes only its {@link #build}.
 */
public abstract class BaseForm implements ReportForm {

    protected final FormContext context;
    private final String id;
    private final String title;
    private final boolean monthly;

    /**
     * @param id      the stable id ({@code monitoring-monthly})
     * @param title   the form's name (监测对象动态月报)
     * @param monthly whether 一键生成本月报表 includes it
     */
    protected BaseForm(String id, String title, boolean monthly, FormContext context) {
        this.id = id;
        this.title = title;
        this.monthly = monthly;
        this.context = context;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final boolean monthly() {
        return monthly;
    }
}
