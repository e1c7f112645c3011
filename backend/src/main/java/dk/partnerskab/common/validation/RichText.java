package dk.partnerskab.common.validation;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/** Rich text from the editor is kept only as a safe subset of HTML: no scripts, styles or events. */
public final class RichText {

    private static final Safelist ALLOWED =
            Safelist.basic().addTags("h2", "h3", "h4").removeProtocols("a", "href", "ftp");

    private RichText() {}

    public static String sanitise(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, "", ALLOWED, output);
    }
}
