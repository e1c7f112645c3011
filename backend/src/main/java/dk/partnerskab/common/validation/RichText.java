package dk.partnerskab.common.validation;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
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
        Document dirty = Jsoup.parseBodyFragment(html, "");
        // Office's document settings are data, not text: without this their values would show.
        dirty.select("xml, template, noscript").remove();
        Document clean = new Cleaner(ALLOWED).clean(dirty);
        // Word and older browsers write <b> and <i>; the editor writes and shows <strong> and <em>.
        clean.body().select("b").tagName("strong");
        clean.body().select("i").tagName("em");
        clean.outputSettings(new Document.OutputSettings().prettyPrint(false));
        return clean.body().html();
    }
}
