<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AllSpeakersHighlighter</name>
    <message>
        <source>Unattributed</source>
        <translation>Nicht zugeordnet</translation>
    </message>
</context>
<context>
    <name>ArticleLoader</name>
    <message>
        <source>plain text</source>
        <translation>reiner Text</translation>
    </message>
    <message>
        <source>web page</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>news feed</source>
        <translation>Nachrichten-Feed</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>No file name given.</source>
        <translation>Kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Dies ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>This is not a regular file (a pipe, socket or device); Saywho only opens files.</source>
        <translation>Dies ist keine gewöhnliche Datei (sondern eine Pipe, ein Socket oder ein Gerät); Saywho öffnet nur Dateien.</translation>
    </message>
    <message>
        <source>You do not have permission to read this file.</source>
        <translation>Sie haben keine Berechtigung, diese Datei zu lesen.</translation>
    </message>
    <message>
        <source>The file is %1 MB; Saywho opens articles up to %2 MB.</source>
        <translation>Die Datei ist %1 MB groß; Saywho öffnet Artikel bis %2 MB.</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>Die Datei konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>Saywho cannot read this kind of file (%1).</source>
        <translation>Saywho kann diese Art von Datei nicht lesen (%1).</translation>
    </message>
    <message>
        <source>The file holds no text, only white space.</source>
        <translation>Die Datei enthält keinen Text, nur Leerraum.</translation>
    </message>
    <message>
        <source>The file holds no text.</source>
        <translation>Die Datei enthält keinen Text.</translation>
    </message>
    <message>
        <source>feed entry</source>
        <translation>Feed-Eintrag</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>Das Laden wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Saywho cannot read this file: it holds binary data, not text.</source>
        <translation>Saywho kann diese Datei nicht lesen: Sie enthält Binärdaten, keinen Text.</translation>
    </message>
    <message>
        <source>Saywho cannot read this file: it holds binary data (%1), not text.</source>
        <translation>Saywho kann diese Datei nicht lesen: Sie enthält Binärdaten (%1), keinen Text.</translation>
    </message>
    <message>
        <source>The file ends in the middle of a character; that character was left out.</source>
        <translation>Die Datei endet mitten in einem Zeichen; dieses Zeichen wurde ausgelassen.</translation>
    </message>
    <message>
        <source>Some bytes were not valid UTF-8 and were read as Windows-1252.</source>
        <translation>Einige Bytes waren kein gültiges UTF-8 und wurden als Windows-1252 gelesen.</translation>
    </message>
    <message>
        <source>The page holds no readable text.</source>
        <translation>Die Seite enthält keinen lesbaren Text.</translation>
    </message>
    <message>
        <source>The feed holds no entries.</source>
        <translation>Der Feed enthält keine Einträge.</translation>
    </message>
    <message>
        <source>This XML file is neither a news feed nor an article.</source>
        <translation>Diese XML-Datei ist weder ein Nachrichten-Feed noch ein Artikel.</translation>
    </message>
    <message>
        <source>The path loops through symbolic links.</source>
        <translation>Der Pfad führt im Kreis durch symbolische Verknüpfungen.</translation>
    </message>
    <message>
        <source>The file name is too long.</source>
        <translation>Der Dateiname ist zu lang.</translation>
    </message>
    <message>
        <source>The file declares no encoding and is not UTF-8; it was read as %1, which it looks like (View › Encoding reads it in another).</source>
        <translation>Die Datei gibt keine Kodierung an und ist kein UTF-8; sie wurde als %1 gelesen, wonach sie aussieht (Ansicht › Zeichenkodierung liest sie in einer anderen).</translation>
    </message>
    <message>
        <source>Read as %1, as chosen in View › Encoding.</source>
        <translation>Als %1 gelesen, wie unter Ansicht › Zeichenkodierung gewählt.</translation>
    </message>
    <message>
        <source>This page is not an article: it is mostly links, as a front page, an index or search results are. Open one of the articles it lists instead.</source>
        <translation>Diese Seite ist kein Artikel: Sie besteht vor allem aus Links, wie eine Startseite, ein Verzeichnis oder Suchergebnisse. Öffnen Sie stattdessen einen der Artikel, die sie aufführt.</translation>
    </message>
    <message>
        <source>web archive (MHTML)</source>
        <translation>Webarchiv (MHTML)</translation>
    </message>
</context>
<context>
    <name>ArticlePrinter</name>
    <message>
        <source>The sample article of Saywho</source>
        <translation>Der Beispielartikel von Saywho</translation>
    </message>
    <message>
        <source>Unattributed</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Artikel ohne Titel</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Gedruckt am %1</translation>
    </message>
    <message>
        <source>Highlighted: %1</source>
        <translation>Hervorgehoben: %1</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Druckvorschau</translation>
    </message>
</context>
<context>
    <name>ArticleSession</name>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <source>Reloading %1…</source>
        <translation>%1 wird neu geladen …</translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation>„%1“ wird geöffnet …</translation>
    </message>
    <message>
        <source>%1 was removed; showing the last version read.</source>
        <translation>%1 wurde entfernt; die zuletzt gelesene Fassung wird angezeigt.</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Copy Quote with &amp;Attribution</source>
        <translation>Zitat mit &amp;Quellenangabe kopieren</translation>
    </message>
    <message>
        <source>Copy Quote as &amp;Plain Text</source>
        <translation>Zitat als &amp;reinen Text kopieren</translation>
    </message>
    <message>
        <source>&amp;Show in Speaker List</source>
        <translation>In der &amp;Sprecherliste zeigen</translation>
    </message>
</context>
<context>
    <name>EncodingMenu</name>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>Unicode-Kodierung (UTF-8)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16LE)</source>
        <translation>Unicode-Kodierung (UTF-16LE)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16BE)</source>
        <translation>Unicode-Kodierung (UTF-16BE)</translation>
    </message>
    <message>
        <source>Western (Windows-1252)</source>
        <translation>Westeuropäisch (Windows-1252)</translation>
    </message>
    <message>
        <source>Western (ISO-8859-15)</source>
        <translation>Westeuropäisch (ISO-8859-15)</translation>
    </message>
    <message>
        <source>Central European (Windows-1250)</source>
        <translation>Mitteleuropäisch (Windows-1250)</translation>
    </message>
    <message>
        <source>Central European (ISO-8859-2)</source>
        <translation>Mitteleuropäisch (ISO-8859-2)</translation>
    </message>
    <message>
        <source>Cyrillic (Windows-1251)</source>
        <translation>Kyrillisch (Windows-1251)</translation>
    </message>
    <message>
        <source>Cyrillic (KOI8-R)</source>
        <translation>Kyrillisch (KOI8-R)</translation>
    </message>
    <message>
        <source>Cyrillic (KOI8-U)</source>
        <translation>Kyrillisch (KOI8-U)</translation>
    </message>
    <message>
        <source>Greek (Windows-1253)</source>
        <translation>Griechisch (Windows-1253)</translation>
    </message>
    <message>
        <source>Turkish (Windows-1254)</source>
        <translation>Türkisch (Windows-1254)</translation>
    </message>
    <message>
        <source>Baltic (Windows-1257)</source>
        <translation>Baltisch (Windows-1257)</translation>
    </message>
    <message>
        <source>Hebrew (Windows-1255)</source>
        <translation>Hebräisch (Windows-1255)</translation>
    </message>
    <message>
        <source>Arabic (Windows-1256)</source>
        <translation>Arabisch (Windows-1256)</translation>
    </message>
    <message>
        <source>Vietnamese (Windows-1258)</source>
        <translation>Vietnamesisch (Windows-1258)</translation>
    </message>
    <message>
        <source>Japanese (Shift_JIS)</source>
        <translation>Japanisch (Shift_JIS)</translation>
    </message>
    <message>
        <source>Japanese (EUC-JP)</source>
        <translation>Japanisch (EUC-JP)</translation>
    </message>
    <message>
        <source>Chinese, Simplified (GB18030)</source>
        <translation>Chinesisch, vereinfacht (GB18030)</translation>
    </message>
    <message>
        <source>Chinese, Traditional (Big5)</source>
        <translation>Chinesisch, traditionell (Big5)</translation>
    </message>
    <message>
        <source>Korean (EUC-KR)</source>
        <translation>Koreanisch (EUC-KR)</translation>
    </message>
    <message>
        <source>&amp;Automatic</source>
        <translation>&amp;Automatisch</translation>
    </message>
    <message>
        <source>Read the file in the encoding it declares, or the one it looks like</source>
        <translation>Die Datei in der Kodierung lesen, die sie angibt oder nach der sie aussieht</translation>
    </message>
    <message>
        <source>Read the file again as %1</source>
        <translation>Die Datei erneut als %1 lesen</translation>
    </message>
</context>
<context>
    <name>ExportDialogs</name>
    <message>
        <source>Export Speaker&apos;s Quotes</source>
        <translation>Zitate des Sprechers exportieren</translation>
    </message>
    <message>
        <source>Export Quotes</source>
        <translation>Zitate exportieren</translation>
    </message>
    <message>
        <source>Saved the quotes to %1.</source>
        <translation>Die Zitate wurden in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The quotes could not be saved: %1</source>
        <translation>Die Zitate konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>No speaker is selected.</source>
        <translation>Kein Sprecher ist ausgewählt.</translation>
    </message>
    <message>
        <source>The article has no quotes.</source>
        <translation>Der Artikel enthält keine Zitate.</translation>
    </message>
    <message>
        <source>Print Article</source>
        <translation>Artikel drucken</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 wurde gespeichert.</translation>
    </message>
    <message>
        <source>The PDF file could not be saved.</source>
        <translation>Die PDF-Datei konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source> – %1 quotes.csv</source>
        <comment>after the article&apos;s title</comment>
        <translation> – %1 Zitate.csv</translation>
    </message>
    <message>
        <source> quotes.csv</source>
        <comment>after the article&apos;s title</comment>
        <translation> Zitate.csv</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
</context>
<context>
    <name>FeedEntryModel</name>
    <message>
        <source>Untitled entry</source>
        <translation>Eintrag ohne Titel</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>FeedPanel</name>
    <message>
        <source>Feed entries</source>
        <translation>Feed-Einträge</translation>
    </message>
</context>
<context>
    <name>FeedParser</name>
    <message>
        <source>Its entities expand to far more text than the file holds, so it was not read.</source>
        <translation>Ihre Entitäten ergäben weit mehr Text, als die Datei enthält; daher wurde sie nicht gelesen.</translation>
    </message>
    <message>
        <source>This XML file is not a news feed (its root element is &lt;%1&gt;).</source>
        <translation>Diese XML-Datei ist kein Nachrichten-Feed (ihr Wurzelelement ist &lt;%1&gt;).</translation>
    </message>
    <message>
        <source>The file holds no XML.</source>
        <translation>Die Datei enthält kein XML.</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>The feed is not well-formed XML (%1)</source>
        <translation>Der Feed ist kein wohlgeformtes XML (%1)</translation>
    </message>
    <message numerus="yes">
        <source>The feed is not well-formed XML (%1); it was read after %n repair(s) of stray &quot;&amp;&quot;, bad bytes or control characters.</source>
        <translation>
            <numerusform>Der Feed ist kein wohlgeformtes XML (%1); er wurde nach %n Reparatur von verirrten &quot;&amp;&quot;, fehlerhaften Bytes oder Steuerzeichen gelesen.</numerusform>
            <numerusform>Der Feed ist kein wohlgeformtes XML (%1); er wurde nach %n Reparaturen von verirrten &quot;&amp;&quot;, fehlerhaften Bytes oder Steuerzeichen gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The feed is damaged (%1): only the %n entries before the damage were read.</source>
        <translation>
            <numerusform>Der Feed ist beschädigt (%1): Nur %n Eintrag vor der beschädigten Stelle wurde gelesen.</numerusform>
            <numerusform>Der Feed ist beschädigt (%1): Nur die %n Einträge vor der beschädigten Stelle wurden gelesen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedReader</name>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>This entry could not be stored in the library.</source>
        <translation>Dieser Eintrag ließ sich nicht in der Bibliothek speichern.</translation>
    </message>
    <message>
        <source>Subscriptions (%1)</source>
        <translation>Abonnements (%1)</translation>
    </message>
    <message>
        <source>Subscribed to %1.</source>
        <translation>%1 abonniert.</translation>
    </message>
    <message>
        <source>&amp;Subscribe…</source>
        <translation>&amp;Abonnieren…</translation>
    </message>
    <message>
        <source>Subscribe to a feed by its address, or by the address of a page that names it</source>
        <translation>Einen Feed über seine Adresse abonnieren oder über die Adresse einer Seite, die ihn nennt</translation>
    </message>
    <message>
        <source>Open &amp;Address…</source>
        <translation>&amp;Webadresse öffnen…</translation>
    </message>
    <message>
        <source>Open an article or a feed from a web address</source>
        <translation>Einen Artikel oder einen Feed von einer Webadresse öffnen</translation>
    </message>
    <message>
        <source>&amp;Refresh Feed</source>
        <translation>Feed &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Fetch the chosen feed (or the feeds of the chosen folder) now; F5 in the feed list</source>
        <translation>Den gewählten Feed (oder die Feeds des gewählten Ordners) jetzt abrufen; F5 in der Feedliste</translation>
    </message>
    <message>
        <source>Refresh &amp;All Feeds</source>
        <translation>A&amp;lle Feeds aktualisieren</translation>
    </message>
    <message>
        <source>Fetch every subscription now</source>
        <translation>Alle Abonnements jetzt abrufen</translation>
    </message>
    <message>
        <source>&amp;Mark Feed as Read</source>
        <translation>Feed als &amp;gelesen markieren</translation>
    </message>
    <message>
        <source>Mark every entry of the chosen feed or folder as read</source>
        <translation>Alle Einträge des gewählten Feeds oder Ordners als gelesen markieren</translation>
    </message>
    <message>
        <source>Mark A&amp;ll as Read</source>
        <translation>Alle als gelesen &amp;markieren</translation>
    </message>
    <message>
        <source>Mark every entry of every feed as read</source>
        <translation>Alle Einträge aller Feeds als gelesen markieren</translation>
    </message>
    <message>
        <source>&amp;New Folder…</source>
        <translation>&amp;Neuer Ordner…</translation>
    </message>
    <message>
        <source>Make a folder for subscriptions</source>
        <translation>Einen Ordner für Abonnements anlegen</translation>
    </message>
    <message>
        <source>R&amp;ename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Rename the chosen feed or folder</source>
        <translation>Den gewählten Feed oder Ordner umbenennen</translation>
    </message>
    <message>
        <source>Mo&amp;ve to Folder…</source>
        <translation>In &amp;Ordner verschieben…</translation>
    </message>
    <message>
        <source>Put the chosen feed in a folder</source>
        <translation>Den gewählten Feed in einen Ordner legen</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe…</source>
        <translation>Abonnement &amp;kündigen…</translation>
    </message>
    <message>
        <source>Stop following the chosen feed (its articles stay in the library), or delete the folder</source>
        <translation>Dem gewählten Feed nicht mehr folgen (seine Artikel bleiben in der Bibliothek) oder den Ordner löschen</translation>
    </message>
    <message>
        <source>Open in &amp;Browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
    <message>
        <source>Open the entry&apos;s original page in the web browser</source>
        <translation>Die Originalseite des Eintrags im Webbrowser öffnen</translation>
    </message>
    <message>
        <source>Refresh &amp;Interval…</source>
        <translation>Aktualisierungs&amp;intervall…</translation>
    </message>
    <message>
        <source>How often the subscriptions are refreshed</source>
        <translation>Wie oft die Abonnements aktualisiert werden</translation>
    </message>
    <message>
        <source>Su&amp;bscriptions</source>
        <translation>Abonne&amp;ments zeigen</translation>
    </message>
    <message>
        <source>Show or hide the subscriptions</source>
        <translation>Die Abonnements zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Open Address</source>
        <translation>Webadresse öffnen</translation>
    </message>
    <message>
        <source>Address of an article or a feed:</source>
        <translation>Adresse eines Artikels oder eines Feeds:</translation>
    </message>
    <message>
        <source>Only http and https addresses can be opened.</source>
        <translation>Nur http- und https-Adressen lassen sich öffnen.</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>%1 wird abgerufen…</translation>
    </message>
    <message>
        <source>Cannot Open Address</source>
        <translation>Adresse lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>Saywho cannot open %1.</source>
        <translation>Saywho kann %1 nicht öffnen.</translation>
    </message>
    <message>
        <source>The article could not be kept in the library.</source>
        <translation>Der Artikel ließ sich nicht in der Bibliothek aufbewahren.</translation>
    </message>
    <message>
        <source>The clipboard holds no web address to subscribe to.</source>
        <translation>In der Zwischenablage ist keine Webadresse zum Abonnieren.</translation>
    </message>
</context>
<context>
    <name>FeedRefresher</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>No such subscription.</source>
        <translation>Dieses Abonnement gibt es nicht.</translation>
    </message>
    <message>
        <source>The feed is gone from its server (410); it is no longer fetched.</source>
        <translation>Der Feed ist vom Server verschwunden (410); er wird nicht mehr abgerufen.</translation>
    </message>
    <message>
        <source>The server asked to wait until %1.</source>
        <translation>Der Server bat, bis %1 zu warten.</translation>
    </message>
    <message>
        <source>The address gives a %1, not a feed.</source>
        <translation>Die Adresse liefert %1, keinen Feed.</translation>
    </message>
    <message>
        <source>web page</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <source>No feed was found at %1.</source>
        <translation>Unter %1 wurde kein Feed gefunden.</translation>
    </message>
    <message>
        <source>The library could not store the feed: %1</source>
        <translation>Die Bibliothek konnte den Feed nicht speichern: %1</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>Im Artikel suchen</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>Gesuchter Text</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Enter)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Enter)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 of more than %2</source>
        <translation>%1 von mehr als %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>The search continued from the other end of the article.</source>
        <translation>Die Suche wurde am anderen Ende des Artikels fortgesetzt.</translation>
    </message>
</context>
<context>
    <name>HttpFetcher</name>
    <message>
        <source>Only http and https addresses are fetched: %1</source>
        <translation>Nur http- und https-Adressen werden abgerufen: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The answer is larger than %1 MB.</source>
        <translation>Die Antwort ist größer als %1 MB.</translation>
    </message>
    <message>
        <source>The address redirects to one that is not http or https: %1</source>
        <translation>Die Adresse leitet auf eine weiter, die nicht http oder https ist: %1</translation>
    </message>
    <message>
        <source>The address redirects in a loop or more than %1 times.</source>
        <translation>Die Adresse leitet im Kreis oder öfter als %1-mal weiter.</translation>
    </message>
    <message>
        <source>The server %1 was not found.</source>
        <translation>Der Server %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The server %1 refused the connection.</source>
        <translation>Der Server %1 hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time.</source>
        <translation>Der Server %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be made.</source>
        <translation>Eine sichere Verbindung zu %1 kam nicht zustande.</translation>
    </message>
    <message>
        <source>The address was not found on the server (404).</source>
        <translation>Die Adresse wurde auf dem Server nicht gefunden (404).</translation>
    </message>
    <message>
        <source>The feed is gone from the server (410); it is no longer fetched.</source>
        <translation>Der Feed ist vom Server verschwunden (410); er wird nicht mehr abgerufen.</translation>
    </message>
    <message>
        <source>The server asks to be asked less often (429).</source>
        <translation>Der Server bittet, seltener zu fragen (429).</translation>
    </message>
    <message>
        <source>The server is unavailable for now (503).</source>
        <translation>Der Server ist derzeit nicht erreichbar (503).</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>Der Server antwortete mit %1.</translation>
    </message>
</context>
<context>
    <name>JsonFeedParser</name>
    <message>
        <source>The JSON Feed is not valid JSON (at byte %1): %2</source>
        <translation>Der JSON Feed ist kein gültiges JSON (bei Byte %1): %2</translation>
    </message>
    <message>
        <source>This JSON file is not a JSON Feed (it names no jsonfeed.org version).</source>
        <translation>Diese JSON-Datei ist kein JSON Feed (sie nennt keine jsonfeed.org-Version).</translation>
    </message>
    <message>
        <source>The JSON Feed has no list of items.</source>
        <translation>Der JSON Feed hat keine Liste von Einträgen.</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>The library is read-only.</source>
        <translation>Die Bibliothek ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>No article %1 in the library.</source>
        <translation>Kein Artikel %1 in der Bibliothek.</translation>
    </message>
    <message>
        <source>Cannot link the speakers of article %1 to people.</source>
        <translation>Die Sprecher von Artikel %1 lassen sich keinen Personen zuordnen.</translation>
    </message>
    <message>
        <source>Cannot count the quotes of the people of article %1.</source>
        <translation>Die Zitate der Personen von Artikel %1 lassen sich nicht zählen.</translation>
    </message>
    <message>
        <source>Cannot count the quotes of the library&apos;s people.</source>
        <translation>Die Zitate der Personen der Bibliothek lassen sich nicht zählen.</translation>
    </message>
    <message>
        <source>A quote needs a speaker&apos;s name to be given to.</source>
        <translation>Ein Zitat braucht den Namen des Sprechers, dem es zugeordnet wird.</translation>
    </message>
    <message>
        <source>A name cannot be empty.</source>
        <translation>Ein Name darf nicht leer sein.</translation>
    </message>
    <message>
        <source>A person cannot be merged into themselves.</source>
        <translation>Eine Person kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <source>No correction %1 to undo.</source>
        <translation>Keine Korrektur %1 zum Rückgängigmachen.</translation>
    </message>
    <message>
        <source>Cannot count the quotes of the people of the articles added.</source>
        <translation>Die Zitate der Personen der hinzugefügten Artikel lassen sich nicht zählen.</translation>
    </message>
    <message>
        <source>Which speaker is not one needs their name.</source>
        <translation>Um jemanden als Nicht-Sprecher zu kennzeichnen, wird sein Name gebraucht.</translation>
    </message>
</context>
<context>
    <name>LibraryDatabase</name>
    <message>
        <source>Cannot open the library %1: %2</source>
        <translation>Die Bibliothek %1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>The library %1 cannot be read (%2) and could not be moved aside.</source>
        <translation>Die Bibliothek %1 ist nicht lesbar (%2) und ließ sich nicht beiseitelegen.</translation>
    </message>
    <message>
        <source>The library %1 could not be read (%2). It was kept as %3 and a new library was started.</source>
        <translation>Die Bibliothek %1 war nicht lesbar (%2). Sie wurde als %3 aufbewahrt und eine neue Bibliothek begonnen.</translation>
    </message>
    <message>
        <source>The library %1 is not a file.</source>
        <translation>Die Bibliothek %1 ist keine Datei.</translation>
    </message>
    <message>
        <source>Cannot create the folder of the library %1.</source>
        <translation>Der Ordner der Bibliothek %1 lässt sich nicht anlegen.</translation>
    </message>
    <message>
        <source>The library %1 is read-only; nothing new will be kept.</source>
        <translation>Die Bibliothek %1 ist schreibgeschützt; nichts Neues wird aufbewahrt.</translation>
    </message>
    <message>
        <source>it is damaged or not a library</source>
        <translation>sie ist beschädigt oder keine Bibliothek</translation>
    </message>
    <message>
        <source>The library %1 was written by a newer Saywho; it is opened read-only.</source>
        <translation>Die Bibliothek %1 stammt von einem neueren Saywho; sie wird schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Cannot read the version of the library %1.</source>
        <translation>Die Version der Bibliothek %1 lässt sich nicht lesen.</translation>
    </message>
    <message>
        <source>Cannot bring the library %1 up to date (step %2): %3</source>
        <translation>Die Bibliothek %1 lässt sich nicht auf den neuesten Stand bringen (Schritt %2): %3</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Filter articles</source>
        <translation>Artikel filtern</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop opening the file</source>
        <translation>Das Öffnen der Datei abbrechen</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>Artikel öffnen</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>No article open</source>
        <translation>Kein Artikel geöffnet</translation>
    </message>
    <message>
        <source>Cannot Open Article</source>
        <translation>Artikel kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Saywho cannot open this article.</source>
        <translation>Saywho kann diesen Artikel nicht öffnen.</translation>
    </message>
    <message>
        <source>Saywho cannot open “%1”.</source>
        <translation>Saywho kann „%1“ nicht öffnen.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Saywho</source>
        <translation>Saywho</translation>
    </message>
    <message>
        <source>About Saywho</source>
        <translation>Über Saywho</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Sort Speakers</source>
        <translation>Sprecher &amp;sortieren</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Stopped looking for quotes.</source>
        <translation>Die Suche nach Zitaten wurde beendet.</translation>
    </message>
    <message>
        <source>Could not reload %1: %2</source>
        <translation>%1 konnte nicht neu geladen werden: %2</translation>
    </message>
    <message>
        <source>Reloaded: the file changed on disk.</source>
        <translation>Neu geladen: Die Datei wurde auf dem Datenträger geändert.</translation>
    </message>
    <message>
        <source>Looking for quotes…</source>
        <translation>Zitate werden gesucht …</translation>
    </message>
    <message>
        <source>This feed has no entries.</source>
        <translation>Dieser Feed hat keine Einträge.</translation>
    </message>
    <message>
        <source>Open a news article or feed with File › Open… or drop its file on this window. Saywho lists the people quoted in it; choose one to see what they said.</source>
        <translation>Öffnen Sie einen Nachrichtenartikel oder Feed mit Datei › Öffnen … oder ziehen Sie seine Datei auf dieses Fenster. Saywho listet die darin zitierten Personen auf; wählen Sie eine aus, um zu sehen, was sie gesagt hat.</translation>
    </message>
    <message>
        <source>Continued from the first quote.</source>
        <translation>Beim ersten Zitat fortgesetzt.</translation>
    </message>
    <message>
        <source>Continued from the last quote.</source>
        <translation>Beim letzten Zitat fortgesetzt.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>entry title — feed title</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Saywho %1&lt;/h3&gt;&lt;p&gt;A news reader that shows who said what: it lists the people quoted in an article and highlights their words.&lt;/p&gt;&lt;p&gt;Copyright © the Saywho developers.&lt;br&gt;Licensed under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). This program comes with absolutely no warranty.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (Core, GUI, Widgets, Concurrent, Print Support; SVG for icons), licensed under the LGPL version 3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Saywho %1&lt;/h3&gt;&lt;p&gt;Ein Nachrichtenleser, der zeigt, wer was gesagt hat: Er listet die in einem Artikel zitierten Personen auf und hebt ihre Worte hervor.&lt;/p&gt;&lt;p&gt;Copyright © die Saywho-Entwickler.&lt;br&gt;Lizenziert unter der GNU General Public License, Version 3 oder (nach Ihrer Wahl) jeder späteren Version (GPL-3.0-or-later). Für dieses Programm besteht keinerlei Gewährleistung.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 (Core, GUI, Widgets, Concurrent, Print Support; SVG für Symbole), lizenziert unter der LGPL Version 3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Settings Reset</source>
        <translation>Einstellungen zurückgesetzt</translation>
    </message>
    <message>
        <source>Saywho could not read its settings and starts with default settings.</source>
        <translation>Saywho konnte seine Einstellungen nicht lesen und startet mit den Standardeinstellungen.</translation>
    </message>
    <message>
        <source>That article is no longer in the library.</source>
        <translation>Dieser Artikel ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <source>&amp;Encoding</source>
        <translation>&amp;Zeichenkodierung</translation>
    </message>
    <message>
        <source>Fee&amp;ds</source>
        <translation>&amp;Feeds</translation>
    </message>
    <message>
        <source>Articles and feeds (*.txt *.text *.html *.htm *.xhtml *.mhtml *.mht *.md *.markdown *.rss *.atom *.xml *.json)</source>
        <translation>Artikel und Feeds (*.txt *.text *.html *.htm *.xhtml *.mhtml *.mht *.md *.markdown *.rss *.atom *.xml *.json)</translation>
    </message>
</context>
<context>
    <name>MhtmlArchive</name>
    <message>
        <source>This web archive is not a multipart/related MIME message.</source>
        <translation>Dieses Webarchiv ist keine MIME-Nachricht vom Typ multipart/related.</translation>
    </message>
    <message>
        <source>This web archive names no boundary between its parts.</source>
        <translation>Dieses Webarchiv nennt keine Grenze zwischen seinen Teilen.</translation>
    </message>
    <message>
        <source>This web archive holds no parts.</source>
        <translation>Dieses Webarchiv enthält keine Teile.</translation>
    </message>
    <message>
        <source>This web archive holds no web page, only other files.</source>
        <translation>Dieses Webarchiv enthält keine Webseite, nur andere Dateien.</translation>
    </message>
    <message>
        <source>The main part of this web archive is not a web page (%1).</source>
        <translation>Der Hauptteil dieses Webarchivs ist keine Webseite (%1).</translation>
    </message>
</context>
<context>
    <name>Opml</name>
    <message>
        <source>Untitled folder</source>
        <translation>Ordner ohne Namen</translation>
    </message>
    <message>
        <source>Not a readable OPML file: %1 (line %2).</source>
        <translation>Keine lesbare OPML-Datei: %1 (Zeile %2).</translation>
    </message>
    <message>
        <source>Not an OPML file: it has no &lt;opml&gt; element.</source>
        <translation>Keine OPML-Datei: Es fehlt das Element &lt;opml&gt;.</translation>
    </message>
    <message>
        <source>Saywho subscriptions</source>
        <translation>Saywho-Abonnements</translation>
    </message>
</context>
<context>
    <name>OriginalAddress</name>
    <message>
        <source>Open the web page the article came from (this article names none)</source>
        <translation>Die Webseite öffnen, von der der Artikel stammt (dieser Artikel nennt keine)</translation>
    </message>
    <message>
        <source>Open %1 in the web browser</source>
        <translation>%1 im Webbrowser öffnen</translation>
    </message>
    <message>
        <source>No web browser could open %1.</source>
        <translation>Kein Webbrowser konnte %1 öffnen.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Quoted from %1 to %2</source>
        <translation>Zitiert von %1 bis %2</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n Zitat</numerusform>
            <numerusform>%n Zitate</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Zuletzt</translation>
    </message>
</context>
<context>
    <name>PeopleWindow</name>
    <message>
        <source>Between</source>
        <translation>Zwischen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Zusammenführen mit…</translation>
    </message>
    <message>
        <source>&amp;Undo correction</source>
        <translation>Korrektur &amp;rückgängig</translation>
    </message>
    <message>
        <source>People — Saywho</source>
        <translation>Personen — Saywho</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Personen filtern</translation>
    </message>
    <message>
        <source>Search quotes (words, &quot;a phrase&quot;, word*)</source>
        <translation>Zitate suchen (Wörter, &quot;eine Wendung&quot;, Wort*)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>Keine Bibliothek ist geöffnet.</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s) match “%1”</source>
        <translation>
            <numerusform>%n Zitat passt zu „%1“</numerusform>
            <numerusform>%n Zitate passen zu „%1“</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a search Saywho understands: %1</source>
        <translation>Keine Suche, die Saywho versteht: %1</translation>
    </message>
    <message>
        <source>Choose a person to see all they said, in every article.</source>
        <translation>Wählen Sie eine Person, um alles zu sehen, was sie gesagt hat, in jedem Artikel.</translation>
    </message>
    <message>
        <source>Quotes matching “%1”</source>
        <translation>Zitate zu „%1“</translation>
    </message>
    <message>
        <source>%1 quotes</source>
        <translation>%1 Zitate</translation>
    </message>
    <message>
        <source>Export Quotes</source>
        <translation>Zitate exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json);;Markdown (*.md)</source>
        <translation>CSV (*.csv);;JSON (*.json);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Name of %1:</source>
        <translation>Name von %1:</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Merge %1 into:</source>
        <translation>%1 zusammenführen mit:</translation>
    </message>
    <message>
        <source>&amp;Open in Article</source>
        <translation>Im Artikel ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Give to Another Speaker…</source>
        <translation>Anderem Sprecher &amp;zuordnen…</translation>
    </message>
    <message>
        <source>&amp;Not a Quote</source>
        <translation>&amp;Kein Zitat</translation>
    </message>
    <message>
        <source>Give to Another Speaker</source>
        <translation>Anderem Sprecher zuordnen</translation>
    </message>
    <message>
        <source>Who said it?</source>
        <translation>Wer hat es gesagt?</translation>
    </message>
    <message>
        <source>Not a Quote</source>
        <translation>Kein Zitat</translation>
    </message>
    <message>
        <source>Undo Correction</source>
        <translation>Korrektur rückgängig machen</translation>
    </message>
</context>
<context>
    <name>PersonQuotesExporter</name>
    <message>
        <source>unattributed</source>
        <translation>ohne Sprecher</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>korrigiert</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
</context>
<context>
    <name>QuoteExporter</name>
    <message>
        <source>Quotes in %1</source>
        <translation>Zitate in %1</translation>
    </message>
    <message>
        <source>Unattributed</source>
        <translation>Ohne Zuordnung</translation>
    </message>
    <message>
        <source>reported speech</source>
        <translation>indirekte Rede</translation>
    </message>
    <message>
        <source>partial quote</source>
        <translation>Teilzitat</translation>
    </message>
    <message>
        <source>attribution uncertain</source>
        <translation>Zuordnung unsicher</translation>
    </message>
    <message>
        <source>This is the article&apos;s own file; choose another name.</source>
        <translation>Dies ist die Datei des Artikels selbst; wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>QuoteFileDialog</name>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>For spreadsheet programs: UTF-8 with a &amp;byte-order mark</source>
        <translation>Für Tabellenkalkulationen: UTF-8 mit &amp;Byte-Order-Mark</translation>
    </message>
    <message>
        <source>Excel and other spreadsheet programs need it to read accented and non-Latin names right</source>
        <translation>Excel und andere Tabellenkalkulationen brauchen es, um Namen mit Akzenten oder nichtlateinischen Zeichen richtig zu lesen</translation>
    </message>
</context>
<context>
    <name>QuoteHighlighter</name>
    <message>
        <source>This article has no quotes to go to.</source>
        <translation>Dieser Artikel hat keine Zitate, zu denen man springen könnte.</translation>
    </message>
    <message>
        <source>Choose a speaker in the list first: the next and previous quote are theirs.</source>
        <translation>Wählen Sie zuerst einen Sprecher in der Liste: Nächstes und vorheriges Zitat sind dann seine.</translation>
    </message>
</context>
<context>
    <name>QuoteHitModel</name>
    <message>
        <source>direct</source>
        <translation>direkt</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>berichtet</translation>
    </message>
    <message>
        <source>Unattributed</source>
        <translation>Ohne Sprecher</translation>
    </message>
    <message>
        <source>%1, corrected</source>
        <translation>%1, korrigiert</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
</context>
<context>
    <name>ReadingControls</name>
    <message>
        <source>R&amp;eading…</source>
        <translation>Lese&amp;einstellungen…</translation>
    </message>
    <message>
        <source>Theme, font, line spacing and column width of the reading pane</source>
        <translation>Farbschema, Schrift, Zeilenabstand und Spaltenbreite des Lesebereichs</translation>
    </message>
    <message>
        <source>&amp;Highlight All Speakers</source>
        <translation>Alle Sprecher &amp;hervorheben</translation>
    </message>
    <message>
        <source>Highlight every quote in its speaker&apos;s colour, with a legend</source>
        <translation>Jedes Zitat in der Farbe seines Sprechers hervorheben, mit Legende</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>Vollbil&amp;d</translation>
    </message>
    <message>
        <source>&amp;Distraction-Free Reading</source>
        <translation>&amp;Ungestört lesen</translation>
    </message>
    <message>
        <source>Only the article: no panels, toolbar, menus or status bar</source>
        <translation>Nur der Artikel: keine Bereiche, keine Werkzeugleiste, keine Menüs und keine Statusleiste</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>See the pages as they will print</source>
        <translation>Die Seiten so sehen, wie sie gedruckt werden</translation>
    </message>
</context>
<context>
    <name>ReadingSettings</name>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>Sepia</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>ReadingSettingsDialog</name>
    <message>
        <source>Choose a font</source>
        <translation>Eine Schrift wählen</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Font family</source>
        <translation>Schriftfamilie</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> Zeichen</translation>
    </message>
    <message>
        <source>Line length of the readable column (View › Readable Line Width)</source>
        <translation>Zeilenlänge der lesefreundlichen Spalte (Ansicht › Lesefreundliche Zeilenbreite)</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Schrift:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>&amp;Line spacing:</source>
        <translation>&amp;Zeilenabstand:</translation>
    </message>
    <message>
        <source>&amp;Column width:</source>
        <translation>S&amp;paltenbreite:</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <source>No recent articles</source>
        <translation>Keine zuletzt geöffneten Artikel</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>RefreshIntervalDialog</name>
    <message>
        <source>Refresh Interval</source>
        <translation>Aktualisierungsintervall</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message numerus="yes">
        <source>Saywho refreshes every subscription this often while it runs (no more often than every %n minutes, so that no server is asked too often). Never: only with Feeds › Refresh.</source>
        <translation>
            <numerusform>Saywho aktualisiert jedes Abonnement so oft, solange es läuft (höchstens einmal in %n Minute, damit kein Server zu oft gefragt wird). Nie: nur mit Feeds › Aktualisieren.</numerusform>
            <numerusform>Saywho aktualisiert jedes Abonnement so oft, solange es läuft (höchstens alle %n Minuten, damit kein Server zu oft gefragt wird). Nie: nur mit Feeds › Aktualisieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>&amp;Aktualisieren alle:</translation>
    </message>
</context>
<context>
    <name>RefreshStatus</name>
    <message>
        <source>Refreshing feeds</source>
        <translation>Feeds werden aktualisiert</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Stop refreshing the feeds; what was fetched so far is kept</source>
        <translation>Das Aktualisieren der Feeds beenden; was bis dahin abgerufen wurde, bleibt erhalten</translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>it is not a settings file Saywho can read</source>
        <translation>sie ist keine Einstellungsdatei, die Saywho lesen kann</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>sie kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The settings file %1 was unusable (%2). Saywho starts with default settings; the old file is kept as %3.</source>
        <translation>Die Einstellungsdatei %1 war unbrauchbar (%2). Saywho startet mit den Standardeinstellungen; die alte Datei ist als %3 aufbewahrt.</translation>
    </message>
    <message>
        <source>The settings file %1 is unusable (%2) and could not be moved aside. Saywho uses default settings and cannot remember changes until the file is removed.</source>
        <translation>Die Einstellungsdatei %1 ist unbrauchbar (%2) und konnte nicht beiseitegelegt werden. Saywho verwendet die Standardeinstellungen und kann sich Änderungen erst merken, wenn die Datei entfernt ist.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Find the next or previous match (in the find bar)</source>
        <translation>Zum nächsten oder vorherigen Treffer gehen (in der Suchleiste)</translation>
    </message>
    <message>
        <source>Enter, Shift+Enter</source>
        <translation>Enter, Umschalt+Enter</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Die Suchleiste schließen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Move through speakers and quotes</source>
        <translation>Durch Sprecher und Zitate bewegen</translation>
    </message>
    <message>
        <source>Up, Down, Left, Right</source>
        <translation>Hoch, Herunter, Links, Rechts</translation>
    </message>
    <message>
        <source>Move between the panes</source>
        <translation>Zwischen den Bereichen wechseln</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Copy a quote with its attribution (context menu)</source>
        <translation>Ein Zitat mit Quellenangabe kopieren (Kontextmenü)</translation>
    </message>
    <message>
        <source>Menu, Shift+F10</source>
        <translation>Menü, Umschalt+F10</translation>
    </message>
    <message>
        <source>Zoom the article</source>
        <translation>Den Artikel vergrößern oder verkleinern</translation>
    </message>
    <message>
        <source>Ctrl+mouse wheel</source>
        <translation>Strg+Mausrad</translation>
    </message>
</context>
<context>
    <name>SpeakerCorrections</name>
    <message>
        <source>Rename Speaker</source>
        <translation>Sprecher umbenennen</translation>
    </message>
    <message>
        <source>Merge Speakers</source>
        <translation>Sprecher zusammenführen</translation>
    </message>
    <message>
        <source>Not a Speaker</source>
        <translation>Kein Sprecher</translation>
    </message>
    <message>
        <source>Give to Another Speaker</source>
        <translation>Anderem Sprecher zuordnen</translation>
    </message>
    <message>
        <source>Not a Quote</source>
        <translation>Kein Zitat</translation>
    </message>
    <message>
        <source>Undo Correction</source>
        <translation>Korrektur rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Give to Another Speaker</source>
        <translation>Anderem Sprecher &amp;zuordnen</translation>
    </message>
    <message>
        <source>Someone &amp;Else…</source>
        <translation>&amp;Jemand anderem…</translation>
    </message>
    <message>
        <source>&amp;Not a Quote</source>
        <translation>&amp;Kein Zitat</translation>
    </message>
    <message>
        <source>Re&amp;name Speaker…</source>
        <translation>Sprecher &amp;umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Merge with</source>
        <translation>Zusammen&amp;führen mit</translation>
    </message>
    <message>
        <source>Not a &amp;Speaker</source>
        <translation>K&amp;ein Sprecher</translation>
    </message>
    <message>
        <source>Keep this speaker&apos;s quotes, without a speaker</source>
        <translation>Die Zitate dieses Sprechers behalten, ohne Sprecher</translation>
    </message>
    <message>
        <source>&amp;Undo Last Correction</source>
        <translation>Letzte Korrektur rückgängig &amp;machen</translation>
    </message>
    <message>
        <source>Name of %1 in every article:</source>
        <translation>Name von %1 in allen Artikeln:</translation>
    </message>
    <message>
        <source>Who said it?</source>
        <translation>Wer hat es gesagt?</translation>
    </message>
    <message>
        <source>Merge %1 with:</source>
        <translation>%1 zusammenführen mit:</translation>
    </message>
</context>
<context>
    <name>SpeakerDelegate</name>
    <message>
        <source>%1 word for word · %2 in part · %3 reported · %4 speaker uncertain</source>
        <translation>%1 wörtlich · %2 teilweise · %3 indirekt · %4 Sprecher unsicher</translation>
    </message>
    <message>
        <source>Unnamed sources</source>
        <translation>Ungenannte Quellen</translation>
    </message>
</context>
<context>
    <name>SpeakerLegend</name>
    <message>
        <source>Highlight colours</source>
        <translation>Farben der Hervorhebung</translation>
    </message>
    <message>
        <source>Highlighted:</source>
        <translation>Hervorgehoben:</translation>
    </message>
</context>
<context>
    <name>SpeakerModel</name>
    <message>
        <source>Unattributed</source>
        <translation>Ohne Zuordnung</translation>
    </message>
    <message>
        <source>Quotes whose speaker Saywho could not tell</source>
        <translation>Zitate, deren Sprecher Saywho nicht bestimmen konnte</translation>
    </message>
    <message>
        <source>An organisation, not a person</source>
        <translation>Eine Organisation, keine Person</translation>
    </message>
    <message>
        <source>Reported speech</source>
        <translation>Indirekte Rede</translation>
    </message>
    <message>
        <source>(attribution uncertain)</source>
        <translation>(Zuordnung unsicher)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>speaker name, role</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (reported speech)</source>
        <translation>%1 (indirekte Rede)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>quote — attribution</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>1 quote</source>
        <translation>1 Zitat</translation>
    </message>
    <message numerus="yes">
        <source>%n quotes</source>
        <translation>
            <numerusform>%n Zitat</numerusform>
            <numerusform>%n Zitate</numerusform>
        </translation>
    </message>
    <message>
        <source>1 attribution uncertain</source>
        <translation>1 Zuordnung unsicher</translation>
    </message>
    <message numerus="yes">
        <source>%n attributions uncertain</source>
        <translation>
            <numerusform>%n Zuordnung unsicher</numerusform>
            <numerusform>%n Zuordnungen unsicher</numerusform>
        </translation>
    </message>
    <message>
        <source>No quotes found.</source>
        <translation>Keine Zitate gefunden.</translation>
    </message>
    <message>
        <source>1 speaker</source>
        <translation>1 Sprecher</translation>
    </message>
    <message numerus="yes">
        <source>%n speakers</source>
        <translation>
            <numerusform>%n Sprecher</numerusform>
            <numerusform>%n Sprechern</numerusform>
        </translation>
    </message>
    <message>
        <source>1 quote, unattributed.</source>
        <translation>1 Zitat, nicht zugeordnet.</translation>
    </message>
    <message numerus="yes">
        <source>%n quotes, all unattributed.</source>
        <translation>
            <numerusform>%n Zitat, nicht zugeordnet.</numerusform>
            <numerusform>%n Zitate, alle nicht zugeordnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <comment>5 quotes from 2 speakers</comment>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>, %n unattributed</source>
        <translation>
            <numerusform>, %n nicht zugeordnet</numerusform>
            <numerusform>, %n nicht zugeordnet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>speaker: 3 quotes</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: quote %2 of %3</source>
        <translation>%1: Zitat %2 von %3</translation>
    </message>
    <message>
        <source>No speaker could be told for this quote.</source>
        <translation>Für dieses Zitat ließ sich kein Sprecher ermitteln.</translation>
    </message>
    <message>
        <source>sure</source>
        <translation>sicher</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>wahrscheinlich</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>unsicher</translation>
    </message>
    <message>
        <source>followed from the previous paragraph</source>
        <translation>aus dem vorigen Absatz übernommen</translation>
    </message>
    <message>
        <source>named here only as “%1”</source>
        <translation>hier nur als „%1“ genannt</translation>
    </message>
    <message>
        <source>named here as “%1”</source>
        <translation>hier als „%1“ genannt</translation>
    </message>
    <message>
        <source>Attribution %1: %2</source>
        <comment>Attribution uncertain: followed from the previous paragraph</comment>
        <translation>Zuordnung %1: %2</translation>
    </message>
    <message>
        <source>Quoted word for word</source>
        <translation>Wörtlich zitiert</translation>
    </message>
    <message>
        <source>Partly quoted</source>
        <translation>Teilweise zitiert</translation>
    </message>
    <message>
        <source>Corrected by you</source>
        <translation>Von Ihnen korrigiert</translation>
    </message>
    <message>
        <source>Speaker not identified</source>
        <translation>Sprecher nicht ermittelt</translation>
    </message>
    <message>
        <source>also: %1</source>
        <translation>auch: %1</translation>
    </message>
    <message>
        <source>A group of people speaking together</source>
        <translation>Eine Gruppe, die gemeinsam spricht</translation>
    </message>
    <message>
        <source>Not named: the article describes this source</source>
        <translation>Nicht namentlich genannt: der Artikel beschreibt diese Quelle</translation>
    </message>
</context>
<context>
    <name>SpeakerPanel</name>
    <message>
        <source>Speakers</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Sort speakers</source>
        <translation>Sprecher sortieren</translation>
    </message>
    <message>
        <source>Order of the speakers</source>
        <translation>Reihenfolge der Sprecher</translation>
    </message>
    <message>
        <source>In order of appearance</source>
        <translation>In der Reihenfolge des Auftretens</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>Nach Name</translation>
    </message>
    <message>
        <source>By number of quotes</source>
        <translation>Nach Anzahl der Zitate</translation>
    </message>
    <message>
        <source>Filter speakers</source>
        <translation>Sprecher filtern</translation>
    </message>
    <message>
        <source>No quotes found in this article.</source>
        <translation>In diesem Artikel wurden keine Zitate gefunden.</translation>
    </message>
    <message>
        <source>No speaker matches the filter.</source>
        <translation>Kein Sprecher passt zum Filter.</translation>
    </message>
    <message>
        <source>Finding quotes…</source>
        <translation>Zitate werden gesucht …</translation>
    </message>
    <message>
        <source>Copy Quote with &amp;Attribution</source>
        <translation>Zitat mit &amp;Quellenangabe kopieren</translation>
    </message>
    <message>
        <source>Copy Quote as &amp;Plain Text</source>
        <translation>Zitat als &amp;reinen Text kopieren</translation>
    </message>
    <message>
        <source>&amp;Copy Name</source>
        <translation>&amp;Name kopieren</translation>
    </message>
    <message>
        <source>What the marks before the quotes mean; hover over a quote to see how sure its speaker is</source>
        <translation>Was die Zeichen vor den Zitaten bedeuten; zeigen Sie auf ein Zitat, um zu sehen, wie sicher sein Sprecher ist</translation>
    </message>
</context>
<context>
    <name>SpeakerTreeView</name>
    <message>
        <source>Speakers and their quotes</source>
        <translation>Sprecher und ihre Zitate</translation>
    </message>
</context>
<context>
    <name>SubscribeDialog</name>
    <message>
        <source>Subscribe</source>
        <translation>Abonnieren</translation>
    </message>
    <message>
        <source>https://example.org/feed.xml or the site&apos;s page</source>
        <translation>https://example.org/feed.xml oder die Seite der Website</translation>
    </message>
    <message>
        <source>(No folder)</source>
        <translation>(Kein Ordner)</translation>
    </message>
    <message>
        <source>A feed (RSS, Atom or JSON Feed), or a web page that names its feed.</source>
        <translation>Ein Feed (RSS, Atom oder JSON Feed) oder eine Webseite, die ihren Feed nennt.</translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation>&amp;Abonnieren</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Only http and https addresses can be subscribed to.</source>
        <translation>Nur http- und https-Adressen lassen sich abonnieren.</translation>
    </message>
    <message>
        <source>Looking for the feed at %1…</source>
        <translation>Feed unter %1 wird gesucht…</translation>
    </message>
</context>
<context>
    <name>SubscriptionEntryModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>%1, unread</source>
        <translation>%1, ungelesen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>SubscriptionModel</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Never fetched successfully</source>
        <translation>Noch nie erfolgreich abgerufen</translation>
    </message>
    <message>
        <source>Last fetched successfully: %1</source>
        <translation>Zuletzt erfolgreich abgerufen: %1</translation>
    </message>
    <message>
        <source>Last fetch failed: %1</source>
        <translation>Letzter Abruf fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The feed is gone; it is no longer fetched.</source>
        <translation>Der Feed ist verschwunden; er wird nicht mehr abgerufen.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n ungelesen</numerusform>
            <numerusform>%1, %n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
</context>
<context>
    <name>SubscriptionsPanel</name>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Entries of the feed</source>
        <translation>Einträge des Feeds</translation>
    </message>
    <message>
        <source>Rename Folder</source>
        <translation>Ordner umbenennen</translation>
    </message>
    <message>
        <source>Rename Feed</source>
        <translation>Feed umbenennen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>(No folder)</source>
        <translation>(Kein Ordner)</translation>
    </message>
    <message>
        <source>Move to Folder</source>
        <translation>In Ordner verschieben</translation>
    </message>
    <message>
        <source>Folder (type a new name to make one):</source>
        <translation>Ordner (einen neuen Namen eingeben, um einen anzulegen):</translation>
    </message>
    <message>
        <source>Delete the folder “%1”? Its feeds stay subscribed, out of any folder.</source>
        <translation>Den Ordner „%1“ löschen? Seine Feeds bleiben abonniert, dann ohne Ordner.</translation>
    </message>
    <message>
        <source>Unsubscribe from “%1”? The articles already read stay in the library.</source>
        <translation>Das Abonnement von „%1“ kündigen? Die bereits gelesenen Artikel bleiben in der Bibliothek.</translation>
    </message>
    <message>
        <source>Delete Folder</source>
        <translation>Ordner löschen</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Abonnement kündigen</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Neuer Ordner</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open an article or news feed file</source>
        <translation>Eine Artikel- oder Feed-Datei öffnen</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Read the file again</source>
        <translation>Die Datei erneut einlesen</translation>
    </message>
    <message>
        <source>&amp;Export Quotes…</source>
        <translation>Zitate &amp;exportieren …</translation>
    </message>
    <message>
        <source>Save all quotes as CSV, JSON or Markdown</source>
        <translation>Alle Zitate als CSV, JSON oder Markdown speichern</translation>
    </message>
    <message>
        <source>Export &amp;Selected Speaker&apos;s Quotes…</source>
        <translation>Zitate des &amp;gewählten Sprechers exportieren …</translation>
    </message>
    <message>
        <source>Save the quotes of the selected speaker</source>
        <translation>Die Zitate des gewählten Sprechers speichern</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>Print the article with its highlights</source>
        <translation>Den Artikel mit seinen Hervorhebungen drucken</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Als &amp;PDF exportieren …</translation>
    </message>
    <message>
        <source>Save the article with its highlights as a PDF file</source>
        <translation>Den Artikel mit seinen Hervorhebungen als PDF-Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>Im Artikel &amp;suchen …</translation>
    </message>
    <message>
        <source>Find words in the article</source>
        <translation>Wörter im Artikel suchen</translation>
    </message>
    <message>
        <source>Filter &amp;Speakers</source>
        <translation>Sprecher &amp;filtern</translation>
    </message>
    <message>
        <source>Type to narrow the speaker list</source>
        <translation>Tippen, um die Sprecherliste einzugrenzen</translation>
    </message>
    <message>
        <source>&amp;Next Quote</source>
        <translation>&amp;Nächstes Zitat</translation>
    </message>
    <message>
        <source>Go to the selected speaker&apos;s next quote</source>
        <translation>Zum nächsten Zitat des gewählten Sprechers gehen</translation>
    </message>
    <message>
        <source>&amp;Previous Quote</source>
        <translation>&amp;Vorheriges Zitat</translation>
    </message>
    <message>
        <source>Go to the selected speaker&apos;s previous quote</source>
        <translation>Zum vorherigen Zitat des gewählten Sprechers gehen</translation>
    </message>
    <message>
        <source>&amp;Clear Highlights</source>
        <translation>Hervorhebungen &amp;aufheben</translation>
    </message>
    <message>
        <source>Deselect the speaker and remove the highlights</source>
        <translation>Die Auswahl des Sprechers und die Hervorhebungen aufheben</translation>
    </message>
    <message>
        <source>S&amp;witch Pane</source>
        <translation>Zwischen Bereichen &amp;wechseln</translation>
    </message>
    <message>
        <source>Move the keyboard focus between the speaker list and the article</source>
        <translation>Den Tastaturfokus zwischen Sprecherliste und Artikel wechseln</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Readable Line Width</source>
        <translation>&amp;Lesefreundliche Zeilenbreite</translation>
    </message>
    <message>
        <source>Keep lines short enough to read comfortably</source>
        <translation>Die Zeilen kurz genug für angenehmes Lesen halten</translation>
    </message>
    <message>
        <source>In Order of &amp;Appearance</source>
        <translation>In der Reihenfolge des &amp;Auftretens</translation>
    </message>
    <message>
        <source>By &amp;Name</source>
        <translation>Nach &amp;Name</translation>
    </message>
    <message>
        <source>By Number of &amp;Quotes</source>
        <translation>Nach Anzahl der &amp;Zitate</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Saywho</source>
        <translation>&amp;Über Saywho</translation>
    </message>
    <message>
        <source>Search &amp;Quotes in the Library…</source>
        <translation>&amp;Zitate in der Bibliothek suchen…</translation>
    </message>
    <message>
        <source>Search what was said in every article of the library</source>
        <translation>Suchen, was in einem Artikel der Bibliothek gesagt wurde</translation>
    </message>
    <message>
        <source>Show &amp;Library</source>
        <translation>&amp;Bibliothek zeigen</translation>
    </message>
    <message>
        <source>Show or hide the list of every article read</source>
        <translation>Die Liste aller gelesenen Artikel zeigen oder verbergen</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>&amp;Personen…</translation>
    </message>
    <message>
        <source>Everyone quoted in the library, and all they said</source>
        <translation>Alle in der Bibliothek Zitierten und alles, was sie gesagt haben</translation>
    </message>
    <message>
        <source>Show Spea&amp;kers</source>
        <translation>Sp&amp;recher zeigen</translation>
    </message>
    <message>
        <source>Show or hide the list of speakers and their quotes</source>
        <translation>Die Liste der Sprecher und ihrer Zitate zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Open Original in &amp;Browser</source>
        <translation>&amp;Original im Browser öffnen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A news reader that shows who said what.</source>
        <translation>Ein Nachrichtenleser, der zeigt, wer was gesagt hat.</translation>
    </message>
    <message>
        <source>Article files to open.</source>
        <translation>Zu öffnende Artikeldateien.</translation>
    </message>
    <message>
        <source>Print who said what in FILE as JSON (one line per file) and exit.</source>
        <translation>Als JSON ausgeben, wer in FILE was gesagt hat (eine Zeile pro Datei), und beenden.</translation>
    </message>
    <message>
        <source>Open the files in new windows of their own, even when Saywho is already running.</source>
        <translation>Die Dateien in eigenen neuen Fenstern öffnen, auch wenn Saywho bereits läuft.</translation>
    </message>
    <message>
        <source>Use the library FILE instead of the default one.</source>
        <translation>Die Bibliothek DATEI statt der üblichen verwenden.</translation>
    </message>
    <message>
        <source>Add FILE... to the library; print a JSON line per article and exit.</source>
        <translation>DATEI... in die Bibliothek aufnehmen; eine JSON-Zeile je Artikel ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Print every person quoted in the library as JSON lines and exit.</source>
        <translation>Jede in der Bibliothek zitierte Person als JSON-Zeilen ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Print the quotes of NAME across the library as JSON lines and exit.</source>
        <translation>Die Zitate von NAME aus der ganzen Bibliothek als JSON-Zeilen ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Print the quotes matching TEXT (full-text search syntax) as JSON lines and exit.</source>
        <translation>Die zu TEXT passenden Zitate (Volltextsuche) als JSON-Zeilen ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Subscribe to the feed at URL (or the feed a web page names); print a JSON line and exit.</source>
        <translation>Den Feed unter URL abonnieren (oder den, den eine Webseite nennt); eine JSON-Zeile ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Fetch every subscription once; print a JSON line per feed and exit.</source>
        <translation>Jedes Abonnement einmal abrufen; eine JSON-Zeile je Feed ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Subscribe to the feeds of the OPML file FILE and exit.</source>
        <translation>Die Feeds der OPML-Datei DATEI abonnieren und beenden.</translation>
    </message>
    <message>
        <source>Write the subscriptions to FILE as OPML (- for standard output) and exit.</source>
        <translation>Die Abonnements als OPML in DATEI schreiben (- für die Standardausgabe) und beenden.</translation>
    </message>
    <message>
        <source>With --extract or --add, read N files at a time (default: the number of cores).</source>
        <translation>Mit --extract oder --add N Dateien zugleich lesen (üblich: die Zahl der Prozessorkerne).</translation>
    </message>
</context>
</TS>
