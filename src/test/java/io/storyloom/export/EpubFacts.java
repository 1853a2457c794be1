package io.storyloom.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * An EPUB taken apart the way a reading system does: the ZIP container, the container file, the package
 * document and its manifest and spine, and each XHTML document parsed as XML.
 */
record EpubFacts(Map<String, byte[]> entries, String packagePath, Document packageDocument) {

    static final String OPF = "http://www.idpf.org/2007/opf";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String XHTML = "http://www.w3.org/1999/xhtml";

    /** A manifest item, its href resolved to a path in the ZIP. */
    record Item(String id, String path, String mediaType, String properties) {
    }

    static EpubFacts read(byte[] epub) {
        assertMimetypeFirstAndStored(epub);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                assertThat(entries.put(entry.getName(), zip.readAllBytes())).as("entry %s once", entry.getName()).isNull();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(entries).containsKey("META-INF/container.xml");
        Element rootfile = (Element) xml(entries.get("META-INF/container.xml"))
                .getElementsByTagNameNS("urn:oasis:names:tc:opendocument:xmlns:container", "rootfile").item(0);
        assertThat(rootfile.getAttribute("media-type")).isEqualTo("application/oebps-package+xml");
        String packagePath = rootfile.getAttribute("full-path");
        assertThat(entries).containsKey(packagePath);
        return new EpubFacts(entries, packagePath, xml(entries.get(packagePath)));
    }

    /**
     * OCF: the first local file header names {@code mimetype}, stores it uncompressed with no extra field, and
     * its data is {@code application/epub+zip}.
     */
    static void assertMimetypeFirstAndStored(byte[] epub) {
        var header = ByteBuffer.wrap(epub).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(header.getInt(0)).as("local file header").isEqualTo(0x04034b50);
        assertThat(header.getShort(8)).as("compression method: stored").isZero();
        int nameLength = header.getShort(26);
        int extraLength = header.getShort(28);
        assertThat(new String(epub, 30, nameLength, StandardCharsets.US_ASCII)).isEqualTo("mimetype");
        assertThat(extraLength).as("extra field").isZero();
        assertThat(new String(epub, 30 + nameLength, 20, StandardCharsets.US_ASCII)).isEqualTo("application/epub+zip");
        assertThat(header.getInt(18)).as("compressed size").isEqualTo(20);
    }

    String metadata(String namespace, String name) {
        NodeList nodes = packageDocument.getElementsByTagNameNS(namespace, name);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }

    /** The text of the {@code <meta property="...">} with that property. */
    String metaProperty(String property) {
        NodeList metas = packageDocument.getElementsByTagNameNS(OPF, "meta");
        for (int i = 0; i < metas.getLength(); i++) {
            var meta = (Element) metas.item(i);
            if (property.equals(meta.getAttribute("property"))) {
                return meta.getTextContent();
            }
        }
        return null;
    }

    List<Item> manifest() {
        List<Item> items = new ArrayList<>();
        NodeList nodes = packageDocument.getElementsByTagNameNS(OPF, "item");
        for (int i = 0; i < nodes.getLength(); i++) {
            var item = (Element) nodes.item(i);
            items.add(new Item(item.getAttribute("id"), resolve(packagePath, item.getAttribute("href")),
                    item.getAttribute("media-type"), item.getAttribute("properties")));
        }
        return items;
    }

    List<String> spine() {
        List<String> ids = new ArrayList<>();
        NodeList nodes = packageDocument.getElementsByTagNameNS(OPF, "itemref");
        for (int i = 0; i < nodes.getLength(); i++) {
            ids.add(((Element) nodes.item(i)).getAttribute("idref"));
        }
        return ids;
    }

    /** The XHTML documents in the manifest, parsed; fails on any that is not well-formed XML. */
    Map<String, Document> documents() {
        Map<String, Document> documents = new LinkedHashMap<>();
        for (Item item : manifest()) {
            if (item.mediaType().equals("application/xhtml+xml")) {
                assertThat(entries).as("manifest item %s is in the ZIP", item.path()).containsKey(item.path());
                documents.put(item.path(), xml(entries.get(item.path())));
            }
        }
        return documents;
    }

    /** Every {@code img src} of a document, resolved to a path in the ZIP. */
    static List<String> images(String documentPath, Document document) {
        List<String> paths = new ArrayList<>();
        NodeList images = document.getElementsByTagNameNS(XHTML, "img");
        for (int i = 0; i < images.getLength(); i++) {
            paths.add(resolve(documentPath, ((Element) images.item(i)).getAttribute("src")));
        }
        return paths;
    }

    static String resolve(String base, String href) {
        return URI.create("zip:/" + base).resolve(href).getPath().substring(1);
    }

    static Document xml(byte[] bytes) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("Not well-formed XML: " + e.getMessage(), e);
        }
    }
}
