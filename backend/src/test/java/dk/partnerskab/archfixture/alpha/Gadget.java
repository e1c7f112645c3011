package dk.partnerskab.archfixture.alpha;

import dk.partnerskab.archfixture.beta.Widget;
import dk.partnerskab.archfixture.beta.WidgetRepository;
import dk.partnerskab.archfixture.beta.WidgetService;

/**
 * Planted violations: alpha reaches into beta's repository, entity and tables. The architecture
 * test must find each of them, and must not object to the call through beta's service.
 */
public class Gadget {

    private final WidgetRepository widgets = new WidgetRepository();
    private final WidgetService service = new WidgetService();

    Widget first() {
        return widgets.find(null).orElse(null);
    }

    long allowed() {
        return service.count();
    }

    String nativeSql() {
        return "select count(*) from widget_part p " + "join widget w on w.id = p.widget_id";
    }

    String jpql() {
        return "select w from Widget w";
    }
}
