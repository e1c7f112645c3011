package dk.partnerskab.archfixture.beta;

/** The one way into beta that other features may take. */
public class WidgetService {

    public long count() {
        return 0;
    }
}
