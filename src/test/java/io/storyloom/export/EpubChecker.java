package io.storyloom.export;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the W3C EPUBCheck in-process and keeps what it says, so a test can show its findings. */
public final class EpubChecker extends MasterReport {

    private final List<String> errors = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    private EpubChecker() {
    }

    /**
     * Checks a file; returns the checker with its findings. EPUBCheck needs Saxon's XSLT; other libraries
     * in the test JVM (WireMock) may have pointed the JAXP lookup elsewhere, so it is pinned for the check.
     */
    public static synchronized EpubChecker check(Path epub) {
        String key = "javax.xml.transform.TransformerFactory";
        String before = System.getProperty(key);
        System.setProperty(key, "net.sf.saxon.TransformerFactoryImpl");
        try {
            var checker = new EpubChecker();
            new EpubCheck(epub.toFile(), checker).doValidate();
            return checker;
        } finally {
            if (before == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, before);
            }
        }
    }

    public List<String> errors() {
        return errors;
    }

    public List<String> warnings() {
        return warnings;
    }

    @Override
    public void message(Message message, EPUBLocation location, Object... args) {
        String text = message.getID() + " " + message.getMessage(args) + " at " + location.getPath() + ":"
                + location.getLine() + ":" + location.getColumn();
        Severity severity = message.getSeverity();
        if (severity == Severity.ERROR || severity == Severity.FATAL) {
            errors.add(text);
        } else if (severity == Severity.WARNING) {
            warnings.add(text);
        }
    }

    @Override
    public void info(String resource, FeatureEnum feature, String value) {
    }

    @Override
    public int generate() {
        return 0;
    }

    @Override
    public void initialize() {
    }
}
