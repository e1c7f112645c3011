package dk.partnerskab.common.http;

import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/** A file sent for download: its name for old and new browsers, never sniffed, never cached. */
public final class Downloads {

    private Downloads() {}

    public static Response attachment(byte[] content, String contentType, String filename) {
        String danish = filename.replace("æ", "ae")
                .replace("ø", "oe")
                .replace("å", "aa")
                .replace("Æ", "Ae")
                .replace("Ø", "Oe")
                .replace("Å", "Aa");
        String ascii = Normalizer.normalize(danish, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9._-]+", "_");
        String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(content, contentType)
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
